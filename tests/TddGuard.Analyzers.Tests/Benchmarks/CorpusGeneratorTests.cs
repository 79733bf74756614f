using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NUnit.Framework;
using TddGuard.Analyzers.Benchmarks;
using TddGuard.Analyzers.Tests.Catalog;

namespace TddGuard.Analyzers.Tests.Benchmarks;

/// <summary>The benchmark's corpus must be as large as promised and real, compiling C#, or its figures mean nothing.</summary>
[TestFixture]
[Property("Todo", "D11")]
public sealed class CorpusGeneratorTests
{
    [Test]
    public void CorpusHasAtLeastFiftyThousandLines()
    {
        var corpus = CorpusGenerator.Generate();

        Assert.That(corpus.Sum(tree => tree.GetText().Lines.Count), Is.GreaterThanOrEqualTo(CorpusGenerator.MinimumLines));
        Assert.That(CorpusGenerator.MinimumLines, Is.GreaterThanOrEqualTo(50_000));
    }

    [Test]
    public void CorpusCompilesWithoutErrors()
    {
        var compilation = CorpusGenerator.Compile(CorpusGenerator.Generate());

        var errors = compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Take(5);

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void CorpusIsTheSameEveryTime()
    {
        var first = CorpusGenerator.Generate().Select(tree => tree.ToString());
        var second = CorpusGenerator.Generate().Select(tree => tree.ToString());

        Assert.That(second, Is.EqualTo(first));
    }

    /// <summary>
    /// The corpus is code written to the rules, as a code base that uses TddGuard is, with a sprinkle of findings
    /// so that reporting is measured too: the compiler pays for every warning (suppression checks, formatting), so
    /// a corpus that repeats each finding in every file would measure warnings, not analysis.
    /// </summary>
    [Test]
    public async Task CorpusIsWrittenToTheRulesWithASprinkleOfEveryPlantedFinding()
    {
        var corpus = CorpusGenerator.Generate();
        var lines = corpus.Sum(tree => tree.GetText().Lines.Count);

        var diagnostics = await CorpusGenerator.Compile(corpus)
            .WithAnalyzers([.. RuleCatalog.AllAnalyzers()])
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        // What a build prints: TG1000 (an information that the project has no test sources) is not shown.
        var findings = diagnostics.Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToList();

        Assert.That(findings.Select(finding => finding.Id).Distinct(), Is.EquivalentTo(CorpusGenerator.PlantedRules));
        Assert.That(findings, Has.Count.InRange(CorpusGenerator.PlantedRules.Length, lines / CorpusGenerator.LinesPerFinding));
    }
}
