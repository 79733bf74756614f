using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace TddGuard.Precision;

/// <summary>Writes a repository's precision figures (Markdown) and every classified finding (TSV, JSON).</summary>
internal static class PrecisionWriter
{
    /// <summary>The figures table, then the findings the tests executed (the false alarms), as Markdown.</summary>
    public static void Markdown(TextWriter writer, string repository, IReadOnlyList<RuleFigures> figures, IReadOnlyList<ClassifiedFinding> findings)
    {
        writer.WriteLine($"## TG1001/TG1002 precision: {repository}");
        writer.WriteLine();
        writer.WriteLine("| Rule | Findings | Executed (false alarms) | Not executed | No coverable lines | Unlocated | False-alarm rate |");
        writer.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var row in figures)
        {
            writer.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {row.Rule} | {row.Total} | {row.Executed} | {row.NotExecuted} | {row.NoCoverableLines} | {row.Unlocated} | {row.FalseAlarmRate:P1} |"));
        }

        var executed = findings.Where(finding => finding.Class == FindingClass.Executed).ToList();
        if (executed.Count == 0)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine("### Executed by the tests (false alarms)");
        writer.WriteLine();
        foreach (var finding in executed)
        {
            writer.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"- {finding.Finding.Rule} `{finding.Finding.File}:{finding.Finding.Line}` {finding.Finding.Message} ({finding.Hits.Covered}/{finding.Hits.Coverable} lines ran)"));
        }
    }

    /// <summary>One tab-separated line per finding, after a header.</summary>
    public static void Tsv(TextWriter writer, IReadOnlyList<ClassifiedFinding> findings)
    {
        writer.WriteLine("rule\tclass\tfile\tline\tcolumn\tfirst_line\tlast_line\tcoverable_lines\tcovered_lines\tsource\tmessage");
        foreach (var finding in findings)
        {
            var (rule, file, line, column, message, source) = finding.Finding;
            writer.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{rule}\t{finding.Class}\t{file}\t{line}\t{column}\t{finding.Span?.First}\t{finding.Span?.Last}\t{finding.Hits.Coverable}\t{finding.Hits.Covered}\t{source}\t{message.Replace('\t', ' ')}"));
        }
    }

    /// <summary>The figures and every finding as one JSON object.</summary>
    public static void Json(Stream stream, string repository, IReadOnlyList<RuleFigures> figures, IReadOnlyList<ClassifiedFinding> findings)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("repository", repository);
        json.WriteStartArray("rules");
        foreach (var row in figures)
        {
            json.WriteStartObject();
            json.WriteString("rule", row.Rule);
            json.WriteNumber("findings", row.Total);
            json.WriteNumber("executed", row.Executed);
            json.WriteNumber("notExecuted", row.NotExecuted);
            json.WriteNumber("noCoverableLines", row.NoCoverableLines);
            json.WriteNumber("unlocated", row.Unlocated);
            json.WriteNumber("falseAlarmRate", row.FalseAlarmRate);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("findings");
        foreach (var finding in findings)
        {
            json.WriteStartObject();
            json.WriteString("rule", finding.Finding.Rule);
            json.WriteString("class", finding.Class.ToString());
            json.WriteString("file", finding.Finding.File);
            json.WriteNumber("line", finding.Finding.Line);
            json.WriteNumber("column", finding.Finding.Column);
            if (finding.Span is { } span)
            {
                json.WriteNumber("firstLine", span.First);
                json.WriteNumber("lastLine", span.Last);
            }

            json.WriteNumber("coverableLines", finding.Hits.Coverable);
            json.WriteNumber("coveredLines", finding.Hits.Covered);
            json.WriteString("source", finding.Finding.Source);
            json.WriteString("message", finding.Finding.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
