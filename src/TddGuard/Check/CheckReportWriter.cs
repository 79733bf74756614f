using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using TddGuard.Reconciliation;
using TddGuard.Reporting;

namespace TddGuard.Check;

/// <summary>Writes a <see cref="CheckReport"/> as text, JSON, SARIF 2.1.0 or Markdown.</summary>
internal static class CheckReportWriter
{
    private const string ErrorsProperty = "errors";
    private const string WarningsProperty = "warnings";
    private const string NotesProperty = "notes";

    /// <summary>Writes <paramref name="report"/> in <paramref name="format"/>; colours only for text, when asked.</summary>
    public static void Write(CheckReport report, ReportFormat format, TextWriter writer, bool colour)
    {
        switch (format)
        {
            case ReportFormat.Json:
                WriteJson(report, writer);
                break;
            case ReportFormat.Sarif:
                WriteSarif(report, writer);
                break;
            case ReportFormat.Markdown:
                WriteMarkdown(report, writer);
                break;
            default:
                new CheckTextWriter(colour, file => ReadLines(report.RepositoryRoot, file)).Write(report, writer);
                break;
        }
    }

    /// <summary>The lines of a repository file, or <see langword="null"/> when it cannot be read.</summary>
    internal static IReadOnlyList<string>? ReadLines(string root, string file)
    {
        var path = Path.GetFullPath(file, root);
        try
        {
            return File.Exists(path) ? File.ReadAllLines(path) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A finding's source line is a courtesy: the finding is reported without it.
            return null;
        }
    }

    private static void WriteJson(CheckReport report, TextWriter writer) =>
        JsonText.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("tool", "TddGuard");
            json.WriteString("version", ProductInfo.Version);
            json.WriteString("repository", report.RepositoryRoot);
            json.WriteStartObject("summary");
            json.WriteNumber(ErrorsProperty, report.Count(FindingSeverity.Error));
            json.WriteNumber(WarningsProperty, report.Count(FindingSeverity.Warning));
            json.WriteNumber(NotesProperty, report.Count(FindingSeverity.Note));
            json.WriteEndObject();
            WriteRows(json, "sources", CheckSummary.PerSource(report));
            WriteRows(json, "rules", CheckSummary.PerRule(report));
            json.WriteStartArray("findings");
            foreach (var finding in report.Findings)
            {
                json.WriteStartObject();
                json.WriteString("id", finding.Id);
                json.WriteString("severity", CheckSummary.SeverityName(finding.Severity));
                json.WriteString("message", finding.Message);
                JsonText.WriteLocation(json, finding.Location);
                json.WriteString("source", finding.Source);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray(NotesProperty);
            report.Notes.ToList().ForEach(json.WriteStringValue);
            json.WriteEndArray();
            json.WriteStartArray("problems");
            foreach (var problem in report.Problems)
            {
                json.WriteStartObject();
                JsonText.WriteLocation(json, problem.Location);
                json.WriteString("message", problem.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });

    private static void WriteRows(Utf8JsonWriter json, string name, IReadOnlyList<CheckSummary.Row> rows)
    {
        json.WriteStartArray(name);
        foreach (var row in rows)
        {
            json.WriteStartObject();
            json.WriteString("name", row.Name);
            json.WriteNumber(ErrorsProperty, row.Errors);
            json.WriteNumber(WarningsProperty, row.Warnings);
            json.WriteNumber(NotesProperty, row.Notes);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>The SARIF writer of <c>tddguard todo</c>, with a rule per ID found at the most severe level found.</summary>
    private static void WriteSarif(CheckReport report, TextWriter writer)
    {
        var rules = report.Findings.GroupBy(finding => finding.Id)
            .OrderBy(rule => rule.Key, StringComparer.Ordinal)
            .Select(rule => new TodoRule(rule.Key, report.RuleTitles.GetValueOrDefault(rule.Key, rule.Key), rule.Max(finding => finding.Severity)))
            .ToList();
        var findings = report.Findings.Select(finding => new Finding(finding.Id, finding.Severity, finding.Message, finding.Location, ItemKey: null)).ToList();
        SarifReportWriter.Write(writer, rules, findings, report.Problems);
    }

    private static void WriteMarkdown(CheckReport report, TextWriter writer)
    {
        writer.WriteLine($"## TddGuard {report.Command}");
        writer.WriteLine();
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.Projects.Count} projects; {CheckSummary.Totals(report)}."));
        WriteMarkdownTable(writer, "Project / document", CheckSummary.PerSource(report));
        WriteMarkdownTable(writer, "Rule", CheckSummary.PerRule(report));
        foreach (var file in report.Findings.GroupBy(finding => finding.Location.File))
        {
            writer.WriteLine();
            writer.WriteLine($"### `{file.Key}`");
            writer.WriteLine();
            foreach (var finding in file)
            {
                writer.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"- **{CheckSummary.SeverityName(finding.Severity)} {finding.Id}** line {finding.Location.Line}: {finding.Message} ({finding.Source})"));
            }
        }

        WriteMarkdownList(writer, "Notes", report.Notes);
        WriteMarkdownList(writer, "Input that could not be used", [.. report.Problems.Select(problem => $"`{problem.Location}`: {problem.Message}")]);
    }

    private static void WriteMarkdownTable(TextWriter writer, string heading, IReadOnlyList<CheckSummary.Row> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine($"| {heading} | Errors | Warnings | Notes |");
        writer.WriteLine("|---|---:|---:|---:|");
        foreach (var row in rows)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {row.Name.Replace("|", "\\|", StringComparison.Ordinal)} | {row.Errors} | {row.Warnings} | {row.Notes} |"));
        }
    }

    private static void WriteMarkdownList(TextWriter writer, string heading, IReadOnlyList<string> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine($"### {heading}");
        writer.WriteLine();
        foreach (var entry in entries)
        {
            writer.WriteLine($"- {entry}");
        }
    }
}
