using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using TddGuard.Reconciliation;

namespace TddGuard.Check;

/// <summary>
/// The report for people: summary tables per project and per rule, then the findings grouped by file, each with its
/// source line and a caret under the column; ANSI colours when <paramref name="colour"/> says the reader is a terminal.
/// </summary>
/// <param name="colour">Whether to colour severities and file names.</param>
/// <param name="sourceLines">The lines of a repository file by its relative path, or <see langword="null"/> when unreadable.</param>
internal sealed class CheckTextWriter(bool colour, Func<string, IReadOnlyList<string>?> sourceLines)
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Red = "\u001b[31m";
    private const string Yellow = "\u001b[33m";
    private const string Cyan = "\u001b[36m";
    private const int NameWidth = 32;
    private const int CountWidth = 8;
    private const int LineNumberWidth = 6;

    public void Write(CheckReport report, TextWriter writer)
    {
        writer.WriteLine(Paint(Bold, $"TddGuard {report.Command} of {report.RepositoryRoot}") + $": {Plural(report.Projects.Count, "project")}; {CheckSummary.Totals(report)}");
        writer.WriteLine();
        WriteTable(writer, "Project / document", CheckSummary.PerSource(report));
        if (report.Findings.Count > 0)
        {
            WriteTable(writer, "Rule", CheckSummary.PerRule(report));
        }

        foreach (var file in report.Findings.GroupBy(finding => finding.Location.File))
        {
            WriteFile(writer, file.Key, file);
        }

        WriteList(writer, "Notes", report.Notes);
        WriteList(writer, "Input that could not be used", [.. report.Problems.Select(problem => $"{problem.Location}: {problem.Message}")]);
    }

    private static void WriteTable(TextWriter writer, string heading, IReadOnlyList<CheckSummary.Row> rows)
    {
        writer.WriteLine($"  {heading.PadRight(NameWidth)}{"Errors",CountWidth}{"Warnings",CountWidth + 2}{"Notes",CountWidth}");
        foreach (var row in rows)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {row.Name.PadRight(NameWidth)}{row.Errors,CountWidth}{row.Warnings,CountWidth + 2}{row.Notes,CountWidth}"));
        }

        writer.WriteLine();
    }

    private void WriteFile(TextWriter writer, string file, IEnumerable<CheckFinding> findings)
    {
        writer.WriteLine(Paint(Bold, file));
        var lines = sourceLines(file);
        foreach (var finding in findings)
        {
            var severity = CheckSummary.SeverityName(finding.Severity);
            writer.WriteLine($"  {finding.Location}: {Paint(ColourOf(finding.Severity), severity)} {finding.Id}: {finding.Message} [{finding.Source}]");
            if (lines is not null && finding.Location.Line <= lines.Count)
            {
                WriteSource(writer, lines[finding.Location.Line - 1], finding.Location);
            }
        }

        writer.WriteLine();
    }

    private void WriteSource(TextWriter writer, string line, SourceLocation location)
    {
        var number = location.Line.ToString(CultureInfo.InvariantCulture).PadLeft(LineNumberWidth);
        var indent = new string([.. line.Take(Math.Max(location.Column - 1, 0)).Select(character => character == '\t' ? '\t' : ' ')]);
        writer.WriteLine($"  {number} | {line}");
        writer.WriteLine($"  {new string(' ', LineNumberWidth)} | {indent}{Paint(Bold, "^")}");
    }

    private static void WriteList(TextWriter writer, string heading, IReadOnlyList<string> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        writer.WriteLine($"{heading}:");
        foreach (var entry in entries)
        {
            writer.WriteLine($"  - {entry}");
        }

        writer.WriteLine();
    }

    private static string ColourOf(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => Red,
        FindingSeverity.Warning => Yellow,
        _ => Cyan,
    };

    private string Paint(string code, string text) => colour ? code + text + Reset : text;

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
