using TddGuard.Evidence;
using TddGuard.TestMap;
using TddGuard.Todo;

namespace TddGuard.Reconciliation;

/// <summary>Everything reconciliation weighs: the checklist, its baseline, the tests, their results and coverage.</summary>
public sealed record ReconciliationInput
{
    /// <summary>80%: the coverage below which a checked item is reported unless told otherwise.</summary>
    public const double DefaultMinCoverage = 0.8;

    /// <summary>The checklist as it is now.</summary>
    public required TodoList Todo { get; init; }

    /// <summary>The checklist at <see cref="BaselineRevision"/>, or null to skip baseline checks.</summary>
    public TodoList? Baseline { get; init; }

    /// <summary>The revision the baseline was read at, for messages.</summary>
    public string BaselineRevision { get; init; } = "HEAD";

    /// <summary>The tests and their Todo links.</summary>
    public required TestCatalog Tests { get; init; }

    /// <summary>Test outcomes, or null to skip result checks.</summary>
    public TestRunResults? Results { get; init; }

    /// <summary>Coverage, or null to skip coverage checks.</summary>
    public CoverageReport? Coverage { get; init; }

    /// <summary>The least line coverage, from 0 to 1, a checked item's tests must reach.</summary>
    public double MinCoverage { get; init; } = DefaultMinCoverage;
}
