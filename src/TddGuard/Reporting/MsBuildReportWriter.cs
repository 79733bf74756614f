using System.Globalization;
using System.IO;
using TddGuard.Reconciliation;

namespace TddGuard.Reporting;

/// <summary>
/// Findings and input problems only, one a line in MSBuild's canonical form (<c>full-path(line,column): error ID: message</c>),
/// which MSBuild's Exec task turns into build warnings and errors. Notes are written as <c>message</c>, which it shows as text.
/// </summary>
internal sealed class MsBuildReportWriter(string repositoryRoot) : IReportWriter
{
    private const string NoteCategory = "message";

    public void Write(ReconciliationReport report, TextWriter writer)
    {
        foreach (var finding in report.Findings)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Origin(finding.Location)}: {Category(finding.Severity)} {finding.Id}: {finding.Message}"));
        }

        foreach (var problem in report.Problems)
        {
            writer.WriteLine($"{Origin(problem.Location)}: error: {problem.Message}");
        }
    }

    private static string Category(FindingSeverity severity) =>
        severity == FindingSeverity.Note ? NoteCategory : ReportFacts.SeverityName(severity);

    private string Origin(SourceLocation location) =>
        string.Create(CultureInfo.InvariantCulture, $"{Path.GetFullPath(Path.Combine(repositoryRoot, location.File))}({location.Line},{location.Column})");
}
