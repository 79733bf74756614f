using System.Collections.Generic;
using System.Linq;

namespace TddGuard.Precision;

/// <summary>Sums classified findings per rule.</summary>
internal static class PrecisionSummary
{
    /// <summary>The name of the row that sums every rule.</summary>
    public const string AllRules = "all";

    /// <summary>One row per measured rule (even with no finding), then the sum of all.</summary>
    public static IReadOnlyList<RuleFigures> Of(IReadOnlyList<ClassifiedFinding> findings) =>
        [.. CheckReportFindings.Rules.Select(rule => Figures(rule, findings.Where(finding => finding.Finding.Rule == rule).ToList())), Figures(AllRules, findings)];

    private static RuleFigures Figures(string rule, IReadOnlyList<ClassifiedFinding> findings)
    {
        int Count(FindingClass findingClass) => findings.Count(finding => finding.Class == findingClass);
        return new RuleFigures(rule, findings.Count, Count(FindingClass.Executed), Count(FindingClass.NotExecuted), Count(FindingClass.NoCoverableLines), Count(FindingClass.Unlocated));
    }
}
