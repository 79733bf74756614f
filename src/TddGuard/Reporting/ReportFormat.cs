namespace TddGuard.Reporting;

/// <summary>The report formats <c>tddguard todo --format</c> writes.</summary>
public enum ReportFormat
{
    /// <summary>One status line per entry with its findings beneath, for people.</summary>
    Text,

    /// <summary>Findings and entries as JSON, for scripts.</summary>
    Json,

    /// <summary>SARIF 2.1.0, for GitHub code scanning and other static-analysis viewers.</summary>
    Sarif,

    /// <summary>A Markdown table and finding list, for pull-request comments and job summaries.</summary>
    Markdown,

    /// <summary>Findings only, in MSBuild's canonical form with full paths, which builds and IDEs list as warnings and errors.</summary>
    MsBuild,
}
