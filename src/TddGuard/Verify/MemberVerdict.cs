using System.Collections.Generic;

namespace TddGuard.Verify;

/// <summary>The verdict on one member's red variant.</summary>
/// <param name="Member">The member.</param>
/// <param name="Outcome">What became of its red variant.</param>
/// <param name="FailedTests">The tests that failed with it (for <see cref="MemberOutcome.Red"/>), by method ID.</param>
internal sealed record MemberVerdict(ProductionMember Member, MemberOutcome Outcome, IReadOnlyList<string> FailedTests)
{
    /// <summary>Whether the verdict came from the cache rather than a run.</summary>
    public bool Cached { get; init; }

    /// <summary>
    /// For <see cref="MemberOutcome.Red"/>, how far the nearest failed test is from the member: 0 when it calls the
    /// member, 1 when it calls code that does, and so on; <see langword="null"/> when unknown or not red.
    /// </summary>
    public int? Distance { get; init; }
}
