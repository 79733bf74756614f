using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace TddGuard.Analyzers.Shared;

internal static class TestProjects
{
    private static readonly ImmutableHashSet<string> s_testFrameworkAssemblies = ImmutableHashSet.Create(
        System.StringComparer.OrdinalIgnoreCase,
        "nunit.framework",
        "xunit.core",
        "xunit.v3.core",
        "Microsoft.VisualStudio.TestPlatform.TestFramework",
        "MSTest.TestFramework",
        "TUnit.Core");

    /// <summary>
    /// Whether the compilation is a test project: it references the assembly of a test framework (NUnit, xUnit v2
    /// and v3, MSTest, TUnit). Call it once per compilation, in a compilation-start action.
    /// </summary>
    public static bool IsTestProject(Compilation compilation)
    {
        foreach (var assembly in compilation.ReferencedAssemblyNames)
        {
            if (s_testFrameworkAssemblies.Contains(assembly.Name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the assembly is one of the test frameworks <see cref="IsTestProject"/> looks for.</summary>
    public static bool IsTestFrameworkAssembly(string assemblyName) => s_testFrameworkAssemblies.Contains(assemblyName);
}
