using System.Collections.Generic;
using System.Linq;

namespace TddGuard.Verify;

/// <summary>The verdict on every selected member's red variant.</summary>
/// <param name="RepositoryRoot">The repository's folder, to which every location is relative.</param>
/// <param name="Verdicts">A verdict per member, in file then line order.</param>
/// <param name="Notes">What was not verified and why, with what to do about it.</param>
/// <param name="Problems">Input that could not be used.</param>
internal sealed record VerifyReport(string RepositoryRoot, IReadOnlyList<MemberVerdict> Verdicts, IReadOnlyList<string> Notes, IReadOnlyList<InputProblem> Problems)
{
    /// <summary>How many verdicts have <paramref name="outcome"/>.</summary>
    public int Count(MemberOutcome outcome) => Verdicts.Count(verdict => verdict.Outcome == outcome);
}
