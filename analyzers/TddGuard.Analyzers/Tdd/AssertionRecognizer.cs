using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace TddGuard.Analyzers.Tdd;

/// <summary>
/// Whether a called method is an assertion, judged by the method alone (not by its body): names from
/// <see cref="AssertionMethodNames"/> (which cover FluentAssertions, AwesomeAssertions, Shouldly and Moq), each
/// framework's assertion types, the mocking libraries' checks by namespace, and any method of a compiled test
/// helper library (an assembly that itself references a test framework).
/// </summary>
internal sealed class AssertionRecognizer
{
    private static readonly ImmutableHashSet<string> s_testFrameworkAssemblies = ImmutableHashSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "nunit.framework",
        "xunit.core",
        "xunit.v3.core",
        "xunit.assert",
        "xunit.v3.assert",
        "Microsoft.VisualStudio.TestPlatform.TestFramework",
        "MSTest.TestFramework",
        "TUnit.Core",
        "TUnit.Assertions");

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
        if (s_testFrameworkAssemblies.Contains(assembly.Name))
        {
            return false;
        }

        foreach (var module in assembly.Modules)
        {
            foreach (var reference in module.ReferencedAssemblies)
            {
                if (s_testFrameworkAssemblies.Contains(reference.Name))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
