using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using NUnit.Framework;
using TddGuard.Check;
using TddGuard.Reconciliation;
using TddGuard.Reporting;

namespace TddGuard.Tests.Check;

[TestFixture]
[Property("Todo", "C06")]
public sealed class CheckReportWriterTests
{
    private const string Cart = "Shop/Cart.cs";
    private const string Todo = "design/TODO.md";
    private const string MissingCodeMd = "design/CODE.md not found: run tddguard codemd to write it.";
    private const string Escape = "\u001b[";

    private static readonly string[] s_cartLines = ["namespace Shop;", "public sealed class Cart", "{", "    public int Limit => 42;", "}"];

    private static readonly CheckReport s_report = new(
        "/repo",
        ["Shop", "Shop.Tests"],
        [
            new CheckFinding("TG2002", FindingSeverity.Warning, "Magic number 42", new SourceLocation(Cart, 4, 25), "Shop"),
            new CheckFinding("TG1001", FindingSeverity.Error, "No test drives Cart", new SourceLocation(Cart, 2, 21), "Shop"),
            new CheckFinding("TG3001", FindingSeverity.Warning, "Item A1 has no linked test", new SourceLocation(Todo, 3, 1), Todo),
        ],
        [MissingCodeMd],
        [new InputProblem(SourceLocation.StartOf("results.trx"), "not a TRX file")])
    {
        RuleTitles = new Dictionary<string, string> { ["TG2002"] = "Magic number" },
    };

    [Test]
    public void TextHasTheSummaryTablesAndEachFindingWithItsSourceLineAndCaret()
    {
        var text = Text(colour: false);

        Assert.That(text, Does.Contain("2 projects; 1 error, 2 warnings, 0 notes"));
        Assert.That(Row(text, "Shop"), Is.EqualTo("Shop 1 1 0"));
        Assert.That(Row(text, "Shop.Tests"), Is.EqualTo("Shop.Tests 0 0 0"));
        Assert.That(Row(text, Todo), Is.EqualTo(Todo + " 0 1 0"));
        Assert.That(Row(text, "TG2002"), Is.EqualTo("TG2002 0 1 0"));
        Assert.That(text, Does.Contain("Shop/Cart.cs(4,25): warning TG2002: Magic number 42 [Shop]"));
        var lines = text.Split('\n').Select(line => line.TrimEnd('\r')).ToList();
        var source = lines.FindIndex(line => line.EndsWith("|     public int Limit => 42;", System.StringComparison.Ordinal));
        Assert.That(source, Is.GreaterThan(0));
        Assert.That(lines[source + 1].IndexOf('^', System.StringComparison.Ordinal) - lines[source + 1].IndexOf('|', System.StringComparison.Ordinal), Is.EqualTo(2 + 24));
        Assert.That(text, Does.Contain(MissingCodeMd));
        Assert.That(text, Does.Contain("results.trx(1,1): not a TRX file"));
        Assert.That(text.Contains(Escape, System.StringComparison.Ordinal), Is.False);
    }

    [Test]
    public void TextIsColouredOnlyWhenAsked()
    {
        Assert.That(Text(colour: true).Contains(Escape + "31merror", System.StringComparison.Ordinal), Is.True);
    }

    [Test]
    public void JsonHasTheSummaryFindingsNotesAndProblems()
    {
        using var json = JsonDocument.Parse(Write(ReportFormat.Json));
        var root = json.RootElement;

        Assert.That(root.GetProperty("summary").GetProperty("errors").GetInt32(), Is.EqualTo(1));
        Assert.That(root.GetProperty("summary").GetProperty("warnings").GetInt32(), Is.EqualTo(2));
        var finding = root.GetProperty("findings")[0];
        Assert.That(finding.GetProperty("id").GetString(), Is.EqualTo("TG2002"));
        Assert.That(finding.GetProperty("file").GetString(), Is.EqualTo(Cart));
        Assert.That(finding.GetProperty("line").GetInt32(), Is.EqualTo(4));
        Assert.That(finding.GetProperty("source").GetString(), Is.EqualTo("Shop"));
        Assert.That(root.GetProperty("notes")[0].GetString(), Is.EqualTo(MissingCodeMd));
        Assert.That(root.GetProperty("problems").GetArrayLength(), Is.EqualTo(1));
        Assert.That(root.GetProperty("sources").GetArrayLength(), Is.EqualTo(3));
    }

    [Test]
    public void SarifHasTheRequiredFieldsAndARulePerId()
    {
        using var sarif = JsonDocument.Parse(Write(ReportFormat.Sarif));
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(rule => rule.GetProperty("id").GetString()).ToList();

        Assert.That(sarif.RootElement.GetProperty("version").GetString(), Is.EqualTo("2.1.0"));
        Assert.That(run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString(), Is.EqualTo("TddGuard"));
        Assert.That(string.Join(",", rules), Is.EqualTo("TG1001,TG2002,TG3001"));
        var magic = run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[1];
        Assert.That(magic.GetProperty("shortDescription").GetProperty("text").GetString(), Is.EqualTo("Magic number"));
        Assert.That(magic.GetProperty("name").GetString(), Is.EqualTo("MagicNumber"));
        var result = run.GetProperty("results")[1];
        Assert.That(result.GetProperty("ruleId").GetString(), Is.EqualTo("TG1001"));
        Assert.That(result.GetProperty("ruleIndex").GetInt32(), Is.Zero);
        Assert.That(result.GetProperty("level").GetString(), Is.EqualTo("error"));
        Assert.That(result.GetProperty("message").GetProperty("text").GetString(), Is.EqualTo("No test drives Cart"));
    }

    [Test]
    public void MarkdownHasTablesFindingsPerFileAndNotes()
    {
        var markdown = Write(ReportFormat.Markdown);

        Assert.That(markdown, Does.Contain("| Shop | 1 | 1 | 0 |"));
        Assert.That(markdown, Does.Contain("| TG3001 | 0 | 1 | 0 |"));
        Assert.That(markdown, Does.Contain("### `Shop/Cart.cs`"));
        Assert.That(markdown, Does.Contain("- **error TG1001** line 2: No test drives Cart (Shop)"));
        Assert.That(markdown, Does.Contain("- " + MissingCodeMd));
    }

    private static string Text(bool colour)
    {
        using var writer = new StringWriter();
        new CheckTextWriter(colour, file => file == Cart ? s_cartLines : null).Write(s_report, writer);
        return writer.ToString();
    }

    private static string Write(ReportFormat format)
    {
        using var writer = new StringWriter();
        CheckReportWriter.Write(s_report, format, writer, colour: false);
        return writer.ToString();
    }

    private static string Row(string text, string name) =>
        string.Join(' ', text.Split('\n').Select(line => line.Trim().Split(' ', System.StringSplitOptions.RemoveEmptyEntries)).First(cells => cells.Length == 4 && cells[0] == name));
}
