using System;
using System.Collections.Generic;
using System.Linq;

namespace TddGuard.Verify;

/// <summary>How a run of a member's red variant becomes its verdict, and how long a run may take.</summary>
internal static class VerdictRules
{
    /// <summary>What a run that ended in error without a failed test is reported as.</summary>
    public const string AbortedRun = "(the test run was aborted)";

    private const int BaselineMultiple = 2;
    private static readonly TimeSpan s_margin = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan s_sessionMargin = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The verdict on <paramref name="member"/> from <paramref name="run"/>; tests that already failed without any
    /// variant (<paramref name="baselineFailures"/>) prove nothing and are left out.
    /// </summary>
    public static MemberVerdict FromRun(ProductionMember member, TestRun run, IReadOnlySet<string> baselineFailures)
    {
        if (run.TimedOut)
        {
            return new MemberVerdict(member, MemberOutcome.Timeout, []);
        }

        var failed = run.FailedTests.Where(test => !baselineFailures.Contains(test)).Order(StringComparer.Ordinal).ToList();
        return failed.Count > 0 ? new MemberVerdict(member, MemberOutcome.Red, failed)
            : run.Aborted ? new MemberVerdict(member, MemberOutcome.Red, [AbortedRun])
            : new MemberVerdict(member, MemberOutcome.NoRed, []);
    }

    /// <summary>How long a variant's run may take: a multiple of the run without variant, plus a margin for a busy machine.</summary>
    public static TimeSpan TimeoutFor(TimeSpan baseline) => (baseline * BaselineMultiple) + s_margin;

    /// <summary>
    /// How long a variant's run in a test session may take: a multiple of the run without variant in that session
    /// (which ran every test), plus a margin for a busy machine.
    /// </summary>
    public static TimeSpan SessionTimeoutFor(TimeSpan baseline) => (baseline * BaselineMultiple) + s_sessionMargin;

    /// <summary>
    /// How long a variant's run in a test host of its own may take when the run without variant was in a test session,
    /// which had started already: <see cref="TimeoutFor"/> with a further margin for starting the test platform.
    /// </summary>
    public static TimeSpan TimeoutAfterSessionBaseline(TimeSpan baseline) => TimeoutFor(baseline) + s_margin;

    /// <summary>
    /// The members whose declaration holds one of <paramref name="errors"/> (file relative to the repository, line):
    /// their red variants did not compile. A guard never adds a line, so the rewritten file's lines are the original's.
    /// </summary>
    public static HashSet<ProductionMember> DeclaringErrors(IEnumerable<ProductionMember> members, IReadOnlyList<(string File, int Line)> errors) =>
        [.. members.Where(member => errors.Any(error => error.File == member.Location.File && error.Line >= member.Location.Line && error.Line <= member.LastLine))];

    /// <summary>
    /// What the run without any variant says about the others: nothing when it passed; a note when some tests already
    /// fail (they are left out of every verdict).
    /// </summary>
    /// <exception cref="TddGuardInputException">It timed out, or ended in error without a failed test: no run could be trusted.</exception>
    public static IReadOnlyList<string> BaselineNotes(TestRun baseline)
    {
        if (baseline.TimedOut || (baseline.Aborted && baseline.FailedTests.Count == 0))
        {
            throw new TddGuardInputException("The tests did not run to the end without any red variant (the test run timed out or was aborted): run dotnet test and fix what stops it, then verify again.");
        }

        return baseline.FailedTests.Count == 0 ? []
            : [$"{baseline.FailedTests.Count} tests fail without any red variant, so their failures are no red evidence: {string.Join(", ", baseline.FailedTests.Order(StringComparer.Ordinal))}."];
    }
}
