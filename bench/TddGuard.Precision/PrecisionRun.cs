using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TddGuard.Check;
using TddGuard.Evidence;

namespace TddGuard.Precision;

/// <summary>
/// The harness: runs <c>tddguard check --no-test</c> on a repository (its TG1001/TG1002 as check decides them), runs the
/// repository's tests once with coverlet's collector, and classes every finding by whether the tests executed its code.
/// </summary>
/// <param name="progress">Told what is happening.</param>
internal sealed class PrecisionRun(Action<string> progress)
{
    private const long MaxCoverageCharacters = 1L << 31;
    private const string TddGuardSolution = "TddGuard.sln";

    /// <summary>Measures and writes precision.md, findings.tsv and findings.json into the output folder; returns the figures.</summary>
    /// <exception cref="InvalidOperationException">check or the test run failed, or gave nothing to measure.</exception>
    public async Task<IReadOnlyList<RuleFigures>> RunAsync(PrecisionOptions options, TextWriter report, CancellationToken cancellationToken)
    {
        var root = RepositoryCheck.RepositoryRootOf(options.Target);
        var name = Path.GetFileName(root);
        var output = options.Output ?? Path.Combine(Directory.GetCurrentDirectory(), "artifacts", "precision", name);
        Directory.CreateDirectory(output);
        var checkReport = options.CheckReport ?? await CheckAsync(options, output, cancellationToken).ConfigureAwait(false);
        var coverageFiles = options.Coverage.Count > 0 ? options.Coverage : await TestAsync(options.Target, output, cancellationToken).ConfigureAwait(false);

        var (reportRoot, findings) = CheckReportFindings.Read(await File.ReadAllTextAsync(checkReport, cancellationToken).ConfigureAwait(false));
        var coverage = new CoverageLines();
        foreach (var file in coverageFiles)
        {
            coverage.Add(SafeXml.Load(file, MaxCoverageCharacters));
        }

        progress($"{findings.Count} TG1001/TG1002 findings, coverage of {coverage.FileCount} files from {coverageFiles.Count} Cobertura file(s).");
        var classified = findings.Select(finding => FindingClassifier.Classify(finding, reportRoot, coverage, ReadSource)).ToList();
        var figures = PrecisionSummary.Of(classified);
        await WriteAsync(output, name, figures, classified, cancellationToken).ConfigureAwait(false);
        PrecisionWriter.Markdown(report, name, figures, classified);
        progress($"Written: {output}");
        return figures;
    }

    private static string? ReadSource(string path) => File.Exists(path) ? File.ReadAllText(path) : null;

    private static async Task WriteAsync(string output, string name, IReadOnlyList<RuleFigures> figures, List<ClassifiedFinding> classified, CancellationToken cancellationToken)
    {
        using (var markdown = new StringWriter())
        {
            PrecisionWriter.Markdown(markdown, name, figures, classified);
            await File.WriteAllTextAsync(Path.Combine(output, "precision.md"), markdown.ToString(), cancellationToken).ConfigureAwait(false);
        }

        using (var tsv = new StringWriter())
        {
            PrecisionWriter.Tsv(tsv, classified);
            await File.WriteAllTextAsync(Path.Combine(output, "findings.tsv"), tsv.ToString(), cancellationToken).ConfigureAwait(false);
        }

        var json = File.Create(Path.Combine(output, "findings.json"));
        await using (json.ConfigureAwait(false))
        {
            PrecisionWriter.Json(json, name, figures, classified);
        }
    }

    private async Task<string> CheckAsync(PrecisionOptions options, string output, CancellationToken cancellationToken)
    {
        var tddguard = options.TddGuard ?? TddGuardRepository();
        var report = Path.Combine(output, "check.json");
        File.Delete(report);
        progress($"tddguard check --no-test {options.Target} (the CLI of {tddguard})...");
        var run = await DotnetCli.RunAsync(
            tddguard,
            ["run", "-c", "Release", "--project", Path.Combine(tddguard, "src", "TddGuard.Cli"), "--", "check", options.Target, "--no-test", "--format", "json", "--output", report, "--fail-on", "none"],
            cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(output, "check.log"), run.Output, cancellationToken).ConfigureAwait(false);
        return run.ExitCode == 0 && File.Exists(report)
            ? report
            : throw new InvalidOperationException($"tddguard check exited with {run.ExitCode}: see {Path.Combine(output, "check.log")}.");
    }

    private async Task<IReadOnlyList<string>> TestAsync(string target, string output, CancellationToken cancellationToken)
    {
        var results = Path.Combine(output, "coverage");
        if (Directory.Exists(results))
        {
            Directory.Delete(results, recursive: true);
        }

        progress($"dotnet test {target} with coverlet's collector...");
        var run = await DotnetCli.RunAsync(
            Directory.Exists(target) ? target : Path.GetDirectoryName(target)!,
            ["test", target, "--collect", "XPlat Code Coverage", "--results-directory", results],
            cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(output, "test.log"), run.Output, cancellationToken).ConfigureAwait(false);
        var files = Directory.Exists(results)
            ? Directory.EnumerateFiles(results, "coverage.cobertura.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : [];
        if (files.Count == 0)
        {
            throw new InvalidOperationException($"dotnet test (exit code {run.ExitCode}) wrote no coverage: reference coverlet.collector in the test projects; see {Path.Combine(output, "test.log")}.");
        }

        if (run.ExitCode != 0)
        {
            progress($"dotnet test exited with {run.ExitCode} (failing tests?): its coverage is used as it is; see test.log.");
        }

        return files;
    }

    /// <summary>The TddGuard repository this harness was built in: the nearest folder above it with TddGuard.sln.</summary>
    private static string TddGuardRepository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, TddGuardSolution)))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No {TddGuardSolution} above {AppContext.BaseDirectory}: pass --tddguard <folder of the TddGuard repository>.");
    }
}
