using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Tdd;

/// <summary>
/// The test frameworks one compilation references, resolved once in a compilation-start action, and which of its
/// methods and classes are tests. Holds only per-compilation caches.
/// </summary>
internal sealed class TestFrameworks
{
    private readonly ImmutableArray<TestFramework> _frameworks;
    private readonly ConcurrentDictionary<INamedTypeSymbol, TestFramework?> _frameworkOfClass = new(SymbolEqualityComparer.Default);

    private TestFrameworks(Compilation compilation, ImmutableArray<TestFramework> frameworks)
    {
        Compilation = compilation;
        _frameworks = frameworks;
    }

    public Compilation Compilation { get; }

    public ImmutableArray<TestFramework> All => _frameworks;

    /// <summary>The frameworks of a test project, or <see langword="null"/> when the compilation is not one.</summary>
    public static TestFrameworks? TryCreate(Compilation compilation)
    {
        if (!TestProjects.IsTestProject(compilation))
        {
            return null;
        }

        var isXunitVersion3 = compilation.ReferencedAssemblyNames.Any(assembly => assembly.Name == "xunit.v3.core");
        var frameworks = new[]
        {
            TestFramework.NUnit(compilation),
            TestFramework.Xunit(compilation, isXunitVersion3),
            TestFramework.MSTest(compilation),
            TestFramework.TUnit(compilation),
        }.OfType<TestFramework>().ToImmutableArray();

        return frameworks.IsEmpty ? null : new TestFrameworks(compilation, frameworks);
    }

    /// <summary>The framework whose test attribute the method carries, or <see langword="null"/> when it is no test.</summary>
    public TestFramework? FrameworkOfTestMethod(IMethodSymbol method)
    {
        if (method.MethodKind != MethodKind.Ordinary)
        {
            return null;
        }

        foreach (var attribute in method.GetAttributes())
        {
            if (attribute.AttributeClass is not { } attributeClass)
            {
                continue;
            }

            foreach (var framework in _frameworks)
            {
                if (framework.IsTestAttribute(attributeClass))
                {
                    return framework;
                }
            }
        }

        return null;
    }

    public bool IsTestMethod(IMethodSymbol method) => FrameworkOfTestMethod(method) is not null;

    /// <summary>Whether the type is a test class: it declares or inherits a test method, or carries a fixture attribute.</summary>
    public bool IsTestClass(INamedTypeSymbol type) => FrameworkOfClass(type) is not null;

    /// <summary>
    /// The framework of a test class: that of its first test method (its own, then inherited ones), else that of its
    /// fixture attribute; <see langword="null"/> for any other type.
    /// </summary>
    public TestFramework? FrameworkOfClass(INamedTypeSymbol type) =>
        type.TypeKind == TypeKind.Class ? _frameworkOfClass.GetOrAdd(type.OriginalDefinition, FindFrameworkOfClass) : null;

    private TestFramework? FindFrameworkOfClass(INamedTypeSymbol type)
    {
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IMethodSymbol method && FrameworkOfTestMethod(method) is { } framework)
                {
                    return framework;
                }
            }
        }

        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass is not { } attributeClass)
            {
                continue;
            }

            foreach (var framework in _frameworks)
            {
                if (framework.IsFixtureAttribute(attributeClass))
                {
                    return framework;
                }
            }
        }

        return null;
    }
}
