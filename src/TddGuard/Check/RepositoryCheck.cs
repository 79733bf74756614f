using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TddGuard.CodeMd;
using TddGuard.Evidence;
using TddGuard.Reconciliation;

namespace TddGuard.Check;

/// <summary>
/// The application service behind <c>tddguard check</c>: builds the code with TddGuard's analyzers (reading the
/// compiler's SARIF logs), runs the tests once for results and coverage, reconciles design/TODO.md with them and
/// checks design/CODE.md, all into one <see cref="CheckReport"/>.
/// </summary>
/// <param name="git">Runs git, for the checklist's baseline and the design document's history.</param>
/// <param name="progress">Told what is happening, for a display while it takes time.</param>
internal sealed class RepositoryCheck(IGitRunner git, Action<string> progress)
{
    private const string LogsFolder = "logs";
    private const string ResultsFolder = "results";
    private const int MaxBuildErrorsShown = 20;
    private static readonly ImmutableArray<string> s_repositoryMarkers = [".git", "design"];

    /// <exception cref="TddGuardInputException">The path, the build, the checklist or the design document cannot be used.</exception>
    public async Task<CheckReport> RunAsync(CheckOptions options, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(options.Path);
        if (!File.Exists(target) && !Directory.Exists(target))
        {
            throw new TddGuardInputException($"{options.Path} does not exist: pass a folder, a solution (.sln, .slnx) or a project.");
        }

        var root = RepositoryRootOf(target);
        var workspace = Directory.CreateTempSubdirectory("tddguard-check-");
        try
        {
            var build = await BuildAsync(target, options.ShippedFilesDirectory, workspace.FullName, cancellationToken).ConfigureAwait(false);
            var notes = new List<string>(build.Notes);
            notes.AddRange(build.ExactNotes);
            var evidence = options.RunTests && build.Notes.Count == 0
                ? await TestAsync(target, workspace.FullName, notes, cancellationToken).ConfigureAwait(false)
                : EvidenceRequest.Explicit([], []);
            if (!options.RunTests)
            {
                notes.Add("The tests were not run (--no-test): checked items were reconciled without results or coverage.");
            }

            var todo = await TodoAsync(root, evidence, notes, cancellationToken).ConfigureAwait(false);
            var codeMd = await CodeMdAsync(root, target, notes, cancellationToken).ConfigureAwait(false);
            var findings = build.Findings.Concat(todo.Findings).Concat(codeMd.Findings)
                .OrderBy(finding => finding.Location.File, StringComparer.Ordinal)
                .ThenBy(finding => finding.Location.Line)
                .ThenBy(finding => finding.Location.Column)
                .ToList();
            return new CheckReport(root, build.Projects, findings, notes, [.. todo.Problems, .. codeMd.Problems]) { RuleTitles = RuleTitles(logs: Path.Combine(workspace.FullName, LogsFolder)) };
        }
        finally
        {
            workspace.Delete(recursive: true);
        }
    }

    /// <summary>The nearest folder at or above <paramref name="target"/> with .git or design/, else the target's folder.</summary>
    internal static string RepositoryRootOf(string target)
    {
        var start = Directory.Exists(target) ? target : Path.GetDirectoryName(target)!;
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (s_repositoryMarkers.Any(marker => Path.Exists(Path.Combine(folder.FullName, marker))))
            {
                return folder.FullName;
            }
        }

