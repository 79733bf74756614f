using System.Collections.Generic;
using System.Linq;
using TddGuard.Reconciliation;

namespace TddGuard.Check;

/// <summary>TddGuard's whole verdict on a repository: analyzer, checklist and design-document findings in one list.</summary>
/// <param name="RepositoryRoot">The repository's folder, to which every location is relative.</param>
/// <param name="Projects">The projects the analyzers judged, by name.</param>
/// <param name="Findings">Every finding, in file then line order.</param>
/// <param name="Notes">What was not checked and why (no checklist, no coverage), with what to do about it.</param>
/// <param name="Problems">Input that could not be used.</param>
internal sealed record CheckReport(
    string RepositoryRoot,
    IReadOnlyList<string> Projects,
    IReadOnlyList<CheckFinding> Findings,
    IReadOnlyList<string> Notes,
    IReadOnlyList<InputProblem> Problems)
{
    /// <summary>The command that made the report, for its headings.</summary>
    public string Command { get; init; } = "check";

    /// <summary>The rules' titles by ID, where known (for SARIF's rule descriptions).</summary>
    public IReadOnlyDictionary<string, string> RuleTitles { get; init; } = new Dictionary<string, string>();

    /// <summary>How many findings have <paramref name="severity"/>.</summary>
    public int Count(FindingSeverity severity) => Findings.Count(finding => finding.Severity == severity);

    /// <summary>Whether any finding is at <paramref name="level"/> or above.</summary>
    public bool HasFindingsAtOrAbove(FindingSeverity level) => Findings.Any(finding => finding.Severity >= level);
}
