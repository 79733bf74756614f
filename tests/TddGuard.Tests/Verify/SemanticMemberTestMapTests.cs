using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NUnit.Framework;
using TddGuard.Tests.Infrastructure;
using TddGuard.Verify;

namespace TddGuard.Tests.Verify;

/// <summary>Which test fixtures bind to a production member, from the test projects' symbols (the exact test map).</summary>
[TestFixture]
[Property("Todo", "C07")]
public sealed class SemanticMemberTestMapTests
{
    private const string Production = """
        namespace Shop;

        public interface IShape { double Area(); }

        public sealed class Square : IShape
        {
            public double Area() => 4;
        }

        public class Cart
        {
            public int Add(int item) => Normalize(item);
            public int Normalize(int item) => Pricing.Round(item);
            public string Add(string item) => item;
            public int Count { get => 0; }
            public override string ToString() => "cart";
        }

        public static class Pricing
        {
            public static int Round(int amount) => amount;
        }
        """;

    private const string Tests = """
        namespace Shop.Tests;

        public class CartTests
        {
            public void Adds() => new Shop.Cart().Add(1);
            public void Counts() { var count = new Shop.Cart().Count; }
        }

        public class ShapeTests
        {
            public void Measures(Shop.IShape shape) => shape.Area();
        }
        """;

    private static readonly string[] s_cartTests = ["Shop.Tests.CartTests"];
    private static readonly string[] s_shapeTests = ["Shop.Tests.ShapeTests"];

    [TestCase("M:Shop.Cart.Add(System.Int32)", "cart")]
    [TestCase("M:Shop.Cart.Add(System.String)", "none")]
    [TestCase("P:Shop.Cart.Count", "cart")]
    [TestCase("M:Shop.Square.Area", "shape")]
    [TestCase("M:Shop.Cart.ToString", "cart")]
    public void NamesTheFixturesThatBindToTheMember(string memberId, string expected)
    {
        var map = Map();

        var tests = map.TestsFor(memberId);

        Assert.That(tests?.Keys, Is.EquivalentTo(expected switch
        {
            "cart" => s_cartTests,
            "shape" => s_shapeTests,
            _ => Array.Empty<string>(),
        }));
    }

    [TestCase("M:Shop.Cart.Add(System.Int32)", 0)]
    [TestCase("M:Shop.Cart.Normalize(System.Int32)", 1)]
    [TestCase("M:Shop.Pricing.Round(System.Int32)", 2)]
    [Property("Todo", "R04")]
    public void GivesEachFixtureThatReachesTheMemberWithItsDistance(string memberId, int distance)
    {
        var tests = Map().TestsFor(memberId);

        Assert.That(tests, Is.EquivalentTo(new System.Collections.Generic.Dictionary<string, int> { ["Shop.Tests.CartTests"] = distance }));
    }

    [TestCase("M:Shop.Missing.Work")]
    [TestCase("not an id")]
    public void AMemberTheProductionCodeDoesNotHoldIsUnknown(string memberId)
    {
        Assert.That(Map().TestsFor(memberId), Is.Null);
    }

    private static SemanticMemberTestMap Map()
    {
        var platform = PlatformAssemblies.References();
        var production = CSharpCompilation.Create("Shop", [CSharpSyntaxTree.ParseText(Production)], platform, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var tests = CSharpCompilation.Create("Shop.Tests", [CSharpSyntaxTree.ParseText(Tests)], [.. platform, production.ToMetadataReference()], new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        return SemanticMemberTestMap.From([production], [tests], CancellationToken.None);
    }
}
