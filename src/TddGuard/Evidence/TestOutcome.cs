namespace TddGuard.Evidence;

/// <summary>What became of a test method in a run, after its parameterised cases are rolled up.</summary>
/// <remarks>Ordered by precedence: one failing case fails the method; a method passes when a case passed and none failed.</remarks>
public enum TestOutcome
{
    /// <summary>No case ran: skipped, ignored, inconclusive or not executed.</summary>
    NotRun,

    /// <summary>At least one case passed and none failed.</summary>
    Passed,

    /// <summary>At least one case failed, errored, timed out or was aborted.</summary>
    Failed,
}
