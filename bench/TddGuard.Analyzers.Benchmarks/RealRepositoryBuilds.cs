using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;

namespace TddGuard.Analyzers.Benchmarks;

/// <summary>
/// The analyzer pack in a real <c>dotnet build</c> of a real repository, beside Roslynator.Analyzers in the same
/// compilation: <c>dotnet run -c Release --project bench/TddGuard.Analyzers.Benchmarks -- --real &lt;project&gt;
/// --rounds N [--framework TFM]</c>. Each round rebuilds the project (<c>--no-incremental</c>) with
/// <c>-p:ReportAnalyzer=true</c> and reads the compiler's analyzer summary from the log
/// (<see cref="AnalyzerTimeReport"/>). Nothing in the repository changes: the analyzers come in through a
/// throw-away MSBuild file passed as <c>CustomAfterMicrosoftCommonTargets</c>, which imports the package's build
/// files from this repository and adds TddGuard's analyzers as this benchmark was built with them and Roslynator's
/// from the NuGet cache (restored with this benchmark). Warnings are not errors in these builds.
/// </summary>
public static class RealRepositoryBuilds
{
    public const string TddGuard = "TddGuard.Analyzers";
    public const string Roslynator = "Roslynator.CSharp.Analyzers";

    private const int TopAnalyzers = 5;
    private const int LogLinesShownOnFailure = 30;
    private const string RoslynatorPackageMetadata = "RoslynatorAnalyzersPackage";

    public static async Task<int> RunAsync(RealRepositoryOptions options, CancellationToken cancellationToken)
    {
        var project = Path.GetFullPath(options.Project);
        if (!File.Exists(project))
        {
            await Console.Error.WriteLineAsync($"No project or solution at {project}.").ConfigureAwait(false);
            return 2;
        }

        var wiring = Path.Combine(Path.GetTempPath(), $"tddguard-real-{Guid.NewGuid():N}.targets");
        await File.WriteAllTextAsync(wiring, WiringTargets(), cancellationToken).ConfigureAwait(false);
        try
        {
            var reports = new List<IReadOnlyList<AnalyzerAssemblyTime>>();
            for (var round = 0; round < options.Rounds; round++)
            {
                var (exitCode, log) = await BuildAsync(project, options.Framework, wiring, cancellationToken).ConfigureAwait(false);
                var report = AnalyzerTimeReport.Parse(log);
                if (AnalyzerTimeReport.SecondsOf(report, TddGuard) == 0)
                {
                    await Console.Error.WriteLineAsync($"Build {round + 1} (exit code {exitCode}) printed no analyzer time of {TddGuard}; its log ends:{Environment.NewLine}{string.Join(Environment.NewLine, log.TakeLast(LogLinesShownOnFailure))}").ConfigureAwait(false);
                    return 1;
                }

                reports.Add(report);
                await Console.Error.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"build {round + 1} of {options.Rounds}: {TddGuard} {AnalyzerTimeReport.SecondsOf(report, TddGuard):F3} s, {Roslynator} {AnalyzerTimeReport.SecondsOf(report, Roslynator):F3} s")).ConfigureAwait(false);
            }

