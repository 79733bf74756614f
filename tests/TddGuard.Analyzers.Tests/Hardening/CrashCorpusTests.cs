using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NUnit.Framework;
using TddGuard.Analyzers.Design;
using TddGuard.Analyzers.Shared;
using TddGuard.Analyzers.Tests.Verifiers;

namespace TddGuard.Analyzers.Tests.Hardening;

/// <summary>
/// Analyzers run in every build and on every keystroke: an exception is an AD0001 in someone's build and a rule that
/// silently stops. Every analyzer of the pack runs over real code nobody here wrote and over broken variants of it.
/// </summary>
/// <remarks>
/// CI runs <see cref="DefaultVariants"/> broken variants; the full run takes the count as a test run parameter:
/// <c>dotnet test tests/TddGuard.Analyzers.Tests --filter "FullyQualifiedName~CrashCorpus" -- TestRunParameters.Parameter(name=\"CrashVariants\",value=\"10000\")</c>.
/// The code fixes run over <see cref="DefaultFixVariants"/> of them, or as many as the <c>CodeFixVariants</c> parameter says.
/// </remarks>
[TestFixture]
[Category("Hardening")]
[Property("Todo", "C08")]
public sealed class CrashCorpusTests
{
    private const string VariantsParameter = "CrashVariants";
    private const int DefaultVariants = 400;
    private const string FixVariantsParameter = "CodeFixVariants";
    private const int DefaultFixVariants = 100;
    private const int VariantsPerCompilation = 25;
    private const int Seed = 20261126;
    private const int MinimumCorpusLines = 200_000;
    private const int ConcurrentRuns = 8;
    private const string ConcurrencyCorpus = "Humanizer";

