using NUnit.Framework;
using TddGuard.Tests.Infrastructure;
using TddGuard.Verify;

namespace TddGuard.Tests.Verify;

[TestFixture]
[Property("Todo", "C07")]
public sealed class VerdictCacheTests
{
    private const string Id = "M:Shop.Cart.Add(System.Int32)";
    private const string TestsHash = "tests-v1";

    private static readonly string[] s_adds = ["Shop.Tests.CartTests.Adds"];

    [Test]
    public void AVerdictOnTheSameMemberAndTestsComesBackFromTheCache()
    {
        using var folder = new TemporaryDirectory("verify-cache");
        var member = TestSelectionTests.Member(Id);
        new VerdictCache(folder.Path, TestsHash).Store(new MemberVerdict(member, MemberOutcome.Red, s_adds));

        var found = new VerdictCache(folder.Path, TestsHash).Find(member);

        Assert.That(found?.Outcome, Is.EqualTo(MemberOutcome.Red));
        Assert.That(found?.FailedTests, Is.EqualTo(s_adds));
        Assert.That(found?.Cached, Is.True);
    }

    [Test]
    [Property("Todo", "R04")]
    public void ARedVerdictKeepsTheDistanceOfItsTest()
    {
        using var folder = new TemporaryDirectory("verify-cache");
        var member = TestSelectionTests.Member(Id);
        new VerdictCache(folder.Path, TestsHash).Store(new MemberVerdict(member, MemberOutcome.Red, s_adds) { Distance = 2 });

        var found = new VerdictCache(folder.Path, TestsHash).Find(member);

        Assert.That(found?.Distance, Is.EqualTo(2));
        Assert.That(found?.FailedTests, Is.EqualTo(s_adds));
    }

    [TestCase(Id, "changed body", TestsHash)]
    [TestCase("M:Shop.Cart.Clear", "body", TestsHash)]
    [TestCase(Id, "body", "tests-v2")]
    public void AChangedMemberOrChangedTestsMissTheCache(string id, string text, string testsHash)
    {
        using var folder = new TemporaryDirectory("verify-cache");
        new VerdictCache(folder.Path, TestsHash).Store(new MemberVerdict(TestSelectionTests.Member(Id), MemberOutcome.NoRed, []));

        Assert.That(new VerdictCache(folder.Path, testsHash).Find(TestSelectionTests.Member(id, text: text)), Is.Null);
    }

    [TestCase(MemberOutcome.Timeout, false)]
    [TestCase(MemberOutcome.CompileError, false)]
    [TestCase(MemberOutcome.NoTest, true)]
    [TestCase(MemberOutcome.NoRed, true)]
    public void OnlyVerdictsOnTheTestsAreKept(MemberOutcome outcome, bool kept)
    {
        using var folder = new TemporaryDirectory("verify-cache");
        var member = TestSelectionTests.Member(Id);
        var cache = new VerdictCache(folder.Path, TestsHash);

        cache.Store(new MemberVerdict(member, outcome, []));

        Assert.That(cache.Find(member) is not null, Is.EqualTo(kept));
    }

    [Test]
    public void TheTestSourcesHashFollowsTheirContent()
    {
        using var folder = new TemporaryDirectory("verify-cache");
        var file = folder.WriteFile("tests/CartTests.cs", "class A {}");
        var before = VerdictCache.HashOf(folder.Path, [file]);

        folder.WriteFile("tests/CartTests.cs", "class B {}");

        Assert.That(VerdictCache.HashOf(folder.Path, [file]), Is.Not.EqualTo(before));
    }
}
