using System.Linq;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using TddGuard.Analyzers.Benchmarks;

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
}
