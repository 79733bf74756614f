namespace TddGuard.Verify;

/// <summary>What became of a member's red variant (its body replaced by a throw).</summary>
public enum MemberOutcome
{
    /// <summary>At least one test failed: the implementation is guarded.</summary>
    Red,

    /// <summary>Tests ran and none failed: nothing guards the implementation (TG1007).</summary>
    NoRed,

    /// <summary>No test references the member, so none was run.</summary>
    NoTest,

    /// <summary>The tests did not finish in time (the variant made something loop or wait).</summary>
    Timeout,

    /// <summary>The red variant did not compile, so it could not be run.</summary>
    CompileError,
}