        return start;
    }

    private async Task<BuildOutcome> BuildAsync(string target, string shippedFiles, string workspace, CancellationToken cancellationToken)
    {
        var analyzer = Path.Combine(shippedFiles, BuildInjection.AnalyzerFileName);
        if (!File.Exists(analyzer))
        {
            throw new TddGuardInputException($"TddGuard's analyzers are missing ({analyzer} does not exist): reinstall the tool.");
        }

        var logs = Path.Combine(workspace, LogsFolder);
        var targets = Path.Combine(workspace, "tddguard-check.targets");
        var root = RepositoryRootOf(target);
        await File.WriteAllTextAsync(targets, BuildInjection.Targets(shippedFiles, logs, root), cancellationToken).ConfigureAwait(false);
        progress($"Building {target} with TddGuard's analyzers...");
        var result = await DotnetCli.RunAsync(
            FolderOf(target),
            ["build", target, "--no-incremental", "-nologo", "-v:q", "-clp:NoSummary", $"-p:{BuildInjection.Property}={targets}", "-p:TreatWarningsAsErrors=false"],
            cancellationToken).ConfigureAwait(false);
        var (projects, findings) = ReadLogs(logs, root);
        if (result.ExitCode == 0)
        {
            var (exactFindings, exactNotes) = await JudgeExactlyAsync(findings, logs, analyzer, root, cancellationToken).ConfigureAwait(false);
            return new BuildOutcome(projects, exactFindings, []) { ExactNotes = exactNotes };
        }

        var errors = CompilerLogReader.BuildErrors(result.Output);
        if (errors.Count > 0 || findings.All(finding => finding.Severity != FindingSeverity.Error))
        {
            throw BuildFailed(target, errors.Count > 0 ? errors : result.Output.Trim().Split('\n'));
        }

        return new BuildOutcome(projects, findings, ["The tests were not run: the build stopped on TddGuard errors (below). Fix them to have the tests run and the checklist reconciled with their results."]);
    }

    /// <summary>
    /// TG1000-TG1002 of each production project the test projects reference, decided again from what the tests bind
    /// to (symbol-exact), replacing the build's name-based approximation; a note per project says how they compare.
    /// </summary>
    private async Task<(IReadOnlyList<CheckFinding> Findings, IReadOnlyList<string> Notes)> JudgeExactlyAsync(
        IReadOnlyList<CheckFinding> findings, string logs, string analyzer, string root, CancellationToken cancellationToken)
    {
        progress("Binding the tests to the code for the exact test map...");
        var exact = await ExactUntestedCode.JudgeAsync(logs, analyzer, root, cancellationToken).ConfigureAwait(false);
        bool Replaced(CheckFinding finding) => ExactUntestedCode.Rules.Contains(finding.Id) && exact.Projects.Contains(finding.Source, StringComparer.Ordinal);
        var comparisons = exact.Projects.Select(project => ExactUntestedCode.Compare(
            project,
            findings.Where(finding => Replaced(finding) && finding.Source == project).ToList(),
            exact.Findings.Where(finding => finding.Source == project).ToList()));
        return ([.. findings.Where(finding => !Replaced(finding)).Concat(exact.Findings)], [.. exact.Notes, .. comparisons]);
    }

    private static TddGuardInputException BuildFailed(string target, IReadOnlyList<string> cause)
    {
        var shown = cause.Count > MaxBuildErrorsShown ? cause.TakeLast(MaxBuildErrorsShown) : cause;
        return new TddGuardInputException($"The build of {target} failed:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", shown.Select(line => line.Trim()))}");
    }

    /// <summary>The titles of the checklist and design-document rules, and of the analyzer rules the logs describe.</summary>
    private static Dictionary<string, string> RuleTitles(string logs)
    {
        var titles = TodoRules.All.Concat(CodeMdRules.All).ToDictionary(rule => rule.Id, rule => rule.Title, StringComparer.Ordinal);
        var logFiles = Directory.Exists(logs) ? Directory.EnumerateFiles(logs, "*.sarif", SearchOption.AllDirectories) : [];
        foreach (var (id, title) in logFiles.SelectMany(log => CompilerLogReader.RuleTitles(File.ReadAllText(log))))
        {
            _ = titles.TryAdd(id, title);
        }

        return titles;
    }

    private static (IReadOnlyList<string> Projects, IReadOnlyList<CheckFinding> Findings) ReadLogs(string logs, string root)
    {
        if (!Directory.Exists(logs))
        {
            return ([], []);
        }

        var projects = Directory.EnumerateDirectories(logs).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var findings = projects.SelectMany(project => Directory.EnumerateFiles(Path.Combine(logs, project!), "*.sarif")
                .SelectMany(log => CompilerLogReader.Read(File.ReadAllText(log), root, project!)))
            .Distinct()
            .ToList();
        return ([.. projects.Select(project => project!)], findings);
    }

    private async Task<EvidenceRequest> TestAsync(string target, string workspace, List<string> notes, CancellationToken cancellationToken)
    {
        var results = Path.Combine(workspace, ResultsFolder);
        progress($"Running the tests of {target}...");
        var run = await DotnetCli.RunAsync(
            FolderOf(target),
            ["test", target, "--no-build", "--logger", "trx", "--results-directory", results, "--collect", "XPlat Code Coverage"],
            cancellationToken).ConfigureAwait(false);
        var trx = Files(results, "*.trx");
        var coverage = Files(results, "coverage.cobertura.xml");
        if (trx.Count == 0)
        {
            var errors = CompilerLogReader.BuildErrors(run.Output);
            notes.Add($"No test results: dotnet test wrote none (exit code {run.ExitCode}{(errors.Count > 0 ? ": " + errors[0] : string.Empty)}). Checked items were reconciled without results.");
        }
        else if (coverage.Count == 0)
        {
            notes.Add("No coverage was collected: reference the coverlet.collector package in the test projects to have checked items' coverage measured.");
        }

        return EvidenceRequest.Explicit(trx, coverage);
    }

    private async Task<(IReadOnlyList<CheckFinding> Findings, IReadOnlyList<InputProblem> Problems)> TodoAsync(string root, EvidenceRequest evidence, List<string> notes, CancellationToken cancellationToken)
    {
        if (!File.Exists(Path.Combine(root, TodoCheckOptions.DefaultTodoPath)))
        {
            notes.Add($"{TodoCheckOptions.DefaultTodoPath} not found in {root}: there is no checklist to reconcile. Create it (one '- [ ] ID text' line per item) to have checked items held to their tests.");
            return ([], []);
        }

        progress($"Reconciling {TodoCheckOptions.DefaultTodoPath}...");
        try
        {
            var report = await new TodoCheck(git, new EvidenceLoader()).RunAsync(new TodoCheckOptions { RepositoryRoot = root, Evidence = evidence }, cancellationToken).ConfigureAwait(false);
            return ([.. report.Findings.Select(finding => CheckFinding.From(finding, report.Todo.Path))], report.Problems);
        }
        catch (TddGuardInputException exception)
        {
            // The rest of the verdict (the build's findings, the design document) still stands: report the problem with it.
            return ([], [new InputProblem(SourceLocation.StartOf(TodoCheckOptions.DefaultTodoPath), exception.Message)]);
        }
    }

    private async Task<(IReadOnlyList<CheckFinding> Findings, IReadOnlyList<InputProblem> Problems)> CodeMdAsync(string root, string target, List<string> notes, CancellationToken cancellationToken)
    {
        if (!File.Exists(Path.Combine(root, CodeMdOptions.DefaultDocumentPath)))
        {
            notes.Add($"{CodeMdOptions.DefaultDocumentPath} not found in {root}: the design document was not checked. Run 'tddguard codemd' to write it.");
            return ([], []);
        }

        progress($"Checking {CodeMdOptions.DefaultDocumentPath}...");
        var options = new CodeMdOptions { RepositoryRoot = root, CodePath = ProjectDiscovery.IsSolution(target) ? target : null, CheckOnly = true };
        try
        {
            var report = await new CodeMdCheck(git).RunAsync(options, cancellationToken).ConfigureAwait(false);
            return ([.. report.Findings.Select(finding => CheckFinding.From(finding, report.DocumentPath))], report.Problems);
        }
        catch (TddGuardInputException exception)
        {
            return ([], [new InputProblem(SourceLocation.StartOf(CodeMdOptions.DefaultDocumentPath), exception.Message)]);
        }
    }

    private static List<string> Files(string folder, string pattern) =>
        Directory.Exists(folder) ? [.. Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal)] : [];

    private static string FolderOf(string target) => Directory.Exists(target) ? target : Path.GetDirectoryName(target)!;

    /// <summary>What the build gave: the projects judged, their findings, and notes on what could not follow.</summary>
    private sealed record BuildOutcome(IReadOnlyList<string> Projects, IReadOnlyList<CheckFinding> Findings, IReadOnlyList<string> Notes)
    {
        /// <summary>What the exact test map decided, compared with the build's approximation.</summary>
        public IReadOnlyList<string> ExactNotes { get; init; } = [];
    }
}
