using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using TddGuard.Evidence;
using TddGuard.Reconciliation;
using TddGuard.TestMap;
using TddGuard.Todo;

namespace TddGuard.Tests.Reconciliation;

/// <summary>
/// Builds reconciliation input from compact text: links as <c>key=&gt;Test; key=&gt;Test</c> (tests of fixture
/// <c>N.C</c>), results as <c>Test=Passed; Test=Failed</c>, coverage as <c>Test:Type.Member=covered/total</c>.
/// </summary>
public sealed class ReconcilerScenario
{
    public const string TodoPath = "design/TODO.md";
    public const string TestsPath = "tests/CTests.cs";
    private const string Fixture = "N.C";

    public string Todo { get; init; } = string.Empty;

    public string Links { get; init; } = string.Empty;

    public string? Results { get; init; }

    public string? Coverage { get; init; }

    public string? Baseline { get; init; }

    public double MinCoverage { get; init; } = ReconciliationInput.DefaultMinCoverage;

    public ReconciliationReport Reconcile() => Reconciler.Reconcile(new ReconciliationInput
    {
        Todo = TodoParser.Parse(Todo, TodoPath),
        Baseline = Baseline is null ? null : TodoParser.Parse(Baseline, TodoPath),
        BaselineRevision = "HEAD",
        Tests = new TestCatalog([TestSourceScanner.Scan(TestSource(), TestsPath)]),
        Results = Results is null ? null : ParseResults(Results),
        Coverage = Coverage is null ? null : ParseCoverage(Coverage),
        MinCoverage = MinCoverage,
    });

    /// <summary>Findings as <c>ID:item</c> (or <c>ID:-</c> without an item), sorted.</summary>
    public string FindingSummary() =>
        string.Join(' ', Reconcile().Findings.Select(finding => $"{finding.Id}:{finding.ItemKey ?? "-"}").Order(StringComparer.Ordinal));

    private string TestSource()
    {
        var source = new StringBuilder("namespace N;\npublic class C\n{\n");
        var coverageNames = Pairs(Coverage ?? string.Empty).ToLookup(pair => pair.Key.Split(':')[0], pair => pair.Key.Split(':')[1]);
        foreach (var group in Pairs(Links, "=>").GroupBy(pair => pair.Value))
        {
            var attributes = string.Concat(group.Select(pair => $"[Property(\"Todo\", \"{pair.Key}\")]"));
            var body = string.Concat(coverageNames[group.Key].Select(member => $"{member}();"));
            source.Append(CultureInfo.InvariantCulture, $"    [Test]{attributes} public void {group.Key}() {{ {body} }}\n");
        }

        return source.Append("}\n").ToString();
    }

    private static TestRunResults ParseResults(string results)
    {
        var runResults = new TestRunResults();
        foreach (var pair in Pairs(results))
        {
            runResults.Add($"{Fixture}.{pair.Key}", Enum.Parse<TestOutcome>(pair.Value));
        }

        return runResults;
    }

    private static CoverageReport ParseCoverage(string coverage)
    {
        var report = new CoverageReport();
        foreach (var pair in Pairs(coverage))
        {
            var typeAndMember = pair.Key.Split(':')[1].Split('.');
            var counts = pair.Value.Split('/').Select(count => int.Parse(count, CultureInfo.InvariantCulture)).ToArray();
            var member = new CoberturaMember(typeAndMember[0], typeAndMember[1]);
            for (var line = 1; line <= counts[1]; line++)
            {
                report.Add(member, new CoveredLine(pair.Key, line), line <= counts[0] ? 1 : 0);
            }
        }

        return report;
    }

    private static IEnumerable<KeyValuePair<string, string>> Pairs(string text, string separator = "=") =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair.Split(separator))
            .Select(parts => KeyValuePair.Create(parts[0].Trim(), parts[1].Trim()));
}
