using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace TddGuard.Analyzers.Tdd;

/// <summary>The test frameworks whose tests TddGuard reads.</summary>
internal enum TestFrameworkKind
{
    NUnit,
    Xunit,
    MSTest,
    TUnit,
}

/// <summary>
/// One test framework as a compilation sees it: its attribute types, resolved once, and what its runner accepts
/// as a test method.
/// </summary>
internal sealed class TestFramework
{
    private readonly ImmutableArray<INamedTypeSymbol> _testAttributes;
    private readonly ImmutableArray<INamedTypeSymbol> _testBuilderInterfaces;
    private readonly ImmutableArray<INamedTypeSymbol> _fixtureAttributes;

    private TestFramework(
        TestFrameworkKind kind,
        string displayName,
        INamedTypeSymbol plainTestAttribute,
        ImmutableArray<INamedTypeSymbol> testAttributes,
        ImmutableArray<INamedTypeSymbol> testBuilderInterfaces,
        ImmutableArray<INamedTypeSymbol> fixtureAttributes,
        TestMethodRules rules)
    {
        Kind = kind;
        DisplayName = displayName;
        PlainTestAttribute = plainTestAttribute;
        _testAttributes = testAttributes;
        _testBuilderInterfaces = testBuilderInterfaces;
        _fixtureAttributes = fixtureAttributes;
        Rules = rules;
    }

    public TestFrameworkKind Kind { get; }

    /// <summary>The name users know it by, for messages: NUnit, xUnit v3, MSTest, TUnit.</summary>
    public string DisplayName { get; }

    /// <summary>The attribute of a test without data: NUnit/TUnit <c>[Test]</c>, xUnit <c>[Fact]</c>, MSTest <c>[TestMethod]</c>.</summary>
    public INamedTypeSymbol PlainTestAttribute { get; }

    public TestMethodRules Rules { get; }

    /// <summary>The assembly the framework's attributes live in (set-up, tear-down and the like come from it too).</summary>
    public IAssemblySymbol Assembly => PlainTestAttribute.ContainingAssembly;

    public static TestFramework? NUnit(Compilation compilation) =>
        Create(
            compilation,
            TestFrameworkKind.NUnit,
            "NUnit",
            "NUnit.Framework.TestAttribute",
            ["NUnit.Framework.TestCaseAttribute", "NUnit.Framework.TestCaseSourceAttribute", "NUnit.Framework.TheoryAttribute"],
            ["NUnit.Framework.Interfaces.ITestBuilder", "NUnit.Framework.Interfaces.ISimpleTestBuilder"],
            ["NUnit.Framework.TestFixtureAttribute", "NUnit.Framework.TestFixtureSourceAttribute"],
            new TestMethodRules(runsNonPublic: false, runsStatic: true, runsAsyncVoid: false, checksGenerics: true));

    public static TestFramework? Xunit(Compilation compilation, bool isVersion3) =>
        Create(
            compilation,
            TestFrameworkKind.Xunit,
            isVersion3 ? "xUnit v3" : "xUnit",
            "Xunit.FactAttribute",
            [],
            [],
            [],

            // xUnit discovers private and static test methods; v2 still runs async void ones, v3 rejects them.
            new TestMethodRules(runsNonPublic: true, runsStatic: true, runsAsyncVoid: !isVersion3, checksGenerics: true));

    public static TestFramework? MSTest(Compilation compilation) =>
        Create(
            compilation,
            TestFrameworkKind.MSTest,
            "MSTest",
            "Microsoft.VisualStudio.TestTools.UnitTesting.TestMethodAttribute",
            [],
            [],
            ["Microsoft.VisualStudio.TestTools.UnitTesting.TestClassAttribute"],
            new TestMethodRules(runsNonPublic: false, runsStatic: false, runsAsyncVoid: false, checksGenerics: true, runsInternal: DiscoversInternals(compilation)));

