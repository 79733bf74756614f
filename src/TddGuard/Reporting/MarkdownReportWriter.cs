using System.Globalization;
using System.IO;
using TddGuard.Reconciliation;

namespace TddGuard.Reporting;

/// <summary>A Markdown summary: a table of entries and a list of findings and problems, for job summaries and comments.</summary>
internal sealed class MarkdownReportWriter : IReportWriter
{
    public void Write(ReconciliationReport report, TextWriter writer)
    {
        var facts = new ReportFacts(report);
        writer.WriteLine($"## TddGuard: `{report.Todo.Path}`");
        writer.WriteLine();
        writer.WriteLine(facts.Summary());
        writer.WriteLine();
        writer.WriteLine("| Status | Item | Tests | Coverage |");
        writer.WriteLine("|---|---|---|---|");
        foreach (var status in report.Items)
        {
            writer.WriteLine($"| {facts.StatusSymbol(status)} | {Cell(ReportFacts.ItemName(status.Item))} | {facts.Tests(status)} | {ReportFacts.Coverage(status)} |");
        }

        if (report.Findings.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine("### Findings");
            writer.WriteLine();
            foreach (var finding in report.Findings)
            {
                writer.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"- **{ReportFacts.SeverityName(finding.Severity)} {finding.Id}** `{finding.Location.File}:{finding.Location.Line}`: {finding.Message}"));
            }
        }

        if (report.Problems.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine("### Input that could not be used");
            writer.WriteLine();
            foreach (var problem in report.Problems)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"- `{problem.Location.File}:{problem.Location.Line}`: {problem.Message}"));
            }
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|", System.StringComparison.Ordinal);
}
