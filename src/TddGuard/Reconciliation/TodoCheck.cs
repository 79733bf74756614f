using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using TddGuard.Evidence;
using TddGuard.TestMap;
using TddGuard.Todo;

namespace TddGuard.Reconciliation;

/// <summary>Gathers a repository's checklist, tests, evidence and baseline, and reconciles them.</summary>
/// <param name="git">Runs git, for the baseline.</param>
/// <param name="evidenceLoader">Reads results and coverage.</param>
public sealed class TodoCheck(IGitRunner git, EvidenceLoader evidenceLoader)
{
    /// <summary>Runs the whole check.</summary>
    /// <exception cref="TddGuardInputException">The repository or the checklist cannot be read.</exception>
    public async Task<ReconciliationReport> RunAsync(TodoCheckOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var root = Path.GetFullPath(options.RepositoryRoot);
        if (!Directory.Exists(root))
        {
            throw new TddGuardInputException($"The repository folder {root} does not exist: pass it with --repo.");
        }

        var todo = await TodoFile.ReadAsync(root, options.TodoPath, cancellationToken).ConfigureAwait(false);
        var baseline = await new GitBaseline(git).ReadAsync(root, todo.Path, options.BaseRevision, cancellationToken).ConfigureAwait(false);
        var tests = await TestSourceDiscovery.ScanAsync(root, cancellationToken).ConfigureAwait(false);
        var evidence = await evidenceLoader.LoadAsync(root, options.Evidence, cancellationToken).ConfigureAwait(false);
        var report = Reconciler.Reconcile(new ReconciliationInput
        {
            Todo = todo,
            Baseline = baseline.List,
            BaselineRevision = options.BaseRevision,
            Tests = tests,
            Results = evidence.Results,
            Coverage = evidence.Coverage,
            MinCoverage = options.MinCoverage,
        });

        var problems = new List<InputProblem>(evidence.Problems);
        if (baseline.Problem is not null && options.IsBaseRevisionExplicit)
        {
            problems.Add(baseline.Problem);
        }

        return report.WithProblems(problems);
    }
}
