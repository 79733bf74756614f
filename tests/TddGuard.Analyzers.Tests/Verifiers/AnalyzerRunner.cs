using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace TddGuard.Analyzers.Tests.Verifiers;

/// <summary>
/// Runs analyzers over arbitrary, possibly broken, source and captures every exception they throw, which the
/// verifiers cannot do for code that does not compile.
/// </summary>
internal static class AnalyzerRunner
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_platformReferences = new(LoadPlatformReferences);

    public static Task<AnalyzerRun> RunAsync(string source, params DiagnosticAnalyzer[] analyzers) =>
        RunAsync(source, s_platformReferences.Value, analyzers);

    /// <summary>Runs over one file compiled against <paramref name="references"/> (e.g. with a stubbed test framework).</summary>
    public static Task<AnalyzerRun> RunAsync(string source, ImmutableArray<MetadataReference> references, params DiagnosticAnalyzer[] analyzers) =>
        RunAsync(Compile(source, references), [.. analyzers]);

    /// <summary>One file against the platform, the analyzers seeing <paramref name="additionalFiles"/>.</summary>
    public static Task<AnalyzerRun> RunWithAdditionalFilesAsync(string source, DiagnosticAnalyzer analyzer, params (string Path, string Text)[] additionalFiles) =>
        RunAsync(Compile(source, s_platformReferences.Value), [analyzer], additionalFiles);

    private static CSharpCompilation Compile(string source, ImmutableArray<MetadataReference> references)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "/0/Test0.cs");
        return CSharpCompilation.Create("Broken", [tree], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    /// <summary>Runs concurrently, as the compiler does, collecting every analyzer exception instead of failing on the first.</summary>
    public static async Task<AnalyzerRun> RunAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, params (string Path, string Text)[] additionalFiles)
    {
        var exceptions = new ConcurrentQueue<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([.. additionalFiles.Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Text))]),
            onAnalyzerException: (exception, _, _) => exceptions.Enqueue(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation
            .WithAnalyzers(analyzers, options)
            .GetAnalyzerDiagnosticsAsync()
            .ConfigureAwait(false);

        return new AnalyzerRun(diagnostics, [.. exceptions]);
    }

    private static ImmutableArray<MetadataReference> LoadPlatformReferences() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) == "netstandard.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];
}

internal sealed record AnalyzerRun(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<Exception> Exceptions);

internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
}