    // TUnit's own analyzers and source generator police accessibility, static and generic tests; TddGuard only
    // reports what is sure: an async void test cannot be awaited.
    public static TestFramework? TUnit(Compilation compilation) =>
        Create(
            compilation,
            TestFrameworkKind.TUnit,
            "TUnit",
            "TUnit.Core.TestAttribute",
            ["TUnit.Core.BaseTestAttribute"],
            [],
            [],
            new TestMethodRules(runsNonPublic: true, runsStatic: true, runsAsyncVoid: false, checksGenerics: false));

    /// <summary>Whether the attribute makes its method a test of this framework (derived attributes included).</summary>
    public bool IsTestAttribute(INamedTypeSymbol attributeClass)
    {
        for (var type = attributeClass; type is not null; type = type.BaseType)
        {
            if (Contains(_testAttributes, type))
            {
                return true;
            }
        }

        return !_testBuilderInterfaces.IsEmpty && attributeClass.AllInterfaces.Any(candidate => Contains(_testBuilderInterfaces, candidate));
    }

    public bool IsFixtureAttribute(INamedTypeSymbol attributeClass) => Contains(_fixtureAttributes, attributeClass);

    private static bool Contains(ImmutableArray<INamedTypeSymbol> types, INamedTypeSymbol candidate)
    {
        foreach (var type in types)
        {
            if (SymbolEqualityComparer.Default.Equals(type, candidate))
            {
                return true;
            }
        }

        return false;
    }

    private static TestFramework? Create(
        Compilation compilation,
        TestFrameworkKind kind,
        string displayName,
        string plainTestAttribute,
        string[] otherTestAttributes,
        string[] testBuilderInterfaces,
        string[] fixtureAttributes,
        TestMethodRules rules)
    {
        if (compilation.GetTypeByMetadataName(plainTestAttribute) is not { } plain)
        {
            return null;
        }

        return new TestFramework(
            kind,
            displayName,
            plain,
            Resolve(compilation, otherTestAttributes).Insert(0, plain),
            Resolve(compilation, testBuilderInterfaces),
            Resolve(compilation, fixtureAttributes),
            rules);
    }

    private static bool DiscoversInternals(Compilation compilation) =>
        compilation.GetTypeByMetadataName("Microsoft.VisualStudio.TestTools.UnitTesting.DiscoverInternalsAttribute") is { } discoverInternals
        && compilation.Assembly.GetAttributes().Any(attribute => SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, discoverInternals));

    private static ImmutableArray<INamedTypeSymbol> Resolve(Compilation compilation, string[] metadataNames)
    {
        var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>(metadataNames.Length);
        foreach (var name in metadataNames)
        {
            if (compilation.GetTypeByMetadataName(name) is { } type)
            {
                builder.Add(type);
            }
        }

        return builder.ToImmutable();
    }
}

/// <summary>What a framework's runner accepts: a test method outside these rules is silently never run.</summary>
internal sealed class TestMethodRules
{
    public TestMethodRules(bool runsNonPublic, bool runsStatic, bool runsAsyncVoid, bool checksGenerics, bool runsInternal = false)
    {
        RunsNonPublic = runsNonPublic;
        RunsStatic = runsStatic;
        RunsAsyncVoid = runsAsyncVoid;
        ChecksGenerics = checksGenerics;
        RunsInternal = runsInternal;
    }

    /// <summary>Whether non-public test methods are discovered.</summary>
    public bool RunsNonPublic { get; }

    /// <summary>Whether internal test methods are discovered (MSTest with <c>[assembly: DiscoverInternals]</c>).</summary>
    public bool RunsInternal { get; }

    /// <summary>Whether static test methods are run.</summary>
    public bool RunsStatic { get; }

    /// <summary>Whether <c>async void</c> test methods are run and awaited.</summary>
    public bool RunsAsyncVoid { get; }

    /// <summary>Whether a generic test method whose type arguments cannot be inferred from its data is known not to run.</summary>
    public bool ChecksGenerics { get; }
}
