using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NUnit.Framework;
using TddGuard.Check;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.Check;

/// <summary>
/// What the tests reach across the production projects: from the members they bind to, through the code of each
/// project into the projects it references, with each member's distance from the tests.
/// </summary>
[TestFixture]
[Property("Todo", "R03")]
public sealed class ProductionReachTests
{
    private const string Pricing = """
        namespace Shop.Pricing;

        public static class Tax
        {
            public static int Of(int amount) => amount * Rate() / 100;

            public static int Rate() => 20;

            public static int Refund(int amount) => -Of(amount);
        }

        public static class Rates
        {
            public static readonly int Vat = Compute();

            public static int Compute() => 20;
        }
        """;

    private const string Shop = """
        namespace Shop;

        public class Cart
        {
            public int Add(int item) => item + Pricing.Tax.Of(item);

            public int Add(string item) => item.Length;

            public int Vat() => Pricing.Rates.Vat;
        }
        """;

    [TestCase("M:Shop.Cart.Add(System.Int32)", 0)]
    [TestCase("M:Shop.Pricing.Tax.Of(System.Int32)", 1)]
    [TestCase("M:Shop.Pricing.Tax.Rate", 2)]
    public void FollowsTheTestsIntoTheProjectsTheirCodeCalls(string id, int distance)
    {
        var reached = Reach().From(new HashSet<string> { "T:Shop.Cart", "M:Shop.Cart.Add(System.Int32)" }, CancellationToken.None);

        Assert.That(reached, Does.ContainKey(id).WithValue(distance));
    }

    [Test]
    public void FollowsAStaticFieldReadIntoTheStaticInitializersOfAnotherProject()
    {
        var reached = Reach().From(new HashSet<string> { "M:Shop.Cart.Vat" }, CancellationToken.None);

        Assert.That(reached, Does.ContainKey("M:Shop.Pricing.Rates.Compute"));
    }

    [TestCase("M:Shop.Cart.Add(System.String)")]
    [TestCase("M:Shop.Pricing.Tax.Refund(System.Int32)")]
    public void LeavesOutWhatNoReachedCodeCalls(string id)
    {
        var reached = Reach().From(new HashSet<string> { "M:Shop.Cart.Add(System.Int32)" }, CancellationToken.None);

        Assert.That(reached, Does.Not.ContainKey(id));
    }

    [Test]
    public void KeepsTheRootsEvenWhenNoProjectHoldsThem()
    {
        var reached = Reach().From(new HashSet<string> { "M:Elsewhere.Work" }, CancellationToken.None);

        Assert.That(reached, Is.EquivalentTo(new Dictionary<string, int> { ["M:Elsewhere.Work"] = 0 }));
    }

    private static ProductionReach Reach()
    {
        var platform = PlatformAssemblies.References();
        var pricing = CSharpCompilation.Create("Shop.Pricing", [CSharpSyntaxTree.ParseText(Pricing)], platform, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var shop = CSharpCompilation.Create("Shop", [CSharpSyntaxTree.ParseText(Shop)], [.. platform, pricing.ToMetadataReference()], new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        return new ProductionReach([pricing, shop], CancellationToken.None);
    }
}
