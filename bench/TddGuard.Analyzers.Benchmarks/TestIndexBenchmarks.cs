using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TddGuard.Analyzers.Tdd;

namespace TddGuard.Analyzers.Benchmarks;

/// <summary>
/// The UntestedCodeAnalyzer's test index (<c>TestReferenceIndex.Build</c>, what the analyzer does at the start of
/// each compilation): a generated NUnit suite of 100,000+ lines, handed over as additional files marked
/// <c>TddGuardTestSource</c> as the package's build files hand them over, indexed for a production project of ten
/// corpus files. Cold: an empty cache, so every test file is parsed (the first compilation of a build or an IDE
/// session). Warm: the cache of the analyzer that indexed the suite before, for a new compilation with the same
/// test texts (the next keystroke in production code). The baseline indexes a one-file suite.
/// Target: cold under 1 s, warm near zero.
/// </summary>
[MemoryDiagnoser]
public class TestIndexBenchmarks
{
    private const int ProductionFiles = 10;

    private ImmutableArray<SyntaxTree> _production;
    private ImmutableArray<AdditionalText> _suite;
    private ImmutableArray<AdditionalText> _oneFile;
    private ConditionalWeakTable<SourceText, TestFileReferences> _warmCache = null!;
    private CSharpCompilation _compilation = null!;

    [GlobalSetup]
    public void GenerateProductionAndSuite()
    {
        _production = [.. CorpusGenerator.Generate().Take(ProductionFiles)];
        var texts = TestSuiteGenerator.Generate(ProductionFiles);
        _suite = TestReferenceIndex.FindTestSources(TestSources.Options(texts));
        _oneFile = TestReferenceIndex.FindTestSources(TestSources.Options([texts[0]]));
        if (_suite.Length != texts.Length)
        {
            throw new InvalidOperationException($"Only {_suite.Length} of {texts.Length} generated files carry the test source metadata the analyzer looks for.");
        }

        _warmCache = new ConditionalWeakTable<SourceText, TestFileReferences>();
        Index(_suite, _warmCache, CorpusGenerator.Compile(_production));
    }

    /// <summary>A compilation with nothing bound yet, as each build or keystroke starts with.</summary>
    [IterationSetup]
    public void StartFreshCompilation() => _compilation = CorpusGenerator.Compile(_production);

    [Benchmark(Baseline = true)]
    public bool OneTestFile() => Index(_oneFile, new ConditionalWeakTable<SourceText, TestFileReferences>(), _compilation);

    [Benchmark]
    public bool TestIndexCold() => Index(_suite, new ConditionalWeakTable<SourceText, TestFileReferences>(), _compilation);

    [Benchmark]
    public bool TestIndexWarm() => Index(_suite, _warmCache, _compilation);

    /// <summary>Builds the index and asks it one question, so nothing is left unevaluated.</summary>
    private static bool Index(ImmutableArray<AdditionalText> sources, ConditionalWeakTable<SourceText, TestFileReferences> cache, Compilation compilation) =>
        TestReferenceIndex.Build(sources, compilation, cache, CancellationToken.None).MayIndex;
}

/// <summary>Test texts as additional files with the metadata TddGuard's build files give test sources.</summary>
internal static class TestSources
{
    private const string TestSourceMetadata = "build_metadata.AdditionalFiles.TddGuardTestSource";
    private const string Folder = "/tests/Corpus.Tests/";

    public static AnalyzerOptions Options(IReadOnlyList<SourceText> texts)
    {
        var files = texts
            .Select((text, index) => (AdditionalText)new InMemoryAdditionalText(Folder + "Tests" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".cs", text))
            .ToImmutableArray();
        return new AnalyzerOptions(files, new TestSourceOptionsProvider());
    }

    private sealed class InMemoryAdditionalText(string path, SourceText text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    /// <summary>Every additional file is a test source; nothing else is configured.</summary>
    private sealed class TestSourceOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions s_testSource = new DictionaryOptions(ImmutableDictionary<string, string>.Empty.Add(TestSourceMetadata, bool.TrueString));
        private static readonly AnalyzerConfigOptions s_none = new DictionaryOptions(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GlobalOptions => s_none;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => s_none;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => s_testSource;
    }

    private sealed class DictionaryOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
