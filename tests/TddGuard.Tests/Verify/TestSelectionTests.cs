using System.Collections.Generic;
using System.Linq;
using NUnit.Framework;
using TddGuard.Verify;

namespace TddGuard.Tests.Verify;

[TestFixture]
[Property("Todo", "C07")]
public sealed class TestSelectionTests
{
    private const string Tested = "M:Shop.Cart.Add(System.Int32)";
    private const string Untested = "M:Shop.Cart.Clear";
    private const string Unknown = "M:Shop.Cart.Total";
    private const string Getter = "M:Shop.Cart.get_Count";
    private const string Property = "P:Shop.Cart.Count";

    private const string Indirect = "M:Shop.Cart.Normalize(System.Int32)";

    private static readonly string[][] s_nearestFirst = [["Shop.Tests.PriceTests"], ["Shop.Tests.CartTests"], ["Shop.Tests.ShelfTests", "Shop.Tests.ShopTests"]];

    private static readonly FakeMap s_map = new(new Dictionary<string, IReadOnlyDictionary<string, int>>
    {
        [Tested] = new Dictionary<string, int> { ["Shop.Tests.CartTests.Adds"] = 0, ["Shop.Tests.CartTests.AddsTwice"] = 0 },
        [Untested] = new Dictionary<string, int>(),
        [Property] = new Dictionary<string, int> { ["Shop.Tests.CartTests.Counts"] = 0 },
        [Getter] = new Dictionary<string, int> { ["Shop.Tests.CartTests.Counts"] = 2 },
        [Indirect] = new Dictionary<string, int> { ["Shop.Tests.CartTests"] = 1, ["Shop.Tests.ShopTests"] = 3, ["Shop.Tests.PriceTests"] = 0, ["Shop.Tests.ShelfTests"] = 2 },
    });

    [TestCase("Shop.Tests.CartTests.Adds", true)]
    [TestCase("Shop.Tests.CartTests.AddsTwice", true)]
    [TestCase("Shop.Tests.PriceTests.Rounds", true)]
    [TestCase("Shop.Tests.PriceTests.Nested.Rounds", true)]
    [TestCase("Shop.Tests.CartTests.AddsThrice", false)]
    [TestCase("Shop.Tests.PriceTestsMore.Rounds", false)]
    [TestCase("Shop.Tests", false)]
    public void ASelectionIncludesItsTestMethodsAndEveryTestOfItsFixtures(string method, bool included)
    {
        var selection = new TestSelection(["Shop.Tests.CartTests.Adds", "Shop.Tests.CartTests.AddsTwice", "Shop.Tests.PriceTests"]);

        Assert.That(selection.Includes(method), Is.EqualTo(included));
    }

    [Test]
    public void SelectingEveryTestIncludesAnyMethod()
    {
        Assert.That(TestSelection.All.Includes("Any.Test"), Is.True);
    }

    [TestCase(Tested, null, true, new[] { "Shop.Tests.CartTests.Adds", "Shop.Tests.CartTests.AddsTwice" })]
    [TestCase(Getter, Property, true, new[] { "Shop.Tests.CartTests.Counts" })]
    public void TheMapPicksTheTestsThatReferenceTheMember(string id, string? associated, bool hasTestProjects, string[] expected)
    {
        var selection = TestSelection.For(Member(id, associated), s_map, hasTestProjects);

        Assert.That(selection?.Tests, Is.EqualTo(expected));
    }

    [TestCase(Untested, true)]
    [TestCase(Tested, false)]
    [TestCase(Unknown, false)]
    public void AMemberNoTestReferencesIsNoTest(string id, bool hasTestProjects)
    {
        Assert.That(TestSelection.For(Member(id, null), s_map, hasTestProjects), Is.Null);
    }

    [Test]
    [Property("Todo", "R04")]
    public void RunsTheNearestTestsFirstInAtMostThreeSteps()
    {
        var selection = TestSelection.For(Member(Indirect), s_map, hasTestProjects: true)!;

        Assert.That(
            selection.NearestFirst().Select(step => step.Tests),
            Is.EqualTo(s_nearestFirst));
    }

    [TestCase("Shop.Tests.PriceTests.Rounds", 0)]
    [TestCase("Shop.Tests.ShopTests.Sells", 3)]
    [TestCase("Shop.Tests.CartTests.Nested.Adds", 1)]
    [TestCase("Shop.Tests.Other.Test", null)]
    [Property("Todo", "R04")]
    public void KnowsHowFarEachSelectedTestIsFromTheMember(string test, int? distance)
    {
        var selection = TestSelection.For(Member(Indirect), s_map, hasTestProjects: true)!;

        Assert.That(selection.DistanceOf(test), Is.EqualTo(distance));
    }

    [Test]
    [Property("Todo", "R04")]
    public void TheNearestDistanceOfTheMemberAndItsPropertyCounts()
    {
        var selection = TestSelection.For(Member(Getter, Property), s_map, hasTestProjects: true)!;

        Assert.That(selection.DistanceOf("Shop.Tests.CartTests.Counts"), Is.Zero);
    }

    [Test]
    public void EveryTestIsOneStepAtUnknownDistance()
    {
        Assert.That(TestSelection.All.NearestFirst(), Is.EqualTo(new[] { TestSelection.All }));
        Assert.That(TestSelection.All.DistanceOf("Any.Test"), Is.Null);
    }

    [Test]
    public void AMemberTheMapDoesNotKnowRunsEveryTest()
    {
        Assert.That(TestSelection.For(Member(Unknown, null), s_map, hasTestProjects: true), Is.SameAs(TestSelection.All));
    }

    [Test]
    public void WithoutAMapEveryMemberRunsEveryTestOnceATestProjectExists()
    {
        Assert.That(TestSelection.For(Member(Untested, null), new NoTestMap(), hasTestProjects: true), Is.SameAs(TestSelection.All));
        Assert.That(TestSelection.For(Member(Untested, null), new NoTestMap(), hasTestProjects: false), Is.Null);
    }

    internal static ProductionMember Member(string id, string? associated = null, string text = "body") =>
        new(id, associated, "Shop", new SourceLocation("src/Shop/Cart.cs", 3, 5), 4, text, new MemberEdit(default, string.Empty, string.Empty));

    /// <summary>A test map with fixed answers; members it does not list are unknown.</summary>
    private sealed class FakeMap(Dictionary<string, IReadOnlyDictionary<string, int>> tests) : IMemberTestMap
    {
        public IReadOnlyDictionary<string, int>? TestsFor(string memberId) => tests.GetValueOrDefault(memberId);
    }
}
