using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TddGuard.Check;
using TddGuard.CodeMd;
using TddGuard.Evidence;

namespace TddGuard.Verify;

/// <summary>
/// The application service behind <c>tddguard verify</c>: red evidence for every selected production member. Each
/// member's red variant (its body throwing <see cref="NotImplementedException"/>) is compiled, all at once behind a
/// switch, in a copy of the repository; then the tests that reference the member run with its variant switched on.
/// </summary>
/// <param name="git">Runs git, for <c>--since</c>.</param>
/// <param name="maps">Which tests reference a member, once the variants' build has recorded the compiler command lines.</param>
/// <param name="progress">Told what is happening, for a display while it takes time.</param>
internal sealed class RepositoryVerify(IGitRunner git, IMemberTestMapSource maps, Action<string> progress)
{
    private const string CacheFolder = "obj/tddguard-verify";
    private const int MaxBuildErrorsShown = 20;
    private const string SwitchFolder = "switches";
    private static readonly TimeSpan s_baselineLimit = TimeSpan.FromMinutes(30);

    /// <exception cref="TddGuardInputException">The path, the revision, the build or the tests cannot be used.</exception>
    public async Task<VerifyReport> RunAsync(VerifyOptions options, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(options.Path);
        if (!File.Exists(target) && !Directory.Exists(target))
        {
            throw new TddGuardInputException($"{options.Path} does not exist: pass a folder, a solution (.sln, .slnx) or a project.");
        }

        var root = RepositoryCheck.RepositoryRootOf(target);
        progress($"Reading the projects of {target}...");
        var code = await ProductionCode.ReadAsync(root, target, cancellationToken).ConfigureAwait(false);
        var members = await SelectAsync(code.Members, options, root, cancellationToken).ConfigureAwait(false);
        var cache = new VerdictCache(
            Path.GetFullPath(options.CacheDirectory ?? CacheFolder, root),
            VerdictCache.HashOf(root, [.. code.TestProjectFiles, .. code.TestSourceFiles]));
        var verdicts = new List<MemberVerdict>();
        var pending = new List<ProductionMember>();
        foreach (var member in members)
        {
            var known = cache.Find(member) ?? (code.TestProjectFiles.Count == 0 ? new MemberVerdict(member, MemberOutcome.NoTest, []) : null);
            verdicts.AddRange(known is null ? [] : [known]);
            pending.AddRange(known is null ? [member] : []);
        }

        var notes = new List<string>();
        verdicts.AddRange(pending.Count == 0 ? [] : await RunVariantsAsync(new Subject(root, target, code, notes), pending, options.Parallelism, cancellationToken).ConfigureAwait(false));
        verdicts.Where(verdict => !verdict.Cached).ToList().ForEach(cache.Store);
        notes.InsertRange(0, Notes(code, members.Count, verdicts.Count(verdict => verdict.Cached)));
        return new VerifyReport(root, [.. verdicts.OrderBy(verdict => verdict.Member.Location.File, StringComparer.Ordinal).ThenBy(verdict => verdict.Member.Location.Line)], notes, code.Problems);
    }

    /// <summary>The members <paramref name="options"/> select: by project, file pattern, change since a revision and shard.</summary>
    internal async Task<IReadOnlyList<ProductionMember>> SelectAsync(IReadOnlyList<ProductionMember> members, VerifyOptions options, string root, CancellationToken cancellationToken)
    {
        var changed = options.Since is null ? null : await ChangedLines.SinceAsync(git, root, options.Since, cancellationToken).ConfigureAwait(false);
        return [.. members
            .Where(member => options.Project is null || ProductionCode.IsIn(member, options.Project))
            .Where(member => options.Filter is null || Glob.Matches(options.Filter, member.Location.File))
            .Where(member => changed is null || changed.Touches(member.Location.File, member.Location.Line, member.LastLine))
            .Where(member => options.Shard.Contains(member.Id))];
    }

