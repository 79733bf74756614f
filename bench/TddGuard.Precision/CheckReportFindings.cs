using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;

namespace TddGuard.Precision;

/// <summary>Reads the TG1001 and TG1002 findings out of a <c>tddguard check --format json</c> report.</summary>
internal static class CheckReportFindings
{
    /// <summary>The rules the harness measures.</summary>
    public static readonly ImmutableArray<string> Rules = ["TG1001", "TG1002"];

    /// <summary>The report's repository folder and its TG1001/TG1002 findings, in report order.</summary>
    /// <exception cref="JsonException">The text is not a check report.</exception>
    /// <exception cref="KeyNotFoundException">A finding lacks a field.</exception>
    public static (string RepositoryRoot, IReadOnlyList<UntestedFinding> Findings) Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var report = document.RootElement;
        var root = report.GetProperty("repository").GetString() ?? string.Empty;
        var findings = report.GetProperty("findings").EnumerateArray()
            .Where(finding => Rules.Contains(finding.GetProperty("id").GetString() ?? string.Empty))
            .Select(finding => new UntestedFinding(
                finding.GetProperty("id").GetString()!,
                finding.GetProperty("file").GetString() ?? string.Empty,
                finding.GetProperty("line").GetInt32(),
                finding.GetProperty("column").GetInt32(),
                finding.GetProperty("message").GetString() ?? string.Empty,
                finding.GetProperty("source").GetString() ?? string.Empty))
            .ToList();
        return (root, findings);
    }
}
