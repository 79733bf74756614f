using System.Globalization;
using System.IO;
using TddGuard.Reconciliation;

namespace TddGuard.Reporting;

/// <summary>
/// One status line per entry (✓ checked and proven, ✗ contradicted by a finding, ○ open; tests passed/linked;
/// coverage) with its findings beneath in compiler format, then findings about no entry, input problems and totals.
/// </summary>
internal sealed class TextReportWriter : IReportWriter
{
    private const string Indent = "    ";

    public void Write(ReconciliationReport report, TextWriter writer)
    {
        var facts = new ReportFacts(report);
        writer.WriteLine($"{report.Todo.Path}:");
        foreach (var status in report.Items)
        {
            writer.WriteLine($"{facts.StatusSymbol(status)} {ReportFacts.ItemName(status.Item)}  {Details(facts, status)}");
            foreach (var finding in facts.FindingsOf(status.Item))
            {
                writer.WriteLine(Indent + Line(finding));
            }
        }

        WriteSection(writer, "Findings about no entry:", facts.UnattachedFindings.Count);
        foreach (var finding in facts.UnattachedFindings)
        {
            writer.WriteLine(Indent + Line(finding));
        }

        WriteSection(writer, "Input that could not be used:", report.Problems.Count);
        foreach (var problem in report.Problems)
        {
            writer.WriteLine($"{Indent}{problem.Location}: error: {problem.Message}");
        }

        writer.WriteLine();
        writer.WriteLine($"todo: {facts.Summary()}");
    }

    private static string Details(ReportFacts facts, ItemStatus status)
    {
        var tests = facts.Report.HasResults
            ? $"tests {facts.Tests(status)} passed"
            : $"tests {facts.Tests(status)} linked";
        var coverage = status.Coverage is null ? string.Empty : $", coverage {ReportFacts.Coverage(status)}";
        var open = status.Item.IsChecked ? string.Empty : "open, ";
        return open + tests + coverage;
    }

    /// <summary>A finding in compiler format: <c>file(line,column): severity ID: message</c>.</summary>
    public static string Line(Finding finding) =>
        string.Create(CultureInfo.InvariantCulture, $"{finding.Location}: {ReportFacts.SeverityName(finding.Severity)} {finding.Id}: {finding.Message}");

    private static void WriteSection(TextWriter writer, string title, int count)
    {
        if (count > 0)
        {
            writer.WriteLine(title);
        }
    }
}