    private async Task<IReadOnlyList<MemberVerdict>> RunVariantsAsync(
        Subject subject, List<ProductionMember> pending, int parallelism, CancellationToken cancellationToken)
    {
        var all = pending.Select((member, index) => (Member: member, Number: index + 1)).ToList();
        using var built = await FromPriorBuildAsync(subject, all, cancellationToken).ConfigureAwait(false) ?? await FromCopyAsync(subject, all, cancellationToken).ConfigureAwait(false);
        var fresh = new DotnetTestRunner(built.WorkingDirectory, built.TestTargets, built.Results);
        await using var sessions = built.TestTargets.All(DotnetTestRunner.IsAssembly)
            ? new TestSessionPool(built.WorkingDirectory, built.TestTargets, Path.Combine(built.Results, SwitchFolder), parallelism)
            : null;
        sessions?.Warm();
        progress("Binding the tests to the code for the exact test map...");
        var map = maps.Load(built.Compilations, subject.Notes, cancellationToken);
        var selected = all.Select(variant => (variant.Member, Selection: TestSelection.For(variant.Member, map, hasTestProjects: true), variant.Number)).ToList();
        var untested = selected.Where(variant => variant.Selection is null && !built.Broken.Contains(variant.Member)).Select(variant => new MemberVerdict(variant.Member, MemberOutcome.NoTest, []));
        var runnable = selected.Where(variant => variant.Selection is not null && !built.Broken.Contains(variant.Member)).ToList();
        var (baseline, took, shared) = await BaselineAsync(sessions, fresh, cancellationToken).ConfigureAwait(false);
        subject.Notes.AddRange(VerdictRules.BaselineNotes(baseline));
        var timeout = shared ? VerdictRules.TimeoutAfterSessionBaseline(took) : VerdictRules.TimeoutFor(took);
        var sessionRunner = shared ? new SessionTestRunner(sessions!, VerdictRules.SessionTimeoutFor(took), fresh) : null;
        IVariantTestRunner runner = sessionRunner is null ? fresh : sessionRunner;
        var verdicts = new ConcurrentBag<MemberVerdict>(built.Broken.Select(member => new MemberVerdict(member, MemberOutcome.CompileError, [])).Concat(untested));
        var started = 0;
        await Parallel.ForEachAsync(runnable, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken }, async (variant, token) =>
        {
            progress($"Verifying {variant.Member.Id} ({Interlocked.Increment(ref started)}/{runnable.Count})...");
            verdicts.Add(await NearestFirstAsync(runner, variant, timeout, baseline.FailedTests, token).ConfigureAwait(false));
        }).ConfigureAwait(false);
        subject.Notes.AddRange(SessionNotes(sessionRunner, sessions));
        return [.. verdicts];
    }

    /// <summary>
    /// The verdict on a member's variant, its tests run nearest first (<see cref="TestSelection.NearestFirst"/>): the
    /// first step with a red test (or a timeout) decides, with the distance of its nearest failed test.
    /// </summary>
    private static async Task<MemberVerdict> NearestFirstAsync(
        IVariantTestRunner runner, (ProductionMember Member, TestSelection? Selection, int Number) variant, TimeSpan timeout, IReadOnlySet<string> baselineFailures, CancellationToken cancellationToken)
    {
        var verdict = new MemberVerdict(variant.Member, MemberOutcome.NoRed, []);
        foreach (var step in variant.Selection!.NearestFirst())
        {
            var run = await runner.RunAsync(variant.Number, step, timeout, cancellationToken).ConfigureAwait(false);
            verdict = VerdictRules.FromRun(variant.Member, run, baselineFailures);
            if (verdict.Outcome != MemberOutcome.NoRed)
            {
                return verdict with { Distance = verdict.Outcome == MemberOutcome.Red ? verdict.FailedTests.Select(step.DistanceOf).Min() : null };
            }
        }

        return verdict;
    }

    /// <summary>
    /// The run of every test without any red variant, how long it took, and whether it ran in a test session (whose
    /// test hosts the variants then share); in a test host of its own when no session can be had.
    /// </summary>
    private async Task<(TestRun Run, TimeSpan Took, bool InSession)> BaselineAsync(TestSessionPool? sessions, DotnetTestRunner fresh, CancellationToken cancellationToken)
    {
        progress("Running the tests without any red variant, for the baseline...");
        var lane = sessions is null ? null : await sessions.RentAsync(cancellationToken).ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        if (lane is not null)
        {
            var run = await SessionTestRunner.BaselineAsync(sessions!, lane, s_baselineLimit, cancellationToken).ConfigureAwait(false);
            if (run is not null)
            {
                return (run, clock.Elapsed, true);
            }

            clock.Restart();
        }

        return (await fresh.RunAsync(0, TestSelection.All, s_baselineLimit, cancellationToken).ConfigureAwait(false), clock.Elapsed, false);
    }

    /// <summary>
    /// The variants compiled in-process from the user's last build, when it was made with TddGuard's build files and
    /// still describes the code; otherwise <see langword="null"/>, with a note saying why.
    /// </summary>
    private async Task<BuiltVariants?> FromPriorBuildAsync(Subject subject, List<(ProductionMember Member, int Number)> variants, CancellationToken cancellationToken)
    {
        var (root, _, code, notes) = subject;
        var folders = code.ProductionFolders.Concat(code.TestProjectFiles.Select(project => Path.GetDirectoryName(project)!)).Distinct(StringComparer.Ordinal);
        var prior = PriorBuild.Find(root, folders, variants.Select(variant => Path.GetFullPath(variant.Member.Location.File, root)).Distinct(StringComparer.Ordinal));
        if (prior.Unusable is not null)
        {
            notes.Add($"The red variants were built in a copy of the repository, because the last build cannot be reused: {prior.Unusable.TrimEnd('.')}. A build with TddGuard's build files (the package, or tddguard check) lets verify compile them from it, which is faster.");
            return null;
        }

        var compilations = new RecordCompilations(prior.Records);
        var workspace = PriorBuildWorkspace.CopyOf(compilations);
        progress($"Compiling {variants.Count} red variants from the build in obj/...");
        HashSet<ProductionMember>? broken = null;
        string? unusable = null;
        try
        {
            broken = workspace.Emit(root, variants, out unusable, cancellationToken);
        }
        finally
        {
            if (broken is null)
            {
                workspace.Dispose();
            }
        }

        if (broken is null)
        {
            notes.Add($"The red variants were built in a copy of the repository, because the last build cannot be reused: {unusable!.TrimEnd('.')}.");
            return null;
        }

        notes.Add("The red variants were compiled from the last build (its compiler command lines in obj/…/tddguard.csc), over a temporary copy of its test assemblies.");
        return new BuiltVariants(workspace, root, compilations, workspace.TestAssemblies, workspace.Results, broken);
    }

    /// <summary>The variants built in a copy of the repository.</summary>
    private async Task<BuiltVariants> FromCopyAsync(Subject subject, List<(ProductionMember Member, int Number)> variants, CancellationToken cancellationToken)
    {
        var (root, target, code, _) = subject;
        var workspace = VariantWorkspace.CopyOf(root);
        try
        {
            var broken = await BuildAsync(workspace, target, code, variants, cancellationToken).ConfigureAwait(false);
            var records = ExactUntestedCode.ReadRecords(workspace.Records);
            return new BuiltVariants(workspace, workspace.Root, new RecordCompilations(records), workspace.TestTargets(records, code.TestProjectFiles), workspace.Results, broken);
        }
        catch
        {
            workspace.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Writes and builds every variant; when some do not compile, builds again without them. Returns the members whose
    /// variant did not compile.
    /// </summary>
    private async Task<HashSet<ProductionMember>> BuildAsync(VariantWorkspace workspace, string target, ProductionCode code, List<(ProductionMember Member, int Number)> variants, CancellationToken cancellationToken)
    {
        progress($"Building {variants.Count} red variants...");
        await workspace.WriteAsync(variants, [], code.ProductionFolders, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<string> projects = ProjectDiscovery.IsSolution(target) ? [target] : code.TestProjectFiles;
        var build = await workspace.BuildAsync(projects, cancellationToken).ConfigureAwait(false);
        if (build.ExitCode == 0)
        {
            return [];
        }

        var errors = workspace.ErrorPlaces(build.Output);
        var broken = VerdictRules.DeclaringErrors(variants.Select(variant => variant.Member), errors);
        if (broken.Count == 0)
        {
            throw BuildFailed(target, build.Output);
        }

        progress($"{broken.Count} red variants did not compile; building without them...");
        await workspace.WriteAsync([.. variants.Where(variant => !broken.Contains(variant.Member))], broken.Select(member => member.Location.File), code.ProductionFolders, cancellationToken).ConfigureAwait(false);
        var retry = await workspace.BuildAsync(projects, cancellationToken).ConfigureAwait(false);
        return retry.ExitCode == 0 ? broken : throw BuildFailed(target, retry.Output);
    }

    private static TddGuardInputException BuildFailed(string target, string output)
    {
        var errors = CompilerLogReader.BuildErrors(output);
        var cause = errors.Count > 0 ? errors : output.Trim().Split('\n');
        var shown = cause.Count > MaxBuildErrorsShown ? cause.TakeLast(MaxBuildErrorsShown) : cause;
        return new TddGuardInputException($"The build of the red variants of {target} failed:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", shown.Select(line => line.Trim()))}");
    }

    private static IEnumerable<string> SessionNotes(SessionTestRunner? runner, TestSessionPool? sessions)
    {
        if (sessions?.Problem is { } problem)
        {
            yield return $"Every variant ran in a test host of its own, because no test session could be started: {problem.TrimEnd('.')}.";
        }

        if (runner is null)
        {
            yield break;
        }

        yield return $"{runner.Settled} variant runs were settled in test hosts kept for the whole verification; {runner.Confirmed} ran in a test host of their own (no test failed, every test ran, or a failure could stem from an earlier variant).";
    }

    private static List<string> Notes(ProductionCode code, int selected, int cached)
    {
        var notes = new List<string> { $"{selected} members verified, {cached} of them from the cache." };
        if (code.TestProjectFiles.Count == 0)
        {
            notes.Add("No test project was found: every member is no-test. Add a test project (IsTestProject, or a test framework package) to have members verified.");
        }

        return notes;
    }

    /// <summary>What is verified: the repository, the path given, and its code; and the notes on the runs.</summary>
    private sealed record Subject(string Root, string Target, ProductionCode Code, List<string> Notes);

    /// <summary>Red variants built and ready to run, in a temporary folder <see cref="Workspace"/> deletes on dispose.</summary>
    /// <param name="Workspace">The temporary folder.</param>
    /// <param name="WorkingDirectory">Where the tests run from.</param>
    /// <param name="Compilations">The compiler command lines and the compilations made of them, for the exact test map.</param>
    /// <param name="TestTargets">The test assemblies (or projects) to run.</param>
    /// <param name="Results">Where the runs write their results.</param>
    /// <param name="Broken">The members whose variant did not compile.</param>
    private sealed record BuiltVariants(IDisposable Workspace, string WorkingDirectory, RecordCompilations Compilations, IReadOnlyList<string> TestTargets, string Results, HashSet<ProductionMember> Broken) : IDisposable
    {
        public void Dispose() => Workspace.Dispose();
    }
}