    private static readonly ImmutableArray<DiagnosticAnalyzer> s_pack =
        [.. typeof(NestingTooDeepAnalyzer).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)];

    [Test]
    public void TheCorpusHoldsAtLeast200000LinesOfRealCode()
    {
        var files = DecompiledCorpus.Assemblies.SelectMany(DecompiledCorpus.Files).ToList();
        var lines = files.Sum(path => File.ReadLines(path).Count());

        TestContext.Out.WriteLine($"crash corpus: {DecompiledCorpus.Assemblies.Length} assemblies, {files.Count} files, {lines} lines");
        Assert.That(lines, Is.GreaterThanOrEqualTo(MinimumCorpusLines));
    }

    /// <summary>
    /// Most design rules stay out of test projects and the TDD rules work only there, so the real code is analysed
    /// as production code (no test framework referenced) and again as if it were a test project.
    /// </summary>
    [Test]
    public void TheCorpusIsAnalysedAsProductionCodeAndAsATestProject(
        [Values] CorpusRole role)
    {
        var compilation = DecompiledCorpus.Load(DecompiledCorpus.Assemblies[0], role);

        Assert.That(TestProjects.IsTestProject(compilation), Is.EqualTo(role == CorpusRole.Tests));
    }

    [Test]
    public async Task NoAnalyzerThrowsOnRealCode(
        [ValueSource(typeof(DecompiledCorpus), nameof(DecompiledCorpus.Assemblies))] string assemblyName,
        [Values] CorpusRole role)
    {
        var compilation = DecompiledCorpus.Load(assemblyName, role);

        var run = await RunPackAsync(compilation);

        TestContext.Out.WriteLine($"{assemblyName} as {role}: {compilation.SyntaxTrees.Length} files, {DecompiledCorpus.CountLines(compilation.SyntaxTrees)} lines, {run.Diagnostics.Length} findings, {run.Exceptions.Count} analyzer exceptions; findings by rule: {RuleCounts.Of(run.Diagnostics)}");
        Assert.That(run.Exceptions, Is.Empty);
        Assert.That(run.Diagnostics.Where(diagnostic => diagnostic.Id == "AD0001"), Is.Empty);
    }

    [Test]
    public async Task NoAnalyzerThrowsOnBrokenVariantsOfRealCode()
    {
        var variants = Parameter(VariantsParameter, DefaultVariants);
        var files = DecompiledCorpus.Assemblies.SelectMany(DecompiledCorpus.Files).ToList();
        var random = new Random(Seed);
        var failures = new List<string>();

        for (var first = 0; first < variants; first += VariantsPerCompilation)
        {
            var trees = Enumerable.Range(first, Math.Min(VariantsPerCompilation, variants - first))
                .Select(number => CSharpSyntaxTree.ParseText(
                    BrokenVariants.Make(File.ReadAllText(files[random.Next(files.Count)]), random),
                    new CSharpParseOptions(LanguageVersion.Latest),
                    path: $"/variants/Variant{number}.cs"))
                .ToList();
            var role = first / VariantsPerCompilation % 2 == 0 ? CorpusRole.Production : CorpusRole.Tests;
            var run = await RunPackAsync(CSharpCompilation.Create("Variants", trees, DecompiledCorpus.References(role), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)));
            failures.AddRange(run.Exceptions.Select(exception => $"variants {first}..{first + trees.Count - 1} (seed {Seed}): {exception}"));
        }

        TestContext.Out.WriteLine($"broken variants: {variants} from {files.Count} files, {failures.Count} analyzer exceptions");
        Assert.That(failures, Is.Empty);
    }

    [Test]
    public async Task NoCodeFixThrowsOnTheFindingsOfRealCode()
    {
        const string assemblyName = "NuGet.Packaging";
        var document = CodeFixCorpus.Load(assemblyName);
        var compilation = (await document.Project.GetCompilationAsync(CancellationToken.None))!;
        var findings = (await RunPackAsync(compilation)).Diagnostics;

        var run = await CodeFixCorpus.ApplyEveryFixAsync(document.Project, findings);

        TestContext.Out.WriteLine($"{assemblyName}: {findings.Length} findings, {run.Applied} fixes computed, {run.Failures.Count} code-fix exceptions");
        Assert.That(run.Applied, Is.Positive);
        Assert.That(run.Failures, Is.Empty);
    }

    [Test]
    public async Task NoCodeFixThrowsOnBrokenVariantsOfRealCode()
    {
        var variants = Parameter(FixVariantsParameter, DefaultFixVariants);
        var files = DecompiledCorpus.Assemblies.SelectMany(DecompiledCorpus.Files).ToList();
        var random = new Random(Seed);
        var sources = Enumerable.Range(0, variants).Select(_ => BrokenVariants.Make(File.ReadAllText(files[random.Next(files.Count)]), random)).ToList();
        var project = CodeFixCorpus.LoadVariants(sources);
        var compilation = (await project.GetCompilationAsync(CancellationToken.None))!;
        var findings = (await RunPackAsync(compilation)).Diagnostics;

        var run = await CodeFixCorpus.ApplyEveryFixAsync(project, findings);

        TestContext.Out.WriteLine($"broken variants for code fixes: {variants} (seed {Seed}), {findings.Length} findings, {run.Applied} fixes computed, {run.Failures.Count} code-fix exceptions; findings by rule: {RuleCounts.Of(findings)}");
        Assert.That(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error), Is.Not.Empty, "the variants are broken code");
        Assert.That(run.Applied, Is.Positive);
        Assert.That(run.Failures, Is.Empty);
    }

    [Test]
    public async Task ConcurrentRunsReportTheSameFindingsEveryTime()
    {
        var runs = await Task.WhenAll(Enumerable.Range(0, ConcurrentRuns).Select(_ => RunPackAsync(DecompiledCorpus.Load(ConcurrencyCorpus))));

        var findings = runs.Select(run => run.Diagnostics.Select(diagnostic => diagnostic.ToString()).Order(StringComparer.Ordinal).ToList()).ToList();

        TestContext.Out.WriteLine($"{ConcurrentRuns} concurrent runs over {ConcurrencyCorpus} as production code: {findings[0].Count} findings each; {RuleCounts.Of(runs[0].Diagnostics)}");
        Assert.That(findings[0], Is.Not.Empty);
        Assert.That(findings.Skip(1), Has.All.EqualTo(findings[0]));
    }

    private static int Parameter(string name, int defaultValue) =>
        int.Parse(TestContext.Parameters.Get(name, defaultValue.ToString(System.Globalization.CultureInfo.InvariantCulture)), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every analyzer of the pack over <paramref name="compilation"/>.</summary>
    internal static Task<AnalyzerRun> RunPackAsync(Compilation compilation) => AnalyzerRunner.RunAsync(compilation, s_pack);
}
