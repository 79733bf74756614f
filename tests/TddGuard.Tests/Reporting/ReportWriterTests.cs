using System.IO;
using System.Linq;
using System.Text.Json;
using NUnit.Framework;
using TddGuard.Reconciliation;
using TddGuard.Reporting;
using TddGuard.Tests.Reconciliation;

namespace TddGuard.Tests.Reporting;

[TestFixture]
[Property("Todo", "C04")]
public sealed class ReportWriterTests
{
    // A01 proven; A02 checked with a failing test; A03 open with passing tests; a link to an unknown key; a bad line.
    private static readonly ReconcilerScenario s_scenario = new()
    {
        Todo = "# Plan\n\n- [x] A01 First | piped\n- [x] A02 Second\n- [ ] A03 Third\n- [?] broken",
        Links = "A01=>T1; A02=>T2; A03=>T3; Z99=>T4",
        Results = "T1=Passed; T2=Failed; T3=Passed; T4=Passed",
        Coverage = "T1:Widget.Spin=4/5",
    };

    [Test]
    public void TextGivesEachItemAStatusLineWithItsFindingsBeneath()
    {
        var lines = Write(ReportFormat.Text).Split('\n');

        var first = Line(lines, "A01");
        var second = Line(lines, "A02");
        Assert.That(lines[first], Does.StartWith("✓ A01 First | piped").And.Contain("tests 1/1 passed").And.Contain("coverage 80%"));
        Assert.That(lines[second], Does.StartWith("✗ A02 Second").And.Contain("tests 0/1 passed"));
        Assert.That(lines[second + 1], Does.Contain("design/TODO.md(4,3): error TG3002:"));
        Assert.That(lines[Line(lines, "A03")], Does.StartWith("○ A03 Third").And.Contain("open"));
        Assert.That(lines[Line(lines, "A03") + 1], Does.Contain("note TG3006"));
        Assert.That(lines.Single(line => line.Contains("TG3005", System.StringComparison.Ordinal)), Does.Contain("tests/CTests.cs(7,12): warning TG3005"));
        Assert.That(lines.Single(line => line.Contains("'[?]'", System.StringComparison.Ordinal)), Does.Contain("design/TODO.md(6,3): error:"));
        Assert.That(lines.Last(line => line.Length > 0), Is.EqualTo("todo: 3 items, 2 checked; 1 error, 1 warning, 1 note; 1 input problem"));
    }

