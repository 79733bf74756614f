using System.Collections.Generic;
using System.Linq;
using NUnit.Framework;
using TddGuard.Evidence;
using TddGuard.Reconciliation;

namespace TddGuard.Tests.Reconciliation;

[TestFixture]
[Property("Todo", "C04")]
public sealed class ReconcilerTests
{
    private static readonly string[] s_addsOnly = ["N.C.Adds"];
    private static readonly string[] s_notPassed = ["TG3002"];

    [TestCase("[TestCase(1, TestName = \"Adds one\")] [TestCase(2, TestName = \"Adds two\")]", "N.C.Adds one", "N.C.Adds two")]
    [TestCase("[Fact(DisplayName = \"Adds one\")]", "N.C.Adds one", null)]
    [TestCase("[DataTestMethod] [DataRow(1, DisplayName = \"Adds one\")] [DataRow(2)]", "N.C.Adds one", "N.C.Adds")]
    public void ResultsUnderACaseNameCountForTheirTestMethod(string attributes, string firstCase, string? secondCase)
    {
        var source = $"namespace N; public class C {{ {attributes} [Property(\"Todo\", \"A01\")] public void Adds(int x) {{ }} }}";
        var results = new TestRunResults();
        results.Add(firstCase, TestOutcome.Passed);
        if (secondCase is not null)
        {
            results.Add(secondCase, TestOutcome.Passed);
        }

        var report = Reconciler.Reconcile(new ReconciliationInput
        {
            Todo = TddGuard.Todo.TodoParser.Parse("- [x] A01 a", ReconcilerScenario.TodoPath),
            Tests = new TddGuard.TestMap.TestCatalog([TddGuard.TestMap.TestSourceScanner.Scan(source, ReconcilerScenario.TestsPath)]),
            Results = results,
        });

        Assert.That(report.Findings, Is.Empty);
        Assert.That(report.Items.Single().LinkedTests, Is.EqualTo(s_addsOnly));
        Assert.That(report.Items.Single().TestsPassed, Is.EqualTo(1));
    }

    [Test]
    public void AFailedCaseUnderACaseNameFailsItsTestMethod()
    {
        const string source = "namespace N; public class C { [TestCase(1, TestName = \"Adds one\")] [TestCase(2)] [Property(\"Todo\", \"A01\")] public void Adds(int x) { } }";
        var results = new TestRunResults();
        results.Add("N.C.Adds", TestOutcome.Passed);
        results.Add("N.C.Adds one", TestOutcome.Failed);

        var report = Reconciler.Reconcile(new ReconciliationInput
        {
            Todo = TddGuard.Todo.TodoParser.Parse("- [x] A01 a", ReconcilerScenario.TodoPath),
            Tests = new TddGuard.TestMap.TestCatalog([TddGuard.TestMap.TestSourceScanner.Scan(source, ReconcilerScenario.TestsPath)]),
            Results = results,
        });

        Assert.That(report.Findings.Select(finding => finding.Id), Is.EqualTo(s_notPassed));
    }

