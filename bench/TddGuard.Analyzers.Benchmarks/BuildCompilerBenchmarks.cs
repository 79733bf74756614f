using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TddGuard.Analyzers.Design;

namespace TddGuard.Analyzers.Benchmarks;

/// <summary>
/// What the pack adds to <c>dotnet build</c>: the SDK's own compiler, through the compiler server as builds use
/// it, compiling the generated corpus with and without the TddGuard analyzers. Figures are per 1,000 lines.
/// Reference points split the cost: analyzers that do nothing (what the compiler pays for running any analyzer at
/// all); the targeting pack's analyzers and generators, which every <c>dotnet build</c> of a .NET 7+ project runs even
/// with <c>EnableNETAnalyzers</c> off; and those with the SDK's own analyzers at their defaults, which a .NET 5+
/// project runs unless it turns them off. The pack is measured alone and on top of each of the last two.
/// </summary>
/// <remarks>
/// <see cref="AnalyzerPackBenchmarks"/> runs in process with <c>CompilationWithAnalyzers</c>, which binds every
/// method body once more to feed the analyzers than a build does (the compiler feeds them from the one binding it
/// emits from), so its ratio overstates the cost; it stays for the allocations. This pair measures the ratio a
/// build sees. The server is warmed by the warm-up iterations, as a developer's machine keeps it warm.
/// </remarks>
public class BuildCompilerBenchmarks
{
    internal const int ThousandsOfLines = CorpusGenerator.MinimumLines / 1000;
    private const string CompilerFileName = "csc.dll";
    private const string ServerFileName = "VBCSCompiler.dll";
    private const string ExecCommand = "exec";
    private const string FrameworkBuild = "The framework's analyzers";
    private const string SdkBuild = "The SDK's default analyzers";

    private string _workDirectory = string.Empty;
    private string _compiler = string.Empty;
    private string _pipeName = string.Empty;
    private string _responseFile = string.Empty;
    private string _analyzerPath = string.Empty;
    private string _doNothingAnalyzerPath = string.Empty;
    private string _noActionAnalyzerPath = string.Empty;
    private string[] _frameworkAnalyzers = [];
    private string[] _sdkAnalyzers = [];

    [GlobalSetup]
    public void WriteCorpusAndFindCompiler()
    {
        _workDirectory = Directory.CreateTempSubdirectory("tddguard-bench-").FullName;
        _compiler = SdkCompiler.Find();
        _pipeName = string.Create(CultureInfo.InvariantCulture, $"tddguard-bench-{Environment.ProcessId}");
        _analyzerPath = typeof(NestingTooDeepAnalyzer).Assembly.Location;
        _responseFile = CorpusOnDisk.Write(CorpusGenerator.Generate(), _workDirectory);
        _doNothingAnalyzerPath = DoNothingAnalyzer.Build(_workDirectory, "DoNothingAnalyzer", DoNothingAnalyzer.OneNodeAction);
        _noActionAnalyzerPath = DoNothingAnalyzer.Build(_workDirectory, "NoActionAnalyzer", DoNothingAnalyzer.NoAction);
        _frameworkAnalyzers = FrameworkAnalyzers.Arguments();
        _sdkAnalyzers = [.. _frameworkAnalyzers, .. SdkAnalyzers.Arguments(_compiler)];
    }

