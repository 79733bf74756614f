using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using TddGuard.Evidence;
using TddGuard.Reconciliation;
using TddGuard.TestMap;
using TddGuard.Todo;

namespace TddGuard.Benchmarks;

/// <summary>
/// The requirement: 5,000 checklist items and 20,000 tests reconciled in under a second. The corpus is generated:
/// every item has four linked tests (one fixture per 50 items); a third of the items are checked, some out of order;
/// one test in a hundred fails; the baseline differs by rewordings, a removal and a move.
/// </summary>
[MemoryDiagnoser]
public class TodoReconciliationBenchmarks
{
    private const int ItemCount = 5_000;
    private const int TestsPerItem = 4;
    private const int ItemsPerFixture = 50;
    private const int CheckedEvery = 3;
    private const int FailingEvery = 100;
    private const int RewordedEvery = 500;
    private const string TodoPath = "design/TODO.md";

    private string _todoMarkdown = string.Empty;
    private string _baselineMarkdown = string.Empty;
    private List<(string Path, string Source)> _testSources = [];
    private ReconciliationInput _input = null!;

    /// <summary>Generates the checklist, its baseline, the test sources and the results once.</summary>
    [GlobalSetup]
    public void GenerateCorpus()
    {
        _todoMarkdown = Checklist(reworded: false);
        _baselineMarkdown = Checklist(reworded: true);
        _testSources = [.. Enumerable.Range(0, ItemCount / ItemsPerFixture).Select(fixture => ($"tests/Fixture{fixture}Tests.cs", FixtureSource(fixture)))];
        _input = Parse();
    }

    /// <summary>Reconciliation alone, from parsed input: the requirement's measure.</summary>
    [Benchmark(Baseline = true)]
    public ReconciliationReport Reconcile() => Reconciler.Reconcile(_input);

    /// <summary>Parsing the checklist, its baseline and the test sources, then reconciling: everything but file I/O.</summary>
    [Benchmark]
    public ReconciliationReport ParseAndReconcile() => Reconciler.Reconcile(Parse());

    private ReconciliationInput Parse()
    {
        var results = new TestRunResults();
        for (var test = 0; test < ItemCount * TestsPerItem; test++)
        {
            results.Add(TestId(test), test % FailingEvery == 0 ? TestOutcome.Failed : TestOutcome.Passed);
        }

        return new ReconciliationInput
        {
            Todo = TodoParser.Parse(_todoMarkdown, TodoPath),
            Baseline = TodoParser.Parse(_baselineMarkdown, TodoPath),
            Tests = new TestCatalog(_testSources.Select(file => TestSourceScanner.Scan(file.Source, file.Path))),
            Results = results,
        };
    }

    private static string Checklist(bool reworded)
    {
        var markdown = new StringBuilder("# Generated checklist\n\n");
        for (var item = 0; item < ItemCount; item++)
        {
            if (item % ItemsPerFixture == 0)
            {
                markdown.Append(CultureInfo.InvariantCulture, $"## Section {item / ItemsPerFixture}\n\n");
            }

            var isChecked = item % CheckedEvery == 0;
            var text = reworded && item % RewordedEvery == 0 ? "Earlier wording of the work" : "Work item number";
            markdown.Append(CultureInfo.InvariantCulture, $"- [{(isChecked ? 'x' : ' ')}] W{item:D5} {text} {item} with some description text\n");
        }

        return markdown.ToString();
    }

    private static string FixtureSource(int fixture)
    {
        var source = new StringBuilder("using NUnit.Framework;\n\nnamespace Generated.Tests;\n\n");
        source.Append(CultureInfo.InvariantCulture, $"public sealed class Fixture{fixture}Tests\n{{\n");
        for (var item = fixture * ItemsPerFixture; item < (fixture + 1) * ItemsPerFixture; item++)
        {
            for (var test = 0; test < TestsPerItem; test++)
            {
                source.Append(CultureInfo.InvariantCulture, $"    [Test, Property(\"Todo\", \"W{item:D5}\")]\n");
                source.Append(CultureInfo.InvariantCulture, $"    public void Test{(item * TestsPerItem) + test}() => Assert.That(new Widget().Spin({item}), Is.True);\n\n");
            }
        }

        return source.Append("}\n").ToString();
    }

    private static string TestId(int test) =>
        string.Create(CultureInfo.InvariantCulture, $"Generated.Tests.Fixture{test / TestsPerItem / ItemsPerFixture}Tests.Test{test}");
}