    private static IEnumerable<TestCaseData> Findings()
    {
        // TG3001 checked item without a linked test.
        yield return Case("TG3001 positive", new() { Todo = "- [x] A01 a" }, "TG3001:A01");
        yield return Case("TG3001 negative: linked", new() { Todo = "- [x] A01 a", Links = "A01=>T1" }, "");
        yield return Case("TG3001 negative: open", new() { Todo = "- [ ] A01 a" }, "");
        yield return Case("TG3001 positive: only tests of another key", new() { Todo = "- [x] A01 a", Links = "B01=>T1" }, "TG3001:A01 TG3005:-");

        // TG3002 checked item whose linked tests failed or did not run, only when results are given.
        yield return Case("TG3002 positive: failed", new() { Todo = "- [x] A01 a", Links = "A01=>T1; A01=>T2", Results = "T1=Passed; T2=Failed" }, "TG3002:A01");
        yield return Case("TG3002 positive: not run", new() { Todo = "- [x] A01 a", Links = "A01=>T1", Results = "T1=NotRun" }, "TG3002:A01");
        yield return Case("TG3002 positive: no result", new() { Todo = "- [x] A01 a", Links = "A01=>T1", Results = "Other=Passed" }, "TG3002:A01");
        yield return Case("TG3002 negative: passed", new() { Todo = "- [x] A01 a", Links = "A01=>T1", Results = "T1=Passed" }, "");
        yield return Case("TG3002 negative: no results given", new() { Todo = "- [x] A01 a", Links = "A01=>T1" }, "");

        // TG3003 item checked while an earlier item is still open (an open parent of a checked child is not earlier work).
        yield return Case("TG3003 positive", new() { Todo = "- [ ] A01 a\n- [x] A02 b\n- [x] A03 c", Links = "A02=>T1; A03=>T2" }, "TG3003:A02 TG3003:A03");
        yield return Case("TG3003 negative: in order", new() { Todo = "- [x] A01 a\n- [ ] A02 b", Links = "A01=>T1" }, "");
        yield return Case("TG3003 negative: open parent", new() { Todo = "- [ ] A01 a\n  - [x] A02 b", Links = "A02=>T1" }, "");
        yield return Case("TG3003 positive: open uncle", new() { Todo = "- [ ] A01 a\n  - [ ] A02 b\n  - [x] A03 c", Links = "A03=>T1" }, "TG3003:A03");

        // TG3004 entry reworded, removed, reordered or unchecked against the baseline.
        yield return Case("TG3004 positive: unchecked", new() { Baseline = "- [x] A01 a", Todo = "- [ ] A01 a" }, "TG3004:A01");
        yield return Case("TG3004 positive: ID reworded", new() { Baseline = "- [ ] A01 a", Todo = "- [ ] A01 b" }, "TG3004:A01");
        yield return Case("TG3004 positive: text reworded", new() { Baseline = "- [ ] one\n- [ ] two\n- [ ] three", Todo = "- [ ] one\n- [ ] 2\n- [ ] three" }, "TG3004:2");
        yield return Case("TG3004 positive: removed", new() { Baseline = "- [ ] A01 a\n- [ ] A02 b\n- [ ] A03 c", Todo = "- [ ] A01 a\n- [ ] A03 c" }, "TG3004:A02");
        yield return Case("TG3004 positive: reordered", new() { Baseline = "- [ ] A01 a\n- [ ] A02 b\n- [ ] A03 c\n- [ ] A04 d", Todo = "- [ ] A02 b\n- [ ] A03 c\n- [ ] A04 d\n- [ ] A01 a" }, "TG3004:A01");
        yield return Case("TG3004 negative: checked off", new() { Baseline = "- [ ] A01 a", Todo = "- [x] A01 a", Links = "A01=>T1" }, "");
        yield return Case("TG3004 negative: added", new() { Baseline = "- [ ] A01 a", Todo = "- [ ] A01 a\n- [ ] A02 b" }, "");
        yield return Case("TG3004 negative: rewrapped", new() { Baseline = "- [ ] A long\n  entry", Todo = "- [ ] A long entry" }, "");

        // TG3005 test linked to a key no item has; keys match IDs and exact text, whatever the case and spacing.
        yield return Case("TG3005 positive", new() { Todo = "- [ ] A01 a", Links = "Z99=>T1" }, "TG3005:-");
        yield return Case("TG3005 negative: by ID in another case", new() { Todo = "- [x] A01 a", Links = "a01=>T1" }, "");
        yield return Case("TG3005 negative: by text", new() { Todo = "- [x] Write the   parser", Links = "write the parser=>T1" }, "");
        yield return Case("TG3005 negative: by text after the ID", new() { Todo = "- [x] A01 Write it", Links = "Write it=>T1" }, "");
        yield return Case("TG3005 negative: by the whole line", new() { Todo = "- [x] A01 Write it", Links = "A01 Write it=>T1" }, "");

        // TG3006 open item whose linked tests all pass.
        yield return Case("TG3006 positive", new() { Todo = "- [ ] A01 a", Links = "A01=>T1; A01=>T2", Results = "T1=Passed; T2=Passed" }, "TG3006:A01");
        yield return Case("TG3006 negative: one failed", new() { Todo = "- [ ] A01 a", Links = "A01=>T1; A01=>T2", Results = "T1=Passed; T2=Failed" }, "");
        yield return Case("TG3006 negative: no results given", new() { Todo = "- [ ] A01 a", Links = "A01=>T1" }, "");
        yield return Case("TG3006 negative: no linked test", new() { Todo = "- [ ] A01 a", Results = "T1=Passed" }, "");

        // TG3007 checked item whose coverage is below the minimum.
        yield return Case("TG3007 positive", new() { Todo = "- [x] A01 a", Links = "A01=>T1", Coverage = "T1:Widget.Spin=3/4; T1:Widget.Stop=0/2" }, "TG3007:A01");
        yield return Case("TG3007 negative: enough", new() { Todo = "- [x] A01 a", Links = "A01=>T1", Coverage = "T1:Widget.Spin=4/5" }, "");
        yield return Case("TG3007 negative: lower minimum", new() { Todo = "- [x] A01 a", Links = "A01=>T1", Coverage = "T1:Widget.Spin=1/2", MinCoverage = 0.5 }, "");
        yield return Case("TG3007 negative: open item", new() { Todo = "- [ ] A01 a", Links = "A01=>T1", Coverage = "T1:Widget.Spin=0/2" }, "");
        yield return Case("TG3007 negative: no coverage given", new() { Todo = "- [x] A01 a", Links = "A01=>T1" }, "");

        // TG3008 two items with the same key.
        yield return Case("TG3008 positive: ID", new() { Todo = "- [ ] A01 a\n- [ ] A01 b" }, "TG3008:A01");
        yield return Case("TG3008 positive: text", new() { Todo = "- [ ] Same thing\n- [ ] same  thing" }, "TG3008:same thing");
        yield return Case("TG3008 negative", new() { Todo = "- [ ] A01 a\n- [ ] A02 a" }, "");
    }

