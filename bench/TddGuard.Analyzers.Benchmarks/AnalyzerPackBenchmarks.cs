using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TddGuard.Analyzers.Design;

namespace TddGuard.Analyzers.Benchmarks;

/// <summary>
/// What TddGuard adds to a build: the whole analyzer pack over a generated corpus of 50,000+ lines, next to the
/// compile (bind and emit) of the same corpus without analyzers. Figures are per 1,000 lines of the corpus.
/// Target: the pack adds less than 10% to the compile time.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerPackBenchmarks
{
    private const int ThousandsOfLines = CorpusGenerator.MinimumLines / 1000;

    private ImmutableArray<SyntaxTree> _corpus;
    private ImmutableArray<DiagnosticAnalyzer> _pack;
    private CSharpCompilation _compilation = null!;

    [GlobalSetup]
    public void LoadCorpusAndPack()
    {
        _corpus = CorpusGenerator.Generate();
        _pack = [.. typeof(NestingTooDeepAnalyzer).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)];
    }

    /// <summary>A compilation with nothing bound yet, as a build starts with.</summary>
    [IterationSetup]
    public void StartFreshCompilation() => _compilation = CorpusGenerator.Compile(_corpus);

    [Benchmark(Baseline = true, OperationsPerInvoke = ThousandsOfLines)]
    public int CompileWithoutAnalyzers()
    {
        using var assembly = new MemoryStream();
        return _compilation.Emit(assembly).Diagnostics.Length;
    }

    [Benchmark(OperationsPerInvoke = ThousandsOfLines)]
    public async Task<int> CompileWithTddGuard()
    {
        var withAnalyzers = _compilation.WithAnalyzers(
            _pack,
            new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var findings = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);

        // Emit from the compilation the analyzers bound, as the compiler shares one semantic model with them.
        using var assembly = new MemoryStream();
        return findings.Length + withAnalyzers.Compilation.Emit(assembly).Diagnostics.Length;
    }
}
