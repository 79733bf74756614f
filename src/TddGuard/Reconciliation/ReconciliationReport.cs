using System.Collections.Generic;
using System.Linq;
using TddGuard.Todo;

namespace TddGuard.Reconciliation;

/// <summary>The verdict on a checklist: each entry's status, the findings and the input that could not be used.</summary>
/// <param name="Todo">The checklist reconciled.</param>
/// <param name="Items">Each entry's status, in document order.</param>
/// <param name="Findings">The findings, in rule then location order.</param>
/// <param name="Problems">Malformed entries, unreadable links and evidence files.</param>
/// <param name="HasResults">Whether test results were given.</param>
/// <param name="HasCoverage">Whether coverage was given.</param>
public sealed record ReconciliationReport(
    TodoList Todo,
    IReadOnlyList<ItemStatus> Items,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<InputProblem> Problems,
    bool HasResults,
    bool HasCoverage)
{
    /// <summary>Whether any finding is a warning or an error.</summary>
    public bool HasFailingFindings => Findings.Any(finding => finding.Severity >= FindingSeverity.Warning);

    /// <summary>The same report with more input problems (from evidence read elsewhere).</summary>
    public ReconciliationReport WithProblems(IEnumerable<InputProblem> problems) =>
        this with { Problems = [.. Problems, .. problems] };
}