    [TestCaseSource(nameof(Findings))]
    public void ReportsExactlyTheFindingsTheEvidenceCallsFor(ReconcilerScenario scenario, string expected)
    {
        Assert.That(scenario.FindingSummary(), Is.EqualTo(expected));
    }

    [TestCase("TG3001", FindingSeverity.Warning)]
    [TestCase("TG3002", FindingSeverity.Error)]
    [TestCase("TG3003", FindingSeverity.Warning)]
    [TestCase("TG3004", FindingSeverity.Error)]
    [TestCase("TG3005", FindingSeverity.Warning)]
    [TestCase("TG3006", FindingSeverity.Note)]
    [TestCase("TG3007", FindingSeverity.Warning)]
    [TestCase("TG3008", FindingSeverity.Error)]
    public void EveryRuleHasASeverityATitleAndAHelpPage(string id, FindingSeverity severity)
    {
        var rule = TodoRules.All.Single(rule => rule.Id == id);

        Assert.That(rule.DefaultSeverity, Is.EqualTo(severity));
        Assert.That(rule.Title, Is.Not.Empty);
        Assert.That(rule.HelpUri, Does.EndWith($"docs/rules/{id}.md"));
    }

    [Test]
    public void ItemFindingsPointAtTheCheckboxAndLinkFindingsAtTheAttribute()
    {
        var report = new ReconcilerScenario { Todo = "# Plan\n\n- [x] A01 a", Links = "Z99=>T1" }.Reconcile();

        var missing = report.Findings.Single(finding => finding.Id == TodoRules.CheckedWithoutTest.Id);
        var unknown = report.Findings.Single(finding => finding.Id == TodoRules.UnknownKey.Id);
        Assert.That(missing.Location, Is.EqualTo(new SourceLocation(ReconcilerScenario.TodoPath, 3, 3)));
        Assert.That(missing.Message, Does.Contain("A01").And.Contain("[Property(\"Todo\", \"A01\")]"));
        Assert.That(unknown.Location, Is.EqualTo(new SourceLocation(ReconcilerScenario.TestsPath, 4, 12)));
        Assert.That(unknown.Message, Does.Contain("Z99").And.Contain("N.C.T1"));
    }

    [Test]
    public void MessagesNameTheTestsAndNumbersBehindAFinding()
    {
        var failing = new ReconcilerScenario { Todo = "- [x] A01 a", Links = "A01=>T1; A01=>T2; A01=>T3", Results = "T1=Passed; T2=Failed" }.Reconcile();
        var order = new ReconcilerScenario { Todo = "- [ ] A01 a\n- [x] A02 b", Links = "A02=>T1" }.Reconcile();
        var coverage = new ReconcilerScenario { Todo = "- [x] A01 a", Links = "A01=>T1", Coverage = "T1:Widget.Spin=3/5" }.Reconcile();
        var moved = new ReconcilerScenario { Baseline = "- [x] A01 a\n- [ ] A02 b", Todo = "- [ ] A02 b\n- [x] A01 a", Links = "A01=>T1" }.Reconcile();

        Assert.That(failing.Findings.Single().Message, Does.Contain("N.C.T2").And.Contain("N.C.T3").And.Contain("2 of 3"));
        Assert.That(order.Findings.Single().Message, Does.Contain("A01").And.Contain("line 1"));
        Assert.That(coverage.Findings.Single().Message, Does.Contain("60%").And.Contain("80%"));
        Assert.That(moved.Findings.Single(finding => finding.Id == "TG3004").Message, Does.Contain("HEAD").And.Contain("moved"));
    }

    [Test]
    public void TheStatusOfEachItemCountsItsTestsAndCoverage()
    {
        var report = new ReconcilerScenario
        {
            Todo = "- [x] A01 a\n- [ ] A02 b\n- [ ] A03 c",
            Links = "A01=>T1; A01=>T2; A02=>T3",
            Results = "T1=Passed; T2=Failed; T3=Passed",
            Coverage = "T1:Widget.Spin=3/4",
        }.Reconcile();

        var statuses = report.Items.ToDictionary(status => status.Item.Key);
        Assert.That((statuses["A01"].TestsPassed, statuses["A01"].TestsLinked), Is.EqualTo((1, 2)));
        Assert.That(statuses["A01"].Coverage, Is.EqualTo(new LineCoverage(3, 4)));
        Assert.That((statuses["A02"].TestsPassed, statuses["A02"].TestsLinked), Is.EqualTo((1, 1)));
        Assert.That(statuses["A02"].Coverage, Is.Null);
        Assert.That(statuses["A03"].TestsLinked, Is.Zero);
        Assert.That(report.HasResults, Is.True);
        Assert.That(report.HasCoverage, Is.True);
    }

    [Test]
    public void TodoAndTestMapProblemsAreCarriedIntoTheReport()
    {
        var report = new ReconcilerScenario { Todo = "- [-] A01 a\n- [ ] A02 b" }.Reconcile();

        Assert.That(report.Problems.Single().Location.Line, Is.EqualTo(1));
    }

    private static TestCaseData Case(string name, ReconcilerScenario scenario, string expected) =>
        new TestCaseData(scenario, expected).SetArgDisplayNames(name);
}
