using System.IO;
using System.Linq;
using System.Text.Json;
using NUnit.Framework;
using TddGuard.Reconciliation;
using TddGuard.Reporting;
using TddGuard.Verify;

namespace TddGuard.Tests.Verify;

[TestFixture]
[Property("Todo", "C07")]
public sealed class VerifyReportWriterTests
{
    private const string Adds = "Shop.Tests.CartTests.Adds";

    private static readonly string[] s_outcomes = ["red", "no-red", "timeout", "no-test"];

    private static readonly VerifyReport s_report = new(
        "/repo",
        [
            new MemberVerdict(TestSelectionTests.Member("M:Shop.Cart.Add(System.Int32)"), MemberOutcome.Red, [Adds]) { Distance = 1 },
            new MemberVerdict(TestSelectionTests.Member("M:Shop.Cart.Warm"), MemberOutcome.NoRed, []),
            new MemberVerdict(TestSelectionTests.Member("M:Shop.Cart.Read"), MemberOutcome.Timeout, []) { Cached = false },
            new MemberVerdict(TestSelectionTests.Member("M:Shop.Cart.Clear"), MemberOutcome.NoTest, []) { Cached = true },
        ],
        ["4 members verified, 1 of them from the cache."],
        []);

    [TestCase(MemberOutcome.Red, "red")]
    [TestCase(MemberOutcome.NoRed, "no-red")]
    [TestCase(MemberOutcome.NoTest, "no-test")]
    [TestCase(MemberOutcome.Timeout, "timeout")]
    [TestCase(MemberOutcome.CompileError, "compile-error")]
    public void OutcomesHaveTheirCommandLineNames(MemberOutcome outcome, string name)
    {
        Assert.That(VerifyReportWriter.NameOf(outcome), Is.EqualTo(name));
    }

    [Test]
    public void ANoRedMemberIsATg1007WarningAtItsDeclaration()
    {
        var check = VerifyReportWriter.ToCheckReport(s_report);

        Assert.That(check.Findings, Has.Count.EqualTo(1));
        Assert.That(check.Findings[0].Id, Is.EqualTo("TG1007"));
        Assert.That(check.Findings[0].Severity, Is.EqualTo(FindingSeverity.Warning));
        Assert.That(check.Findings[0].Message, Does.Contain("M:Shop.Cart.Warm").And.Contain("No test fails without this implementation"));
        Assert.That(check.Findings[0].Location, Is.EqualTo(new SourceLocation("src/Shop/Cart.cs", 3, 5)));
        Assert.That(check.RuleTitles["TG1007"], Is.EqualTo("No test fails without this implementation"));
        Assert.That(check.Notes[0], Is.EqualTo("Red variants: 1 red, 1 no-red, 1 no-test, 1 timeout, 0 compile-error."));
    }

    [Test]
    public void JsonHasCheckShapesPlusEveryMembersVerdict()
    {
        using var json = JsonDocument.Parse(Write(ReportFormat.Json));
        var root = json.RootElement;

        Assert.That(root.GetProperty("summary").GetProperty("warnings").GetInt32(), Is.EqualTo(1));
        Assert.That(root.GetProperty("findings")[0].GetProperty("id").GetString(), Is.EqualTo("TG1007"));
        var members = root.GetProperty("members").EnumerateArray().ToList();
        Assert.That(members.Select(member => member.GetProperty("outcome").GetString()), Is.EqualTo(s_outcomes));
        Assert.That(members[0].GetProperty("failedTests")[0].GetString(), Is.EqualTo(Adds));
        Assert.That(members[0].GetProperty("distance").GetInt32(), Is.EqualTo(1));
        Assert.That(members[1].GetProperty("distance").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(members[0].GetProperty("file").GetString(), Is.EqualTo("src/Shop/Cart.cs"));
        Assert.That(members[3].GetProperty("cached").GetBoolean(), Is.True);
    }

    [Test]
    public void TextAndMarkdownListEveryMemberWithItsFailedTests()
    {
        var text = Write(ReportFormat.Text);
        var markdown = Write(ReportFormat.Markdown);

        Assert.That(text, Does.StartWith("TddGuard verify of /repo").And.Contain("warning TG1007"));
        Assert.That(text, Does.Contain("red           M:Shop.Cart.Add(System.Int32) src/Shop/Cart.cs(3,5) failed: " + Adds + " (distance 1)"));
        Assert.That(text, Does.Contain("no-red        M:Shop.Cart.Warm src/Shop/Cart.cs(3,5)" + System.Environment.NewLine));
        Assert.That(markdown, Does.StartWith("## TddGuard verify").And.Contain($"| red | `M:Shop.Cart.Add(System.Int32)` | `src/Shop/Cart.cs(3,5)` | `{Adds}` | 1 |"));
        Assert.That(markdown, Does.Contain("| no-red | `M:Shop.Cart.Warm` | `src/Shop/Cart.cs(3,5)` | - | - |"));
    }

    [Test]
    public void SarifDescribesTg1007()
    {
        var sarif = Write(ReportFormat.Sarif);

        Assert.That(sarif, Does.Contain("\"TG1007\"").And.Contain("No test fails without this implementation").And.Not.Contain("Members"));
    }

    private static string Write(ReportFormat format)
    {
        using var writer = new StringWriter();
        VerifyReportWriter.Write(s_report, format, writer, colour: false);
        return writer.ToString();
    }
}
