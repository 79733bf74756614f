using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Tdd;

/// <summary>
/// Whether a called method is an assertion, judged by the method alone (not by its body): names from
/// <see cref="AssertionMethodNames"/> (which cover FluentAssertions, AwesomeAssertions, Shouldly and Moq), each
/// framework's assertion types, the mocking libraries' checks by namespace, and any method of a compiled test
/// helper library (an assembly that itself references a test framework).
/// </summary>
internal sealed class AssertionRecognizer
{
    /// <summary>Assertion assemblies that ship apart from their framework's core.</summary>
    private static readonly ImmutableHashSet<string> s_assertionAssemblies = ImmutableHashSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "xunit.assert",
        "xunit.v3.assert",
        "TUnit.Assertions");

    /// <summary>
    /// The frameworks' own satellite assemblies (MSTest's TestContext, NUnit's legacy asserts, xUnit's runners):
    /// they reference their framework but are not test helpers; their assertions are known by type.
    /// </summary>
    private static readonly ImmutableArray<string> s_frameworkFamilies = ImmutableArray.Create(
        "nunit.",
        "xunit.",
        "MSTest.",
        "Microsoft.VisualStudio.TestPlatform.",
        "TUnit.");

    /// <summary>Types whose every method is an assertion, matched by name so that no lookup can miss them.</summary>
    private static readonly ImmutableHashSet<string> s_assertionTypes = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "NUnit.Framework.Assert",
        "NUnit.Framework.CollectionAssert",
        "NUnit.Framework.StringAssert",
        "NUnit.Framework.FileAssert",
        "NUnit.Framework.DirectoryAssert",
        "NUnit.Framework.Legacy.ClassicAssert",
        "NUnit.Framework.Legacy.CollectionAssert",
        "NUnit.Framework.Legacy.StringAssert",
        "NUnit.Framework.Legacy.FileAssert",
        "NUnit.Framework.Legacy.DirectoryAssert",
        "Xunit.Assert",
        "Xunit.Record",
        "Microsoft.VisualStudio.TestTools.UnitTesting.Assert",
        "Microsoft.VisualStudio.TestTools.UnitTesting.CollectionAssert",
        "Microsoft.VisualStudio.TestTools.UnitTesting.StringAssert",
        "TUnit.Assertions.Assert");

    private static readonly ImmutableHashSet<string> s_assertionTypeNames = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "Assert",
        "CollectionAssert",
        "StringAssert",
        "FileAssert",
        "DirectoryAssert",
        "ClassicAssert",
        "Record");

    private readonly IAssemblySymbol _testProject;
    private readonly ConcurrentDictionary<IAssemblySymbol, bool> _isTestHelperLibrary = new(SymbolEqualityComparer.Default);

    public AssertionRecognizer(Compilation testProject)
    {
        _testProject = testProject.Assembly;
    }

    public bool IsAssertion(IMethodSymbol method, AssertionMethodNames names)
    {
        if (names.Matches(method.Name))
        {
            return true;
        }

        var type = method.ContainingType;
        if (type is null)
        {
            return false;
        }

        return IsAssertionType(type) || IsLibraryAssertion(method, type) || IsInTestHelperLibrary(method);
    }

    private static bool IsAssertionType(INamedTypeSymbol type) =>
        s_assertionTypeNames.Contains(type.Name) && s_assertionTypes.Contains(type.ContainingNamespace.ToDisplayString() + "." + type.Name);

    private static bool IsLibraryAssertion(IMethodSymbol method, INamedTypeSymbol type)
    {
        var name = method.Name;
        return RootNamespaceOf(type) switch
        {
            "Shouldly" => type.Name == "Should",
            "NSubstitute" => name.StartsWith("Received", StringComparison.Ordinal) || name.StartsWith("DidNotReceive", StringComparison.Ordinal) || type.Name == "Received",
            "FakeItEasy" => name.StartsWith("MustHaveHappened", StringComparison.Ordinal) || name.StartsWith("MustNotHaveHappened", StringComparison.Ordinal),

            // The Roslyn SDK's analyzer and code-fix tests verify everything in RunAsync.
            "Microsoft" => name == "RunAsync" && type.ContainingNamespace.ToDisplayString() == "Microsoft.CodeAnalysis.Testing",
            _ => false,
        };
    }

    private static string RootNamespaceOf(INamedTypeSymbol type)
    {
        var root = type.ContainingNamespace;
        while (root is { ContainingNamespace.IsGlobalNamespace: false })
        {
            root = root.ContainingNamespace;
        }

        return root is null || root.IsGlobalNamespace ? string.Empty : root.Name;
    }

    /// <summary>A shared test-infrastructure assembly: its helpers' bodies cannot be seen, so they are trusted to assert.</summary>
    private bool IsInTestHelperLibrary(IMethodSymbol method)
    {
        var assembly = method.ContainingAssembly;
        return assembly is not null
            && !SymbolEqualityComparer.Default.Equals(assembly, _testProject)
            && _isTestHelperLibrary.GetOrAdd(assembly, ReferencesATestFramework);
    }

    private static bool ReferencesATestFramework(IAssemblySymbol assembly)
    {
        if (IsOfAFrameworkFamily(assembly.Name))
        {
            return false;
        }

        foreach (var module in assembly.Modules)
        {
            foreach (var reference in module.ReferencedAssemblies)
            {
                if (IsTestFrameworkOrAssertions(reference.Name))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsOfAFrameworkFamily(string assemblyName)
    {
        foreach (var family in s_frameworkFamilies)
        {
            if (assemblyName.StartsWith(family, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return TestProjects.IsTestFrameworkAssembly(assemblyName);
    }

    private static bool IsTestFrameworkOrAssertions(string assemblyName) =>
        TestProjects.IsTestFrameworkAssembly(assemblyName) || s_assertionAssemblies.Contains(assemblyName);
}
