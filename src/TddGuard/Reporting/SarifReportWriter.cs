using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using TddGuard.Reconciliation;

namespace TddGuard.Reporting;

/// <summary>
/// SARIF 2.1.0 as GitHub code scanning accepts it: every TG3xxx rule in the driver, results with repository-relative
/// locations under <c>%SRCROOT%</c> and fingerprints, and input problems as tool execution notifications.
/// </summary>
internal sealed class SarifReportWriter : IReportWriter
{
    private const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";
    private const string SarifVersion = "2.1.0";
    private const string ToolName = "TddGuard";
    private const string LevelProperty = "level";
    private const string InformationUri = "https://github.com/tddguard/tddguard";
    private const string SourceRoot = "%SRCROOT%";
    private const string FingerprintName = "tddguardFinding/v1";

    public void Write(ReconciliationReport report, TextWriter writer) =>
        Write(writer, TodoRules.All, report.Findings, report.Problems);

    /// <summary>A SARIF log of <paramref name="findings"/> by <paramref name="rules"/>, whichever command produced them.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<TodoRule> rules, IReadOnlyList<Finding> findings, IReadOnlyList<InputProblem> problems) =>
        JsonText.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", Schema);
            json.WriteString("version", SarifVersion);
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            WriteInvocation(json, problems);
            WriteResults(json, rules, findings);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<TodoRule> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ToolName);
        json.WriteString("version", ProductInfo.Version);
        json.WriteString("semanticVersion", ProductInfo.Version);
        json.WriteString("informationUri", InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", PascalCase(rule.Title));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString(LevelProperty, ReportFacts.SeverityName(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter json, IReadOnlyList<InputProblem> problems)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", problems.Count == 0);
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var problem in problems)
        {
            json.WriteStartObject();
            json.WriteString(LevelProperty, "error");
            WriteMessage(json, problem.Message);
            WriteLocations(json, problem.Location);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteResults(Utf8JsonWriter json, IReadOnlyList<TodoRule> rules, IReadOnlyList<Finding> findings)
    {
        var ruleIndexes = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index);
        json.WriteStartArray("results");
        foreach (var finding in findings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.Id);
            json.WriteNumber("ruleIndex", ruleIndexes[finding.Id]);
            json.WriteString(LevelProperty, ReportFacts.SeverityName(finding.Severity));
            WriteMessage(json, finding.Message);
            WriteLocations(json, finding.Location);
            json.WriteStartObject("partialFingerprints");
            json.WriteString(FingerprintName, $"{finding.Id}:{finding.ItemKey ?? finding.Location.ToString()}");
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteMessage(Utf8JsonWriter json, string text)
    {
        json.WriteStartObject("message");
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static void WriteLocations(Utf8JsonWriter json, SourceLocation location)
    {
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", location.File);
        json.WriteString("uriBaseId", SourceRoot);
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", location.Line);
        json.WriteNumber("startColumn", location.Column);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static string PascalCase(string title) =>
        string.Concat(title.Split(' ').Select(word => word.Length == 0 ? word : char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..]));
}
