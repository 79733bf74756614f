using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TddGuard.Reconciliation;

namespace TddGuard.Check;

/// <summary>The counts every format shows: per project (or document), per rule, and in all.</summary>
internal static class CheckSummary
{
    /// <summary>One row of a summary table.</summary>
    /// <param name="Name">The project, document or rule.</param>
    /// <param name="Errors">Its errors.</param>
    /// <param name="Warnings">Its warnings.</param>
    /// <param name="Notes">Its notes.</param>
    public sealed record Row(string Name, int Errors, int Warnings, int Notes);

    /// <summary>A row per judged project and per source with findings, in name order.</summary>
    public static IReadOnlyList<Row> PerSource(CheckReport report) =>
        Rows(report.Projects.Union(report.Findings.Select(finding => finding.Source)), report.Findings.ToLookup(finding => finding.Source));

    /// <summary>A row per rule with findings, in rule order.</summary>
    public static IReadOnlyList<Row> PerRule(CheckReport report) =>
        Rows(report.Findings.Select(finding => finding.Id).Distinct(), report.Findings.ToLookup(finding => finding.Id));

    /// <summary>"1 error, 2 warnings, 0 notes".</summary>
    public static string Totals(CheckReport report) =>
        $"{Plural(report.Count(FindingSeverity.Error), "error")}, {Plural(report.Count(FindingSeverity.Warning), "warning")}, {Plural(report.Count(FindingSeverity.Note), "note")}";

    public static string SeverityName(FindingSeverity severity) => severity.ToString().ToLowerInvariant();

    private static List<Row> Rows(IEnumerable<string> names, ILookup<string, CheckFinding> findings) =>
        [.. names.Distinct().Order(System.StringComparer.Ordinal).Select(name => new Row(
            name,
            findings[name].Count(finding => finding.Severity == FindingSeverity.Error),
            findings[name].Count(finding => finding.Severity == FindingSeverity.Warning),
            findings[name].Count(finding => finding.Severity == FindingSeverity.Note)))];

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
