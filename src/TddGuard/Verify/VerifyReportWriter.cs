using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using TddGuard.Check;
using TddGuard.Reconciliation;
using TddGuard.Reporting;

namespace TddGuard.Verify;

/// <summary>
/// Writes a <see cref="VerifyReport"/> in <c>tddguard check</c>'s shapes: its findings (TG1007 per no-red member),
/// notes and problems as <see cref="CheckReportWriter"/> writes them, plus each member's verdict (JSON
/// <c>members</c>, a text and Markdown section; SARIF carries the findings only).
/// </summary>
internal static class VerifyReportWriter
{
    /// <summary>The rule of a member no test fails without.</summary>
    public const string NoRedRule = "TG1007";

    /// <summary>Its title.</summary>
    public const string NoRedTitle = "No test fails without this implementation";

    private const string Command = "verify";
    private const string MembersProperty = "members";
    private const string NoTests = "-";
    private const int OutcomeWidth = 14;

    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <paramref name="report"/> in <paramref name="format"/>; colours only for text, when asked.</summary>
    public static void Write(VerifyReport report, ReportFormat format, TextWriter writer, bool colour)
    {
        var check = ToCheckReport(report);
        if (format == ReportFormat.Json)
        {
            WriteJson(report, check, writer);
            return;
        }

        CheckReportWriter.Write(check, format, writer, colour);
        if (format == ReportFormat.Markdown)
        {
            WriteMarkdownMembers(report, writer);
        }
        else if (format != ReportFormat.Sarif)
        {
            WriteTextMembers(report, writer);
        }
    }

    /// <summary>The outcome's name as reports show it: <c>red</c>, <c>no-red</c>, <c>no-test</c>, <c>timeout</c>, <c>compile-error</c>.</summary>
    public static string NameOf(MemberOutcome outcome) => outcome switch
    {
        MemberOutcome.NoRed => "no-red",
        MemberOutcome.NoTest => "no-test",
        MemberOutcome.CompileError => "compile-error",
        _ => outcome.ToString().ToLowerInvariant(),
    };

    /// <summary>The report as <c>tddguard check</c>'s: a TG1007 warning per no-red member, the counts per outcome in the notes.</summary>
    internal static CheckReport ToCheckReport(VerifyReport report)
    {
        var findings = report.Verdicts.Where(verdict => verdict.Outcome == MemberOutcome.NoRed)
            .Select(verdict => new CheckFinding(
                NoRedRule,
                FindingSeverity.Warning,
                $"{NoRedTitle}: with the body of {verdict.Member.Id} replaced by a throw, every test passed. Write a test that fails without it, or remove it.",
                verdict.Member.Location,
                verdict.Member.Project))
            .ToList();
        var counts = string.Join(", ", Enum.GetValues<MemberOutcome>().Select(outcome => string.Create(CultureInfo.InvariantCulture, $"{report.Count(outcome)} {NameOf(outcome)}")));
        var projects = report.Verdicts.Select(verdict => verdict.Member.Project).Distinct().Order(StringComparer.Ordinal).ToList();
        return new CheckReport(report.RepositoryRoot, projects, findings, [$"Red variants: {counts}.", .. report.Notes], report.Problems)
        {
            Command = Command,
            RuleTitles = new Dictionary<string, string> { [NoRedRule] = NoRedTitle },
        };
    }

    private static void WriteJson(VerifyReport report, CheckReport check, TextWriter writer)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        CheckReportWriter.Write(check, ReportFormat.Json, text, colour: false);
        var json = JsonNode.Parse(text.ToString())!.AsObject();
        json[MembersProperty] = new JsonArray([.. report.Verdicts.Select(verdict => (JsonNode)new JsonObject
        {
            ["id"] = verdict.Member.Id,
            ["project"] = verdict.Member.Project,
            ["file"] = verdict.Member.Location.File,
            ["line"] = verdict.Member.Location.Line,
            ["column"] = verdict.Member.Location.Column,
            ["outcome"] = NameOf(verdict.Outcome),
            ["failedTests"] = new JsonArray([.. verdict.FailedTests.Select(test => (JsonNode)JsonValue.Create(test))]),
            ["distance"] = verdict.Distance,
            ["cached"] = verdict.Cached,
        })]);
        writer.WriteLine(json.ToJsonString(s_json));
    }

    private static void WriteTextMembers(VerifyReport report, TextWriter writer)
    {
        writer.WriteLine("Members:");
        foreach (var verdict in report.Verdicts)
        {
            writer.WriteLine($"  {NameOf(verdict.Outcome).PadRight(OutcomeWidth)}{verdict.Member.Id} {verdict.Member.Location}{Tests(verdict, " failed: ")}{Distance(verdict)}");
        }
    }

    private static void WriteMarkdownMembers(VerifyReport report, TextWriter writer)
    {
        writer.WriteLine();
        writer.WriteLine("### Members");
        writer.WriteLine();
        writer.WriteLine("| Outcome | Member | Location | Failed tests | Distance |");
        writer.WriteLine("|---|---|---|---|---|");
        foreach (var verdict in report.Verdicts)
        {
            var tests = verdict.FailedTests.Count == 0 ? NoTests : string.Join(", ", verdict.FailedTests.Select(test => $"`{test}`"));
            var distance = verdict.Distance is { } known ? known.ToString(CultureInfo.InvariantCulture) : NoTests;
            writer.WriteLine($"| {NameOf(verdict.Outcome)} | `{verdict.Member.Id}` | `{verdict.Member.Location}` | {tests} | {distance} |");
        }
    }

    private static string Distance(MemberVerdict verdict) =>
        verdict.Distance is { } distance ? string.Create(CultureInfo.InvariantCulture, $" (distance {distance})") : string.Empty;

    private static string Tests(MemberVerdict verdict, string label) =>
        verdict.FailedTests.Count == 0 ? string.Empty : label + string.Join(", ", verdict.FailedTests);
}
