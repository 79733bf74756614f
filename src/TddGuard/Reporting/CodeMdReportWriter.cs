using System.Globalization;
using System.IO;
using System.Linq;
using TddGuard.CodeMd;
using TddGuard.Reconciliation;

namespace TddGuard.Reporting;

/// <summary>
/// <c>tddguard codemd</c>'s report in the formats of <c>tddguard todo</c>: findings in compiler format (text), the
/// same finding and problem objects (JSON), and SARIF with the TG31xx rules.
/// </summary>
public static class CodeMdReportWriter
{
    /// <summary>Writes <paramref name="report"/> as <paramref name="format"/> (Markdown is written as text).</summary>
    public static void Write(CodeMdReport report, ReportFormat format, TextWriter writer)
    {
        System.ArgumentNullException.ThrowIfNull(report);
        System.ArgumentNullException.ThrowIfNull(writer);
        switch (format)
        {
            case ReportFormat.Json:
                WriteJson(report, writer);
                break;
            case ReportFormat.Sarif:
                SarifReportWriter.Write(writer, CodeMdRules.All, report.Findings, report.Problems);
                break;
            default:
                WriteText(report, writer);
                break;
        }
    }

    private static void WriteText(CodeMdReport report, TextWriter writer)
    {
        foreach (var finding in report.Findings)
        {
            writer.WriteLine(TextReportWriter.Line(finding));
        }

        foreach (var problem in report.Problems)
        {
            writer.WriteLine($"{problem.Location}: error: {problem.Message}");
        }

        writer.WriteLine($"codemd: {report.DocumentPath} {State(report)}; {Summary(report)}");
    }

    private static void WriteJson(CodeMdReport report, TextWriter writer) =>
        JsonText.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("document", report.DocumentPath);
            json.WriteBoolean("upToDate", report.IsUpToDate);
            json.WriteBoolean("written", report.Written);
            JsonReportWriter.WriteFindings(json, report.Findings);
            JsonReportWriter.WriteProblems(json, report.Problems);
            json.WriteEndObject();
        });

    private static string State(CodeMdReport report) =>
        report.Written ? "written" : report.IsUpToDate ? "up to date" : "not written";

    private static string Summary(CodeMdReport report)
    {
        int Count(FindingSeverity severity) => report.Findings.Count(finding => finding.Severity == severity);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Count(FindingSeverity.Error)} errors, {Count(FindingSeverity.Warning)} warnings, {Count(FindingSeverity.Note)} notes; {report.Problems.Count} input problems");
    }
}