    [GlobalCleanup]
    public async Task StopServerAndDeleteCorpus()
    {
        await RunAsync(Path.Combine(Path.GetDirectoryName(_compiler)!, ServerFileName), "-shutdown", $"-pipename:{_pipeName}");
        Directory.Delete(_workDirectory, recursive: true);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = ThousandsOfLines)]
    public Task<int> BuildWithoutAnalyzers() => CompileAsync();

    [Benchmark(OperationsPerInvoke = ThousandsOfLines)]
    public Task<int> BuildWithTddGuard() => CompileAsync($"-analyzer:{_analyzerPath}");

    /// <summary>The compiler's fixed cost of analysis: one analyzer that does nothing in one syntax-node action.</summary>
    [Benchmark(OperationsPerInvoke = ThousandsOfLines)]
    public Task<int> BuildWithADoNothingAnalyzer() => CompileAsync($"-analyzer:{_doNothingAnalyzerPath}");

    /// <summary>The same with an analyzer that registers no action at all: the analyzer driver alone.</summary>
    [Benchmark(OperationsPerInvoke = ThousandsOfLines)]
    public Task<int> BuildWithAnAnalyzerThatRegistersNoAction() => CompileAsync($"-analyzer:{_noActionAnalyzerPath}");

    /// <summary>
    /// The targeting pack's analyzers and source generators, which a build of a .NET 7+ project passes to the compiler
    /// whether <c>EnableNETAnalyzers</c> is on or off: the least analysis a <c>dotnet build</c> runs.
    /// </summary>
    [Benchmark(OperationsPerInvoke = ThousandsOfLines)]
    public Task<int> BuildWithFrameworkAnalyzers() => CompileAsync(_frameworkAnalyzers);

    [Benchmark(OperationsPerInvoke = ThousandsOfLines)]
    public Task<int> BuildWithFrameworkAnalyzersAndTddGuard() => CompileAsync([.. _frameworkAnalyzers, $"-analyzer:{_analyzerPath}"]);

    [Benchmark(OperationsPerInvoke = ThousandsOfLines)]
    public Task<int> BuildWithSdkAnalyzers() => CompileAsync(_sdkAnalyzers);

    [Benchmark(OperationsPerInvoke = ThousandsOfLines)]
    public Task<int> BuildWithSdkAnalyzersAndTddGuard() => CompileAsync([.. _sdkAnalyzers, $"-analyzer:{_analyzerPath}"]);

    /// <summary>
    /// The builds above by name, for <see cref="InterleavedBuilds"/>: the baseline first; <c>AlsoAgainst</c> names
    /// another build one is compared with as well (the pack on top of the SDK's analyzers, against those alone).
    /// </summary>
    public ImmutableArray<(string Name, Func<Task<int>> Build, string? AlsoAgainst)> Builds() =>
    [
        ("Without analyzers", BuildWithoutAnalyzers, null),
        ("An analyzer that registers no action", BuildWithAnAnalyzerThatRegistersNoAction, null),
        ("An analyzer that does nothing in one syntax-node action", BuildWithADoNothingAnalyzer, null),
        ("With TddGuard", BuildWithTddGuard, null),
        (FrameworkBuild, BuildWithFrameworkAnalyzers, null),
        ("The framework's analyzers and TddGuard", BuildWithFrameworkAnalyzersAndTddGuard, FrameworkBuild),
        (SdkBuild, BuildWithSdkAnalyzers, null),
        ("The SDK's default analyzers and TddGuard", BuildWithSdkAnalyzersAndTddGuard, SdkBuild),
    ];

    private Task<int> CompileAsync(params string[] analysis) =>
        RunAsync(_compiler, [$"-shared:{_pipeName}", "-nologo", "-noconfig", .. analysis, $"@{_responseFile}"]);

    /// <summary>Runs a managed tool of the SDK with <c>dotnet exec</c>; the compiler's output is read and dropped.</summary>
    private static async Task<int> RunAsync(string tool, params string[] arguments)
    {
        // The .NET host rather than Environment.ProcessPath, which is this benchmark's own executable when it runs as
        // an app (dotnet run ... -- --interleaved) instead of under BenchmarkDotNet.
        var start = new ProcessStartInfo(SdkCompiler.Host())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ExecCommand);
        start.ArgumentList.Add(tool);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(tool)} exited with {process.ExitCode}: {await errors.ConfigureAwait(false)}{await output.ConfigureAwait(false)}");
        }

        return (await output.ConfigureAwait(false)).Length;
    }

    /// <summary>The compiler of the newest SDK next to the running runtime.</summary>
    private static class SdkCompiler
    {
        private const string HostName = "dotnet";
        private const string SdkFolder = "sdk";
        private const string CompilerFolder = "Roslyn/bincore";

        public static string Find()
        {
            var sdks = Path.Combine(Root().FullName, SdkFolder);
            return NewestVersion(sdks, Path.Combine(CompilerFolder, CompilerFileName), _ => true)
                ?? throw new InvalidOperationException($"No SDK compiler ({CompilerFileName}) under {sdks}.");
        }

        /// <summary>
        /// <paramref name="within"/> inside the newest folder under <paramref name="parent"/> named for a version
        /// (<c>10.0.401</c>, <c>10.0.100-rc.1</c>) that <paramref name="accepts"/>, where it exists; null when none has it.
        /// </summary>
        public static string? NewestVersion(string parent, string within, Func<Version, bool> accepts)
        {
            var folder = new DirectoryInfo(parent);
            return folder.Exists
                ? folder.EnumerateDirectories()
                    .Select(child => (Version: Version.TryParse(child.Name.Split('-')[0], out var version) ? version : null, Path: Path.Combine(child.FullName, within)))
                    .Where(candidate => candidate.Version is { } version && accepts(version) && Path.Exists(candidate.Path))
                    .OrderByDescending(candidate => candidate.Version)
                    .Select(candidate => candidate.Path)
                    .FirstOrDefault()
                : null;
        }

        /// <summary>The <c>dotnet</c> host of the running runtime.</summary>
        public static string Host() => Path.Combine(Root().FullName, OperatingSystem.IsWindows() ? HostName + ".exe" : HostName);

        /// <summary><c>&lt;root&gt;/shared/Microsoft.NETCore.App/&lt;version&gt;/</c> → <c>&lt;root&gt;</c>.</summary>
        public static DirectoryInfo Root()
        {
            var runtime = new DirectoryInfo(RuntimeEnvironment.GetRuntimeDirectory());
            return runtime.Parent?.Parent?.Parent ?? throw new InvalidOperationException($"No .NET root above {runtime.FullName}.");
        }
    }

    /// <summary>
    /// Analyzers that do nothing, compiled when the benchmark starts: what the compiler pays for running any analyzer
    /// at all. <see cref="Build"/> takes what <c>Initialize</c> registers besides its configuration.
    /// </summary>
    private static class DoNothingAnalyzer
    {
        /// <summary>One syntax-node action on invocations, which does nothing.</summary>
        public const string OneNodeAction = "context.RegisterSyntaxNodeAction(_ => { }, SyntaxKind.InvocationExpression);";

        /// <summary>No action at all: the analyzer only says it may run concurrently and skips generated code.</summary>
        public const string NoAction = "";

        private const string SourceTemplate = """
            using System.Collections.Immutable;
            using Microsoft.CodeAnalysis;
            using Microsoft.CodeAnalysis.CSharp;
            using Microsoft.CodeAnalysis.Diagnostics;

            [DiagnosticAnalyzer(LanguageNames.CSharp)]
            public sealed class DoNothing : DiagnosticAnalyzer
            {
                private static readonly DiagnosticDescriptor s_rule =
                    new("NOTHING1", "Nothing", "Nothing", "Nothing", DiagnosticSeverity.Warning, isEnabledByDefault: true);

                public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(s_rule);

                public override void Initialize(AnalysisContext context)
                {
                    context.EnableConcurrentExecution();
                    context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                    REGISTRATION
                }
            }
            """;

        private const string RegistrationPlaceholder = "REGISTRATION";

        public static string Build(string directory, string assemblyName, string registration)
        {
            var references = CorpusGenerator.PlatformReferencePaths()
                .Append(typeof(DiagnosticAnalyzer).Assembly.Location)
                .Append(typeof(CSharpSyntaxTree).Assembly.Location)
                .Select(path => MetadataReference.CreateFromFile(path));
            var compilation = CSharpCompilation.Create(
                assemblyName,
                [CSharpSyntaxTree.ParseText(SourceTemplate.Replace(RegistrationPlaceholder, registration, StringComparison.Ordinal))],
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var path = Path.Combine(directory, assemblyName + ".dll");
            using var assembly = File.Create(path);
            var emitted = compilation.Emit(assembly);
            return emitted.Success
                ? path
                : throw new InvalidOperationException($"The do-nothing analyzer {assemblyName} does not compile: {string.Join(Environment.NewLine, emitted.Diagnostics)}");
        }
    }

    /// <summary>
    /// The analyzers and source generators of the targeting pack the running runtime belongs to
    /// (<c>&lt;root&gt;/packs/Microsoft.NETCore.App.Ref/&lt;version&gt;/analyzers/dotnet/cs</c>), as a build passes them.
    /// </summary>
    private static class FrameworkAnalyzers
    {
        private const string PacksFolder = "packs/Microsoft.NETCore.App.Ref";
        private const string AnalyzersFolder = "analyzers/dotnet/cs";
        private const string AssemblyPattern = "*.dll";

        public static string[] Arguments()
        {
            // The newest targeting pack of the running runtime's major and minor version, as a build picks it.
            var folder = SdkCompiler.NewestVersion(
                Path.Combine(SdkCompiler.Root().FullName, PacksFolder),
                AnalyzersFolder,
                version => version.Major == Environment.Version.Major && version.Minor == Environment.Version.Minor);
            var assemblies = folder is null ? [] : Directory.GetFiles(folder, AssemblyPattern);
            return assemblies.Length > 0
                ? [.. assemblies.Order(StringComparer.Ordinal).Select(path => $"-analyzer:{path}")]
                : throw new InvalidOperationException($"No targeting pack analyzers for .NET {Environment.Version.ToString(2)} under {PacksFolder}: install the SDK of the running runtime.");
        }
    }

    /// <summary>
    /// The SDK's code analysis as a build of a .NET 5+ project passes it (<c>EnableNETAnalyzers</c> defaults to
    /// true): its analyzers and the global configuration of the default analysis level.
    /// </summary>
    private static class SdkAnalyzers
    {
        private const string AnalyzersFolder = "../../Sdks/Microsoft.NET.Sdk/analyzers";
        private const string DefaultLevelPattern = "analysislevel_*_default.globalconfig";
        private static readonly ImmutableArray<string> s_assemblies = ["Microsoft.CodeAnalysis.NetAnalyzers.dll", "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll"];

        public static string[] Arguments(string compiler)
        {
            // <sdk>/Roslyn/bincore/csc.dll -> <sdk>/Sdks/Microsoft.NET.Sdk/analyzers
            var folder = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(compiler)!, AnalyzersFolder));
            var defaultLevel = Directory.GetFiles(Path.Combine(folder, "build", "config"), DefaultLevelPattern)
                .OrderByDescending(Level)
                .FirstOrDefault() ?? throw new InvalidOperationException($"No {DefaultLevelPattern} under {folder}.");
            return [.. s_assemblies.Select(name => $"-analyzer:{Path.Combine(folder, name)}"), $"-analyzerconfig:{defaultLevel}"];
        }

        /// <summary>10 for <c>analysislevel_10_default.globalconfig</c>.</summary>
        private static int Level(string path) =>
            int.TryParse(Path.GetFileName(path).Split('_')[1], NumberStyles.None, CultureInfo.InvariantCulture, out var level) ? level : -1;
    }

    /// <summary>The corpus as files, and a response file that compiles them as a library against the runtime.</summary>
    private static class CorpusOnDisk
    {
        private const string ResponseFileName = "corpus.rsp";
        private const string FixedOptions = "-target:library -nullable:enable -langversion:12 -deterministic -debug:portable";

        public static string Write(ImmutableArray<SyntaxTree> corpus, string directory)
        {
            var response = new StringBuilder().AppendLine(FixedOptions);
            response.AppendLine(CultureInfo.InvariantCulture, $"-out:\"{Path.Combine(directory, "Corpus.dll")}\"");
            foreach (var reference in CorpusGenerator.PlatformReferencePaths())
            {
                response.AppendLine(CultureInfo.InvariantCulture, $"-reference:\"{reference}\"");
            }

            foreach (var tree in corpus)
            {
                var path = Path.Combine(directory, Path.GetFileName(tree.FilePath));
                File.WriteAllText(path, tree.GetText().ToString(), Encoding.UTF8);
                response.AppendLine(CultureInfo.InvariantCulture, $"\"{path}\"");
            }

            var responseFile = Path.Combine(directory, ResponseFileName);
            File.WriteAllText(responseFile, response.ToString());
            return responseFile;
        }
    }
}
