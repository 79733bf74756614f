using System.Linq;
using NUnit.Framework;
using TddGuard.Precision;

namespace TddGuard.Tests.Precision;

[TestFixture]
[Property("Todo", "R05")]
public sealed class PrecisionSummaryTests
{
    [Test]
    public void EachRuleIsCountedByClassThenAllRulesTogether()
    {
        var findings = new[]
        {
            Classified("TG1001", FindingClass.Executed),
            Classified("TG1001", FindingClass.NotExecuted),
            Classified("TG1001", FindingClass.NotExecuted),
            Classified("TG1001", FindingClass.Unlocated),
            Classified("TG1002", FindingClass.NoCoverableLines),
        };

        var figures = PrecisionSummary.Of(findings);

        Assert.That(figures, Is.EqualTo(new[]
        {
            new RuleFigures("TG1001", 4, 1, 2, 0, 1),
            new RuleFigures("TG1002", 1, 0, 0, 1, 0),
            new RuleFigures(PrecisionSummary.AllRules, 5, 1, 2, 1, 1),
        }));
    }

    [Test]
    public void ARuleWithoutFindingsHasARowOfZeroes()
    {
        var figures = PrecisionSummary.Of([]);

        Assert.That(figures.Select(row => row.Rule), Is.EqualTo(new[] { "TG1001", "TG1002", PrecisionSummary.AllRules }));
        Assert.That(figures.Select(row => row.Total), Is.All.Zero);
    }

    [TestCase(1, 4, 0.25)]
    [TestCase(0, 4, 0.0)]
    [TestCase(0, 0, 0.0)]
    public void TheFalseAlarmRateIsExecutedOverTotal(int executed, int total, double rate)
    {
        Assert.That(new RuleFigures("TG1001", total, executed, total - executed, 0, 0).FalseAlarmRate, Is.EqualTo(rate));
    }

    private static ClassifiedFinding Classified(string rule, FindingClass findingClass) =>
        new(new UntestedFinding(rule, "a.cs", 1, 1, "m", "Lib"), findingClass, new LineSpan(1, 1), new LineHits(0, 0));
}
