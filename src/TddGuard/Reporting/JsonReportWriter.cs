using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using TddGuard.Reconciliation;

namespace TddGuard.Reporting;

/// <summary>
/// <c>{"findings":[{id, severity, message, file, line, column, item}], "items":[...], "problems":[...]}</c> with
/// repository-relative forward-slash paths and 1-based positions.
/// </summary>
internal sealed class JsonReportWriter : IReportWriter
{
    public void Write(ReconciliationReport report, TextWriter writer) =>
        JsonText.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("todo", report.Todo.Path);
            WriteFindings(json, report.Findings);
            WriteItems(json, report);
            WriteProblems(json, report.Problems);
            json.WriteEndObject();
        });

    public static void WriteFindings(Utf8JsonWriter json, IReadOnlyList<Finding> findings)
    {
        json.WriteStartArray("findings");
        foreach (var finding in findings)
        {
            json.WriteStartObject();
            json.WriteString("id", finding.Id);
            json.WriteString("severity", ReportFacts.SeverityName(finding.Severity));
            json.WriteString("message", finding.Message);
            JsonText.WriteLocation(json, finding.Location);
            json.WriteString("item", finding.ItemKey);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteItems(Utf8JsonWriter json, ReconciliationReport report)
    {
        json.WriteStartArray("items");
        foreach (var status in report.Items)
        {
            json.WriteStartObject();
            json.WriteString("key", status.Item.Key);
            json.WriteString("id", status.Item.Id);
            json.WriteString("text", status.Item.Text);
            json.WriteBoolean("checked", status.Item.IsChecked);
            JsonText.WriteLocation(json, SourceLocation.At(report.Todo.Path, status.Item.Position));
            json.WriteString("section", status.Item.Section);
            json.WriteNumber("testsPassed", status.TestsPassed);
            json.WriteNumber("testsTotal", status.TestsLinked);
            WriteCoverage(json, status);
            json.WriteStartArray("tests");
            foreach (var test in status.LinkedTests)
            {
                json.WriteStringValue(test);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteCoverage(Utf8JsonWriter json, ItemStatus status)
    {
        if (status.Coverage is { } coverage)
        {
            json.WriteNumber("coverage", coverage.Ratio);
        }
        else
        {
            json.WriteNull("coverage");
        }
    }

    public static void WriteProblems(Utf8JsonWriter json, IReadOnlyList<InputProblem> problems)
    {
        json.WriteStartArray("problems");
        foreach (var problem in problems)
        {
            json.WriteStartObject();
            JsonText.WriteLocation(json, problem.Location);
            json.WriteString("message", problem.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
