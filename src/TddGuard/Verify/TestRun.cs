using System.Collections.Generic;

namespace TddGuard.Verify;

/// <summary>How one run of the tests ended.</summary>
/// <param name="TimedOut">Whether it was stopped for taking too long.</param>
/// <param name="FailedTests">The IDs of the test methods that failed.</param>
/// <param name="Aborted">Whether the test run ended in error without reporting a failed test (e.g. the test host crashed).</param>
internal sealed record TestRun(bool TimedOut, IReadOnlySet<string> FailedTests, bool Aborted);

/// <summary>Runs the already built tests with one red variant switched on.</summary>
internal interface IVariantTestRunner
{
    /// <summary>Runs <paramref name="selection"/> with variant <paramref name="variant"/> active (0: none), stopping after <paramref name="timeout"/>.</summary>
    System.Threading.Tasks.Task<TestRun> RunAsync(int variant, TestSelection selection, System.TimeSpan timeout, System.Threading.CancellationToken cancellationToken);
}
