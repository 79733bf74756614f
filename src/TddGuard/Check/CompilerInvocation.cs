using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace TddGuard.Check;

/// <summary>
/// One project's C# compiler command line, as the build logic <c>tddguard check</c> injects records it
/// (<see cref="BuildInjection"/>: <c>logs/&lt;project&gt;/&lt;framework&gt;.csc</c>, a header then one argument per line),
/// so the project can be compiled again in-process — sources, references, language version, defines and
/// .editorconfig/.globalconfig severities exactly as the build had them.
/// </summary>
/// <param name="Project">The project's name (its log folder).</param>
/// <param name="Directory">The project's folder, against which relative paths resolve.</param>
/// <param name="IsTestProject">Whether the build took the project for a test project.</param>
/// <param name="Arguments">The compiler's arguments.</param>
/// <param name="Output">The assembly the build put in the project's output folder (<c>$(TargetPath)</c>), when recorded.</param>
internal sealed record CompilerInvocation(string Project, string Directory, bool IsTestProject, IReadOnlyList<string> Arguments, string? Output = null)
{
    /// <summary>The record's file extension.</summary>
    public const string Extension = ".csc";

    /// <summary>The header line that names the project's folder.</summary>
    public const string DirectoryHeader = "#directory=";

    /// <summary>The header line that says whether it is a test project (<c>true</c> or empty).</summary>
    public const string TestHeader = "#test=";

    /// <summary>The header line that names the assembly in the project's output folder.</summary>
    public const string OutputHeader = "#output=";

    private const string True = "true";

    /// <summary>Reads the record <paramref name="file"/>.</summary>
    /// <exception cref="TddGuardInputException">It is not such a record.</exception>
    public static CompilerInvocation Read(string file)
    {
        var lines = File.ReadAllLines(file);
        var directory = Header(lines, DirectoryHeader);
        var test = Header(lines, TestHeader);
        if (directory is null || test is null)
        {
            throw new TddGuardInputException($"{file} is not a compiler command line recorded by tddguard check (its {DirectoryHeader} and {TestHeader} lines are missing).");
        }

        var arguments = lines
            .Where(line => line.Length > 0 && !IsHeader(line))
            .SelectMany(line => CommandLineParser.SplitCommandLineIntoArguments(line, removeHashComments: false))
            .ToList();
        var project = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(file)))!;
        return new CompilerInvocation(project, directory, string.Equals(test.Trim(), True, StringComparison.OrdinalIgnoreCase), arguments, Header(lines, OutputHeader));
    }

    /// <summary>The full paths of the source files the command line compiles.</summary>
    public IEnumerable<string> SourceFiles => Parse().SourceFiles.Select(source => Path.GetFullPath(source.Path));

    /// <summary>The command line as the compiler reads it, relative paths resolved against <see cref="Directory"/>.</summary>
    public CSharpCommandLineArguments Parse() => CSharpCommandLineParser.Default.Parse(Arguments, Directory, sdkDirectory: null);

    /// <summary>The compilation the build made, with the severities its analyzer configuration files set.</summary>
    /// <exception cref="TddGuardInputException">A source or configuration file cannot be read.</exception>
    public CSharpCompilation Compile(CancellationToken cancellationToken)
    {
        var parsed = Parse();
        var trees = parsed.SourceFiles
            .Select(source => CSharpSyntaxTree.ParseText(ReadSource(source.Path, parsed), parsed.ParseOptions, source.Path, cancellationToken))
            .ToList();
        var references = parsed.MetadataReferences
            .Where(reference => File.Exists(reference.Reference))
            .Select(reference => (MetadataReference)MetadataReference.CreateFromFile(reference.Reference, reference.Properties));
        var options = parsed.CompilationOptions.WithSyntaxTreeOptionsProvider(AnalyzerConfigSeverities.For(trees, parsed.AnalyzerConfigPaths, ReadConfig));
        return CSharpCompilation.Create(parsed.CompilationName ?? Project, trees, references, options);
    }

    private static SourceText ReadSource(string path, CSharpCommandLineArguments parsed)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return SourceText.From(stream, parsed.Encoding, parsed.ChecksumAlgorithm);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new TddGuardInputException($"{path}, a source file of the build, cannot be read ({exception.Message}).", exception);
        }
    }

    private static string ReadConfig(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new TddGuardInputException($"{path}, an analyzer configuration file of the build, cannot be read ({exception.Message}).", exception);
        }
    }

    private static bool IsHeader(string line) =>
        line.StartsWith(DirectoryHeader, StringComparison.Ordinal) || line.StartsWith(TestHeader, StringComparison.Ordinal) || line.StartsWith(OutputHeader, StringComparison.Ordinal);

    private static string? Header(string[] lines, string prefix) =>
        lines.FirstOrDefault(line => line.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..];
}

/// <summary>The diagnostic severities and generated-code marks the .editorconfig and .globalconfig files give each tree.</summary>
internal sealed class AnalyzerConfigSeverities : SyntaxTreeOptionsProvider
{
    private const string GeneratedCode = "generated_code";

    private readonly ImmutableDictionary<SyntaxTree, AnalyzerConfigOptionsResult> _trees;
    private readonly AnalyzerConfigOptionsResult _global;

    private AnalyzerConfigSeverities(ImmutableDictionary<SyntaxTree, AnalyzerConfigOptionsResult> trees, AnalyzerConfigOptionsResult global)
    {
        _trees = trees;
        _global = global;
    }

    public static AnalyzerConfigSeverities For(IReadOnlyList<SyntaxTree> trees, ImmutableArray<string> configPaths, Func<string, string> read)
    {
        var configs = configPaths.Select(path => AnalyzerConfig.Parse(SourceText.From(read(path)), path)).ToList();
        var set = AnalyzerConfigSet.Create(configs);
        return new AnalyzerConfigSeverities(
            trees.ToImmutableDictionary(tree => tree, tree => set.GetOptionsForSourcePath(tree.FilePath)),
            set.GlobalConfigOptions);
    }

    public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) =>
        _trees.TryGetValue(tree, out var options) && options.AnalyzerOptions.TryGetValue(GeneratedCode, out var value) && bool.TryParse(value, out var generated)
            ? generated ? GeneratedKind.MarkedGenerated : GeneratedKind.NotGenerated
            : GeneratedKind.Unknown;

    public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
    {
        severity = ReportDiagnostic.Default;
        return _trees.TryGetValue(tree, out var options) && options.TreeOptions.TryGetValue(diagnosticId, out severity);
    }

    public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
        _global.TreeOptions.TryGetValue(diagnosticId, out severity);
}
