using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TddGuard.Reconciliation;
using TddGuard.Todo;

namespace TddGuard.Reporting;

/// <summary>What every format says the same way: severity names, item names and statuses, findings per item, totals.</summary>
internal sealed class ReportFacts
{
    public const string Passed = "✓";
    public const string Failing = "✗";
    public const string Open = "○";
    public const string Unknown = "–";

    private readonly ILookup<string, Finding> _findingsByItem;

    public ReportFacts(ReconciliationReport report)
    {
        Report = report;
        _findingsByItem = report.Findings.Where(finding => finding.ItemKey is not null).ToLookup(finding => finding.ItemKey!, TodoKeys.Comparer);
        UnattachedFindings = [.. report.Findings.Where(finding => finding.ItemKey is null || !report.Items.Any(status => TodoKeys.Comparer.Equals(status.Item.Key, finding.ItemKey)))];
    }

    public ReconciliationReport Report { get; }

    /// <summary>Findings about no entry of the current list: links to unknown keys, removed entries.</summary>
    public IReadOnlyList<Finding> UnattachedFindings { get; }

    public static string SeverityName(FindingSeverity severity) => severity.ToString().ToLowerInvariant();

    public static string ItemName(TodoItem item) => item.Id is null ? item.Text : $"{item.Id} {item.Text}";

    /// <summary>The findings about <paramref name="item"/>, each shown once even when keys repeat.</summary>
    public IEnumerable<Finding> FindingsOf(TodoItem item) =>
        _findingsByItem[item.Key].Where(finding => finding.Location.File != Report.Todo.Path || finding.Location.Line == item.Position.Line);

    public string StatusSymbol(ItemStatus status) =>
        FindingsOf(status.Item).Any(finding => finding.Severity >= FindingSeverity.Warning) ? Failing
        : status.Item.IsChecked ? Passed
        : Open;

    public string Tests(ItemStatus status) =>
        Report.HasResults
            ? string.Create(CultureInfo.InvariantCulture, $"{status.TestsPassed}/{status.TestsLinked}")
            : status.TestsLinked.ToString(CultureInfo.InvariantCulture);

    public static string Coverage(ItemStatus status) =>
        status.Coverage is { } coverage ? Percent.Format(coverage.Ratio) : Unknown;

    public int Count(FindingSeverity severity) => Report.Findings.Count(finding => finding.Severity == severity);

    public string Summary() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Plural(Report.Items.Count, "item")}, {Report.Items.Count(status => status.Item.IsChecked)} checked; " +
        $"{Plural(Count(FindingSeverity.Error), "error")}, {Plural(Count(FindingSeverity.Warning), "warning")}, {Plural(Count(FindingSeverity.Note), "note")}; " +
        $"{Plural(Report.Problems.Count, "input problem")}");

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
