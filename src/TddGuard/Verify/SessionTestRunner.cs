using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace TddGuard.Verify;

/// <summary>
/// Runs a variant's tests in a test host kept for many variants (<see cref="TestSessionPool"/>), the variant chosen
/// through the session's switch. A shared test host settles a run where tests failed with the variant's own failures,
/// or a timeout. Whatever it cannot settle runs again in a test host of its own (<c>fresh</c>): a run where no test
/// failed (a member reached only while a type is initialised would not run again in a host that initialised it
/// before), failures carrying another variant's mark or a failed type initializer (state kept from an earlier run),
/// an aborted run, a run of every test, and every run when no session could be started.
/// </summary>
/// <param name="pool">The test sessions.</param>
/// <param name="sessionTimeout">How long a run in a shared test host may take.</param>
/// <param name="fresh">Runs in a test host of its own.</param>
internal sealed class SessionTestRunner(TestSessionPool pool, TimeSpan sessionTimeout, IVariantTestRunner fresh) : IVariantTestRunner
{
    private int _settled;
    private int _confirmed;

    /// <summary>How many runs a shared test host settled.</summary>
    public int Settled => Volatile.Read(ref _settled);

    /// <summary>How many runs went to a test host of their own.</summary>
    public int Confirmed => Volatile.Read(ref _confirmed);

    public async Task<TestRun> RunAsync(int variant, TestSelection selection, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var settled = selection.Tests is null ? null : await InSessionAsync(variant, selection, cancellationToken).ConfigureAwait(false);
        if (settled is not null)
        {
            Interlocked.Increment(ref _settled);
            return settled;
        }

        Interlocked.Increment(ref _confirmed);
        return await fresh.RunAsync(variant, selection, timeout, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The run of every test of <paramref name="lane"/>'s session without any variant; <see langword="null"/> when it
    /// could not run there (the console stopped, or the run was aborted).
    /// </summary>
    public static async Task<TestRun?> BaselineAsync(TestSessionPool pool, TestSessionLane lane, TimeSpan limit, CancellationToken cancellationToken)
    {
        var ran = await pool.RunAsync(lane, 0, lane.Session.Tests, limit, cancellationToken).ConfigureAwait(false);
        return Outcome(ran, run => Failures(run.Results.Where(result => result.Failed)));
    }

    private async Task<TestRun?> InSessionAsync(int variant, TestSelection selection, CancellationToken cancellationToken)
    {
        var lane = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
        if (lane is null)
        {
            return null;
        }

        var tests = lane.Session.Tests.Where(test => selection.Includes(VsTestMessages.MethodOf(test))).ToList();
        if (tests.Count == 0)
        {
            pool.Return(lane);
            return null;
        }

        var ran = await pool.RunAsync(lane, variant, tests, sessionTimeout, cancellationToken).ConfigureAwait(false);
        return Outcome(ran, run => Settle(run, variant));
    }

    /// <summary>A run on a lane as a test run: timed out, as <paramref name="settle"/> reads its results, or unsettled.</summary>
    private static TestRun? Outcome(LaneRun ran, Func<VsTestRun, TestRun?> settle) =>
        ran.TimedOut ? new TestRun(TimedOut: true, new HashSet<string>(), Aborted: false)
        : ran.Run is { } run ? settle(run)
        : null;

    /// <summary>The run's outcome when a shared test host can settle it: tests failed, each with the variant's own failure.</summary>
    private static TestRun? Settle(VsTestRun run, int variant)
    {
        var failed = run.Results.Where(result => result.Failed).ToList();
        return failed.Count > 0 && failed.All(result => MutantSchemata.IsOwnFailure(result.Message, variant)) ? Failures(failed) : null;
    }

    private static TestRun Failures(IEnumerable<VsTestResult> failed) =>
        new(TimedOut: false, failed.Select(result => result.Method).ToHashSet(StringComparer.Ordinal), Aborted: false);
}
