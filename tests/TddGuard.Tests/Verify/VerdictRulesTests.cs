using System;
using System.Collections.Generic;
using NUnit.Framework;
using TddGuard.Verify;

namespace TddGuard.Tests.Verify;

[TestFixture]
[Property("Todo", "C07")]
public sealed class VerdictRulesTests
{
    private const string Adds = "Shop.Tests.CartTests.Adds";
    private const string Broken = "Shop.Tests.CartTests.AlreadyBroken";

    private static readonly HashSet<string> s_baselineFailures = [Broken];

    [TestCase(false, new[] { Adds, Broken }, false, MemberOutcome.Red, new[] { Adds })]
    [TestCase(false, new[] { Broken }, false, MemberOutcome.NoRed, new string[0])]
    [TestCase(false, new string[0], false, MemberOutcome.NoRed, new string[0])]
    [TestCase(true, new[] { Adds }, false, MemberOutcome.Timeout, new string[0])]
    [TestCase(false, new string[0], true, MemberOutcome.Red, new[] { VerdictRules.AbortedRun })]
    public void ARunBecomesAVerdict(bool timedOut, string[] failed, bool aborted, MemberOutcome outcome, string[] tests)
    {
        var member = TestSelectionTests.Member("M:Shop.Cart.Add(System.Int32)");

        var verdict = VerdictRules.FromRun(member, new TestRun(timedOut, new HashSet<string>(failed), aborted), s_baselineFailures);

        Assert.That(verdict.Member, Is.SameAs(member));
        Assert.That(verdict.Outcome, Is.EqualTo(outcome));
        Assert.That(verdict.FailedTests, Is.EqualTo(tests));
    }

    [TestCase(0, 5)]
    [TestCase(2, 9)]
    [TestCase(60, 125)]
    public void ARunMayTakeTwiceTheBaselinePlusAMargin(int baselineSeconds, int expectedSeconds)
    {
        Assert.That(VerdictRules.TimeoutFor(TimeSpan.FromSeconds(baselineSeconds)), Is.EqualTo(TimeSpan.FromSeconds(expectedSeconds)));
    }

    [TestCase(0.5, 2.0)]
    [TestCase(3, 7)]
    public void ARunInATestSessionMayTakeTwiceTheSessionsBaselinePlusASecond(double baselineSeconds, double expectedSeconds)
    {
        Assert.That(VerdictRules.SessionTimeoutFor(TimeSpan.FromSeconds(baselineSeconds)), Is.EqualTo(TimeSpan.FromSeconds(expectedSeconds)));
    }

    [TestCase(0.5, 11)]
    [TestCase(3, 16)]
    public void ARunInATestHostOfItsOwnAfterASessionBaselineAlsoPaysForStartingThePlatform(double baselineSeconds, double expectedSeconds)
    {
        Assert.That(VerdictRules.TimeoutAfterSessionBaseline(TimeSpan.FromSeconds(baselineSeconds)), Is.EqualTo(TimeSpan.FromSeconds(expectedSeconds)));
    }

    [TestCase("src/Shop/Cart.cs", 2, false)]
    [TestCase("src/Shop/Cart.cs", 3, true)]
    [TestCase("src/Shop/Cart.cs", 4, true)]
    [TestCase("src/Shop/Cart.cs", 5, false)]
    [TestCase("src/Shop/Other.cs", 3, false)]
    public void AVariantWithACompilerErrorInItsDeclarationDidNotCompile(string file, int line, bool broken)
    {
        var member = TestSelectionTests.Member("M:Shop.Cart.Add(System.Int32)");

        var found = VerdictRules.DeclaringErrors([member], [(file, line)]);

        Assert.That(found.Contains(member), Is.EqualTo(broken));
    }

    [TestCase(true, false)]
    [TestCase(false, true)]
    public void ABaselineThatDidNotRunToTheEndStopsTheVerification(bool timedOut, bool aborted)
    {
        Assert.That(
            () => VerdictRules.BaselineNotes(new TestRun(timedOut, new HashSet<string>(), aborted)),
            Throws.TypeOf<TddGuardInputException>().With.Message.Contain("without any red variant"));
    }

    [Test]
    public void TestsThatFailWithoutAnyVariantAreNoted()
    {
        Assert.That(VerdictRules.BaselineNotes(new TestRun(false, new HashSet<string>(), false)), Is.Empty);
        Assert.That(VerdictRules.BaselineNotes(new TestRun(false, s_baselineFailures, true)), Has.One.Contain(Broken));
    }
}
