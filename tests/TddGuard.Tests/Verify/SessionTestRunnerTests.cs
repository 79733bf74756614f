using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using TddGuard.Tests.Infrastructure;
using TddGuard.Verify;

namespace TddGuard.Tests.Verify;

public sealed class SessionTestRunnerTests
{
    [Test]
    public async Task WhenNoSessionCanStartRentingGivesNothingAndSaysWhy()
    {
        using var folder = new TemporaryDirectory("sessions");
        await using var pool = Unstartable(folder);

        pool.Warm();
        var lane = await pool.RentAsync(CancellationToken.None);

        Assert.That(lane, Is.Null);
        Assert.That(pool.Problem, Does.Contain("dotnet"));
    }

    [Test]
    public async Task ASessionThatDoesNotStartInTimeIsGivenUpAndSaysSo()
    {
        using var folder = new TemporaryDirectory("sessions");
        folder.WriteFile("Shop.Tests.dll", "not an assembly");
        await using var pool = new TestSessionPool(folder.Path, [folder.Combine("Shop.Tests.dll")], folder.Path, 1, TimeSpan.FromMilliseconds(1));

        pool.Warm();
        var lane = await pool.RentAsync(CancellationToken.None);

        Assert.That(lane, Is.Null);
        Assert.That(pool.Problem, Is.EqualTo("dotnet vstest did not start a test session within 0.001 s"));
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task WithoutASessionEveryRunGoesToATestHostOfItsOwn(bool everyTest)
    {
        using var folder = new TemporaryDirectory("sessions");
        await using var pool = Unstartable(folder);
        var fresh = new RecordingRunner();
        var runner = new SessionTestRunner(pool, TimeSpan.FromSeconds(1), fresh);
        var selection = everyTest ? TestSelection.All : new TestSelection(["Shop.Tests.CartTests.Adds"]);

        var run = await runner.RunAsync(3, selection, TimeSpan.FromSeconds(9), CancellationToken.None);

        Assert.That(run, Is.SameAs(RecordingRunner.Outcome));
        Assert.That(fresh.Runs, Is.EqualTo(new[] { (3, selection, TimeSpan.FromSeconds(9)) }));
        Assert.That((runner.Settled, runner.Confirmed), Is.EqualTo((0, 1)));
    }

    /// <summary>A pool whose consoles cannot start: their working directory does not exist.</summary>
    private static TestSessionPool Unstartable(TemporaryDirectory folder) =>
        new(Path.Combine(folder.Path, "missing"), [Path.Combine(folder.Path, "missing", "Shop.Tests.dll")], folder.Path, 2);

    private sealed class RecordingRunner : IVariantTestRunner
    {
        public static TestRun Outcome { get; } = new(TimedOut: false, new HashSet<string> { "Shop.Tests.CartTests.Adds" }, Aborted: false);

        public List<(int Variant, TestSelection Selection, TimeSpan Timeout)> Runs { get; } = [];

        public Task<TestRun> RunAsync(int variant, TestSelection selection, TimeSpan timeout, CancellationToken cancellationToken)
        {
            Runs.Add((variant, selection, timeout));
            return Task.FromResult(Outcome);
        }
    }
}
