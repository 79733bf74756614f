using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace TddGuard.Analyzers.Tdd;

/// <summary>
/// Whether a called method is an assertion, judged by the method alone (not by its body): each framework's
/// assertion types, the assertion libraries by namespace, names from <see cref="AssertionMethodNames"/>, and
/// any method of a compiled test helper library (an assembly that itself references a test framework).
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

    private readonly TestFrameworks _frameworks;
    private readonly ConcurrentDictionary<IAssemblySymbol, bool> _isTestHelperLibrary = new(SymbolEqualityComparer.Default);

    public AssertionRecognizer(TestFrameworks frameworks)
    {
        _frameworks = frameworks;
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

        foreach (var framework in _frameworks.All)
        {
            if (framework.IsAssertionType(type))
            {
                return true;
            }
        }

        return IsLibraryAssertion(method, type) || IsInTestHelperLibrary(method);
    }

    private static bool IsLibraryAssertion(IMethodSymbol method, INamedTypeSymbol type)
    {
        var name = method.Name;
        return RootNamespaceOf(type) switch
        {
            "FluentAssertions" or "AwesomeAssertions" => name == "Should",
            "Shouldly" => name.StartsWith("Should", StringComparison.Ordinal) || type.Name == "Should",
            "NSubstitute" => name.StartsWith("Received", StringComparison.Ordinal) || name.StartsWith("DidNotReceive", StringComparison.Ordinal) || type.Name == "Received",

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
            && !SymbolEqualityComparer.Default.Equals(assembly, _frameworks.Compilation.Assembly)
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