            Print(project, options, reports);
            return 0;
        }
        finally
        {
            File.Delete(wiring);
        }
    }

    private static async Task<(int ExitCode, List<string> Log)> BuildAsync(string project, string? framework, string wiring, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in BuildArguments(project, framework, wiring))
        {
            start.ArgumentList.Add(argument);
        }

        using var build = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var log = new List<string>();
        var errors = build.StandardError.ReadToEndAsync(cancellationToken);
        while (await build.StandardOutput.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            log.Add(line);
        }

        log.AddRange((await errors.ConfigureAwait(false)).Split('\n'));
        await build.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return (build.ExitCode, log);
    }

    /// <summary>The <c>dotnet build</c> command line of one round.</summary>
    public static IReadOnlyList<string> BuildArguments(string project, string? framework, string wiring)
    {
        var arguments = new List<string>
        {
            "build", project, "-c", "Release", "--no-incremental", "-v:d", "-nologo",
            "-p:ReportAnalyzer=true", "-p:TreatWarningsAsErrors=false", $"-p:CustomAfterMicrosoftCommonTargets={wiring}",
        };
        if (framework is not null)
        {
            arguments.AddRange(["--framework", framework]);
        }

        return arguments;
    }

    private static string WiringTargets()
    {
        var build = Path.Combine(RepositoryRoot(), "build");
        var tddGuard = Path.Combine(AppContext.BaseDirectory, TddGuard + ".dll");
        var roslynator = RoslynatorAnalyzers();
        return $"""
            <Project>
              <Import Project="{Path.Combine(build, "TddGuard.props")}" />
              <Import Project="{Path.Combine(build, "TddGuard.targets")}" />
              <ItemGroup>
                <Analyzer Include="{tddGuard}" />
                <Analyzer Include="{Path.Combine(roslynator, "*.dll")}" />
              </ItemGroup>
            </Project>
            """;
    }

    /// <summary>
    /// Roslynator's analyzers for the newest compiler its package serves (<c>analyzers/dotnet/roslynX.Y/cs</c>),
    /// as NuGet picks them for the SDK's compiler. The package folder is written into this assembly at build time.
    /// </summary>
    private static string RoslynatorAnalyzers()
    {
        var package = typeof(RealRepositoryBuilds).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == RoslynatorPackageMetadata)?.Value;
        var analyzers = package is null ? null : Path.Combine(package, "analyzers", "dotnet");
        if (analyzers is null || !Directory.Exists(analyzers))
        {
            throw new DirectoryNotFoundException($"Roslynator.Analyzers is not in the NuGet cache ({package}); restore this benchmark first.");
        }

        var newest = Directory.GetDirectories(analyzers, "roslyn*")
            .Select(folder => (Folder: folder, Version: Version.TryParse(Path.GetFileName(folder)["roslyn".Length..], out var version) ? version : null))
            .Where(candidate => candidate.Version is not null)
            .MaxBy(candidate => candidate.Version)
            .Folder;
        return Path.Combine(newest ?? throw new DirectoryNotFoundException($"No roslynX.Y folder in {analyzers}."), "cs");
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "TddGuard.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No TddGuard.sln above {AppContext.BaseDirectory}.");
    }

    private static void Print(string project, RealRepositoryOptions options, List<IReadOnlyList<AnalyzerAssemblyTime>> reports)
    {
        var tddGuard = reports.Select(report => AnalyzerTimeReport.SecondsOf(report, TddGuard)).ToList();
        var roslynator = reports.Select(report => AnalyzerTimeReport.SecondsOf(report, Roslynator)).ToList();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{project}{(options.Framework is null ? "" : $" ({options.Framework})")}: {reports.Count} builds, {Environment.ProcessorCount} cores, compiler-reported analyzer time, medians:"));
        Console.WriteLine();
        Console.WriteLine("| Analyzers | Median | Range |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var assembly in reports.SelectMany(report => report).Select(assembly => assembly.Name).Distinct())
        {
            var seconds = reports.Select(report => AnalyzerTimeReport.SecondsOf(report, assembly)).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {assembly} | {InterleavedRounds.Median(seconds):F3} s | {seconds.Min():F3}–{seconds.Max():F3} s |"));
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{TddGuard} against {Roslynator} in the same build: {(roslynator.All(seconds => seconds > 0) ? InterleavedRounds.PairedRatio(tddGuard, roslynator).ToString("F2", CultureInfo.InvariantCulture) : "no Roslynator time")} (median of the builds' ratios)"));
        Console.WriteLine();
        Console.WriteLine($"| {TddGuard} analyzer | Median | Range |");
        Console.WriteLine("|---|---:|---:|");
        var analyzers = reports
            .SelectMany(report => report.Where(assembly => assembly.Name == TddGuard).SelectMany(assembly => assembly.Analyzers))
            .GroupBy(analyzer => analyzer.Name)
            .Select(times => (Name: times.Key, Seconds: times.Select(time => time.Seconds).ToList()))
            .OrderByDescending(times => InterleavedRounds.Median(times.Seconds))
            .Take(TopAnalyzers);
        foreach (var (name, seconds) in analyzers)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {InterleavedRounds.Median(seconds):F3} s | {seconds.Min():F3}–{seconds.Max():F3} s |"));
        }
    }
}
