using TddGuard.Evidence;

namespace TddGuard.Reconciliation;

/// <summary>What to reconcile: where the repository, its checklist and its evidence are, and against which revision.</summary>
public sealed record TodoCheckOptions
{
    /// <summary>The checklist's path when none is given.</summary>
    public const string DefaultTodoPath = "design/TODO.md";

    /// <summary>The baseline revision when none is given.</summary>
    public const string DefaultBaseRevision = "HEAD";

    /// <summary>The repository's folder.</summary>
    public required string RepositoryRoot { get; init; }

    /// <summary>The checklist, relative to <see cref="RepositoryRoot"/> (or absolute).</summary>
    public string TodoPath { get; init; } = DefaultTodoPath;

    /// <summary>The results and coverage files to read.</summary>
    public EvidenceRequest Evidence { get; init; } = EvidenceRequest.Discover;

    /// <summary>The git revision whose checklist is the baseline.</summary>
    public string BaseRevision { get; init; } = DefaultBaseRevision;

    /// <summary>
    /// Whether the revision was asked for. An asked-for revision that cannot be read is an input problem; the default
    /// one is skipped quietly (outside a git repository, or before the first commit, there is no baseline).
    /// </summary>
    public bool IsBaseRevisionExplicit { get; init; }

    /// <summary>The least line coverage, from 0 to 1, of a checked entry's tests.</summary>
    public double MinCoverage { get; init; } = ReconciliationInput.DefaultMinCoverage;
}
