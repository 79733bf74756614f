using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NUnit.Framework;
using TddGuard.Analyzers.Tests.Catalog;
using TddGuard.Analyzers.Tests.Verifiers;

namespace TddGuard.Analyzers.Tests.Hardening;

/// <summary>
/// Every rule with a code fix, tripped by a seed file and then broken the way an editor's half-typed code is: every
/// fixer is asked about findings in broken files, and every fix it offers is computed to its end, with no exception.
/// A fixer may decline on broken code (the test-table merge mostly does); the counts are printed.
/// </summary>
[TestFixture]
[Category("Hardening")]
[Property("Todo", "C08")]
public sealed class CodeFixesOnBrokenCodeTests
{
    private const int VariantsPerSeed = 40;
    private const int Seed = 20261127;

    private static readonly ImmutableArray<DiagnosticAnalyzer> s_pack = [.. RuleCatalog.AllAnalyzers()];

    [Test]
    public async Task EverySeedTripsItsRuleAndGetsItsFix([Values] CorpusRole role)
    {
        var seeds = FixableFindings.Seeds(role);
        var project = CodeFixCorpus.LoadVariants([.. seeds.Values], role);
        var findings = await FindingsAsync(project);

        var run = await CodeFixCorpus.ApplyEveryFixAsync(project, findings);

        Assert.That(
            seeds.Keys.Where((rule, number) => !findings.Any(finding => finding.Id == rule && FileNumber(finding) == number)),
            Is.Empty,
            "seeds that do not trip their rule");
        Assert.That(seeds.Keys.Where(rule => run.AppliedByRule.GetValueOrDefault(rule) == 0), Is.Empty, "rules whose fix is not offered on their seed");
        Assert.That(run.Failures, Is.Empty);
    }

    [Test]
    public async Task NoCodeFixThrowsOnBrokenVariantsOfEveryFixableFinding([Values] CorpusRole role)
    {
        var seeds = FixableFindings.Seeds(role);
        var random = new Random(Seed);
        var sources = seeds.Values
            .SelectMany(seed => Enumerable.Range(0, VariantsPerSeed).Select(_ => BrokenVariants.Make(seed, random)))
            .ToList();
        var project = CodeFixCorpus.LoadVariants(sources, role);
        var findingsInBrokenFiles = (await FindingsAsync(project)).Where(finding => IsBroken(finding.Location.SourceTree)).ToImmutableArray();

        var run = await CodeFixCorpus.ApplyEveryFixAsync(project, findingsInBrokenFiles);

        TestContext.Out.WriteLine($"broken seeds for code fixes ({role}): {sources.Count} variants of {seeds.Count} seeds (seed {Seed}), {findingsInBrokenFiles.Length} findings in broken files, {run.Applied} fixes computed, {run.Failures.Count} code-fix exceptions; findings by rule: {RuleCounts.Of(findingsInBrokenFiles)}; fixes by rule: {RuleCounts.Of(run.AppliedByRule)}");
        Assert.That(run.Failures, Is.Empty);
        Assert.That(seeds.Keys.Except(findingsInBrokenFiles.Select(finding => finding.Id)), Is.Empty, "rules whose fix was never asked for on a broken file");
    }

    private static async Task<ImmutableArray<Diagnostic>> FindingsAsync(Project project)
    {
        var compilation = (await project.GetCompilationAsync(CancellationToken.None))!;
        var run = await AnalyzerRunner.RunAsync(compilation, s_pack);
        Assert.That(run.Exceptions, Is.Empty);
        return run.Diagnostics;
    }

    private static bool IsBroken(SyntaxTree? tree) =>
        tree is not null && tree.GetDiagnostics().Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);

    /// <summary>The number <see cref="CodeFixCorpus.LoadVariants"/> named the finding's file by.</summary>
    private static int FileNumber(Diagnostic finding) =>
        int.Parse(System.IO.Path.GetFileNameWithoutExtension(finding.Location.SourceTree!.FilePath)["Variant".Length..], System.Globalization.CultureInfo.InvariantCulture);
}