    [Test]
    public void JsonHasFindingsWithRepositoryRelativePositionsAndItems()
    {
        using var json = JsonDocument.Parse(Write(ReportFormat.Json));
        var root = json.RootElement;

        var finding = root.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "TG3002");
        Assert.That(finding.GetProperty("severity").GetString(), Is.EqualTo("error"));
        Assert.That(finding.GetProperty("message").GetString(), Does.Contain("N.C.T2"));
        Assert.That(finding.GetProperty("file").GetString(), Is.EqualTo("design/TODO.md"));
        Assert.That(finding.GetProperty("line").GetInt32(), Is.EqualTo(4));
        Assert.That(finding.GetProperty("column").GetInt32(), Is.EqualTo(3));
        Assert.That(finding.GetProperty("item").GetString(), Is.EqualTo("A02"));
        var unknown = root.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "TG3005");
        Assert.That(unknown.GetProperty("item").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(unknown.GetProperty("file").GetString(), Is.EqualTo("tests/CTests.cs"));

        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.That(items.Select(item => item.GetProperty("key").GetString()), Is.EqualTo(Sequence("A01", "A02", "A03")));
        Assert.That(items[0].GetProperty("checked").GetBoolean(), Is.True);
        Assert.That(items[0].GetProperty("text").GetString(), Is.EqualTo("First | piped"));
        Assert.That(items[0].GetProperty("testsPassed").GetInt32(), Is.EqualTo(1));
        Assert.That(items[0].GetProperty("testsTotal").GetInt32(), Is.EqualTo(1));
        Assert.That(items[0].GetProperty("coverage").GetDouble(), Is.EqualTo(0.8));
        Assert.That(items[1].GetProperty("coverage").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(items[0].GetProperty("line").GetInt32(), Is.EqualTo(3));
        Assert.That(root.GetProperty("problems").EnumerateArray().Single().GetProperty("line").GetInt32(), Is.EqualTo(6));
    }

    [Test]
    public void SarifIsVersion210WithEveryRuleAndResultsGitHubCanPlace()
    {
        using var sarif = JsonDocument.Parse(Write(ReportFormat.Sarif));
        var root = sarif.RootElement;

        Assert.That(root.GetProperty("version").GetString(), Is.EqualTo("2.1.0"));
        Assert.That(root.GetProperty("$schema").GetString(), Does.Contain("sarif-2.1.0"));
        var run = root.GetProperty("runs").EnumerateArray().Single();
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.That(driver.GetProperty("name").GetString(), Is.EqualTo("TddGuard"));
        Assert.That(driver.GetProperty("version").GetString(), Is.EqualTo(ProductInfo.Version));
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.That(rules.Select(rule => rule.GetProperty("id").GetString()), Is.EqualTo(TodoRules.All.Select(rule => rule.Id)));
        Assert.That(rules.Select(rule => rule.GetProperty("helpUri").GetString()), Has.All.Contains("docs/rules/TG30"));
        Assert.That(rules.Select(rule => rule.GetProperty("shortDescription").GetProperty("text").GetString()), Has.All.Not.Empty);
        Assert.That(rules.Select(rule => rule.GetProperty("name").GetString()), Has.All.Match("^[A-Z][A-Za-z0-9]+$"));

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.That(results, Has.Count.EqualTo(3));
        foreach (var result in results)
        {
            var ruleIndex = result.GetProperty("ruleIndex").GetInt32();
            Assert.That(rules[ruleIndex].GetProperty("id").GetString(), Is.EqualTo(result.GetProperty("ruleId").GetString()));
            Assert.That(result.GetProperty("level").GetString(), Is.AnyOf("error", "warning", "note"));
            Assert.That(result.GetProperty("message").GetProperty("text").GetString(), Is.Not.Empty);
            var location = result.GetProperty("locations").EnumerateArray().Single().GetProperty("physicalLocation");
            Assert.That(location.GetProperty("artifactLocation").GetProperty("uri").GetString(), Does.Match("^[^/\\\\][^\\\\]*$"));
            Assert.That(location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString(), Is.EqualTo("%SRCROOT%"));
            Assert.That(location.GetProperty("region").GetProperty("startLine").GetInt32(), Is.GreaterThanOrEqualTo(1));
            Assert.That(result.GetProperty("partialFingerprints").EnumerateObject(), Is.Not.Empty);
        }

        var invocation = run.GetProperty("invocations").EnumerateArray().Single();
        Assert.That(invocation.GetProperty("executionSuccessful").GetBoolean(), Is.False);
        Assert.That(invocation.GetProperty("toolExecutionNotifications").EnumerateArray().Single().GetProperty("message").GetProperty("text").GetString(), Does.Contain("[?]"));
    }

    [Test]
    public void MarkdownHasAnItemTableAndAFindingList()
    {
        var markdown = Write(ReportFormat.Markdown);

        Assert.That(markdown, Does.Contain("| Status | Item | Tests | Coverage |"));
        Assert.That(markdown, Does.Contain("| ✓ | A01 First \\| piped | 1/1 | 80% |"));
        Assert.That(markdown, Does.Contain("| ✗ | A02 Second | 0/1 | – |"));
        Assert.That(markdown, Does.Contain("**error TG3002**"));
        Assert.That(markdown, Does.Contain("`design/TODO.md:4`"));
    }

    [Test]
    public void MsBuildWritesOnlyFindingsAndProblemsInCanonicalFormWithFullPaths()
    {
        var root = Path.GetFullPath("repository");
        using var writer = new StringWriter();
        ReportWriters.For(ReportFormat.MsBuild, root).Write(s_scenario.Reconcile(), writer);
        var lines = writer.ToString().Split(writer.NewLine, System.StringSplitOptions.RemoveEmptyEntries);

        var todo = Path.Combine(root, "design", "TODO.md");
        Assert.That(lines, Has.Length.EqualTo(4));
        Assert.That(lines, Has.One.StartsWith($"{todo}(4,3): error TG3002: "));
        Assert.That(lines, Has.One.StartsWith($"{Path.Combine(root, "tests", "CTests.cs")}(7,12): warning TG3005: "));
        Assert.That(lines, Has.One.StartsWith($"{todo}(5,3): message TG3006: "));
        Assert.That(lines, Has.One.StartsWith($"{todo}(6,3): error: ").And.Contains("[?]"));
    }

    [TestCase("text", ReportFormat.Text)]
    [TestCase("JSON", ReportFormat.Json)]
    [TestCase("sarif", ReportFormat.Sarif)]
    [TestCase("markdown", ReportFormat.Markdown)]
    [TestCase("msbuild", ReportFormat.MsBuild)]
    public void FormatsAreNamedAsTheCommandLineNamesThem(string name, ReportFormat format)
    {
        Assert.That(ReportWriters.Parse(name), Is.EqualTo(format));
    }

    private static string Write(ReportFormat format)
    {
        using var writer = new StringWriter();
        ReportWriters.For(format).Write(s_scenario.Reconcile(), writer);
        return writer.ToString().Replace("\r\n", "\n", System.StringComparison.Ordinal);
    }

    private static int Line(string[] lines, string key) =>
        System.Array.FindIndex(lines, line => line.Length > 2 && line[2..].StartsWith(key, System.StringComparison.Ordinal));

    private static T[] Sequence<T>(params T[] values) => values;
}
