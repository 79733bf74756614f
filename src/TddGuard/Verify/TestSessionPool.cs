using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace TddGuard.Verify;

/// <summary>A test session and the switch its test hosts read: one lane of runs, one run at a time.</summary>
/// <param name="Session">The session.</param>
/// <param name="Switch">The switch the session's test hosts were given.</param>
internal sealed record TestSessionLane(VsTestSession Session, SharedSwitch Switch) : IDisposable
{
    public void Dispose()
    {
        Session.Dispose();
        Switch.Dispose();
    }
}

/// <summary>How a run on a lane ended: its results, out of time, or neither (it could not run there).</summary>
/// <param name="Run">The results, when it ran to the end.</param>
/// <param name="TimedOut">Whether it was stopped for taking too long.</param>
internal sealed record LaneRun(VsTestRun? Run, bool TimedOut)
{
    public static LaneRun Unsettled { get; } = new(null, TimedOut: false);

    public static LaneRun OutOfTime { get; } = new(null, TimedOut: true);
}

/// <summary>
/// Up to <c>size</c> test sessions over the same test assemblies, each with a switch of its own. The first starts at
/// once (<see cref="Warm"/>); another only when a run has waited a while for a free one, since on a small suite a
/// second session costs more than it saves. When a session cannot be started, none is used: <see cref="Problem"/> says why.
/// </summary>
/// <param name="workingDirectory">Where the consoles run.</param>
/// <param name="assemblies">The test assemblies.</param>
/// <param name="switchFolder">Where the switches' files go.</param>
/// <param name="size">How many sessions may run at once.</param>
/// <param name="startLimit">How long starting a session (the console, its test hosts, the discovery) may take; five minutes when not given.</param>
internal sealed class TestSessionPool(string workingDirectory, IReadOnlyList<string> assemblies, string switchFolder, int size, TimeSpan? startLimit = null) : IAsyncDisposable
{
    private static readonly TimeSpan s_growAfter = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan s_startLimit = TimeSpan.FromMinutes(5);
    private readonly Channel<TestSessionLane> _idle = Channel.CreateUnbounded<TestSessionLane>();
    private readonly ConcurrentBag<TestSessionLane> _lanes = [];
    private readonly ConcurrentBag<Task> _starts = [];
    private readonly CancellationTokenSource _stopping = new();
    private int _started;
    private string? _problem;

    /// <summary>Why no session is used, when one could not be started.</summary>
    public string? Problem => Volatile.Read(ref _problem);

    /// <summary>Starts the first session, so that it is ready when the first run comes.</summary>
    public void Warm() => TryStart();

    /// <summary>A free lane; <see langword="null"/> when sessions cannot be used.</summary>
    public async Task<TestSessionLane?> RentAsync(CancellationToken cancellationToken)
    {
        if (_idle.Reader.TryRead(out var free))
        {
            return free;
        }

        var waiting = _idle.Reader.ReadAsync(cancellationToken).AsTask();
        if (await Task.WhenAny(waiting, Task.Delay(s_growAfter, cancellationToken)).ConfigureAwait(false) != waiting)
        {
            TryStart();
        }

        try
        {
            return await waiting.ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            return null;
        }
    }

    /// <summary>
    /// Runs <paramref name="tests"/> on <paramref name="lane"/> with its switch at <paramref name="variant"/>; the lane
    /// goes back to the pool, or is discarded when spent (killed at <paramref name="limit"/>, aborted, or silent).
    /// </summary>
    public async Task<LaneRun> RunAsync(TestSessionLane lane, int variant, IReadOnlyList<JsonNode> tests, TimeSpan limit, CancellationToken cancellationToken)
    {
        lane.Switch.Active = variant;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(limit);
        try
        {
            var run = await lane.Session.RunAsync(tests, deadline.Token).ConfigureAwait(false);
            lane.Switch.Active = 0;
            if (run.Aborted)
            {
                Discard(lane);
                return LaneRun.Unsettled;
            }

            Return(lane);
            return new LaneRun(run, TimedOut: false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Discard(lane);
            return LaneRun.OutOfTime;
        }
        catch (VsTestSessionException)
        {
            // The console stopped speaking: this lane is spent, and the run goes to a test host of its own.
            Discard(lane);
            return LaneRun.Unsettled;
        }
    }

    /// <summary>Gives back a lane that is fit for another run.</summary>
    public void Return(TestSessionLane lane)
    {
        if (!_idle.Writer.TryWrite(lane))
        {
            lane.Dispose();
        }
    }

    /// <summary>Ends a lane that is spent (killed after a timeout, or its test host crashed), and starts another in its place.</summary>
    public void Discard(TestSessionLane lane)
    {
        lane.Dispose();
        Interlocked.Decrement(ref _started);
        TryStart();
    }

    /// <summary>Stops the sessions, waiting for those still starting.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        _ = _idle.Writer.TryComplete();
        await Task.WhenAll(_starts).ConfigureAwait(false);
        foreach (var lane in _lanes)
        {
            lane.Dispose();
        }

        _stopping.Dispose();
    }

    private void TryStart()
    {
        if (_stopping.IsCancellationRequested || _idle.Reader.Completion.IsCompleted || Interlocked.Increment(ref _started) > size)
        {
            Interlocked.Decrement(ref _started);
            return;
        }

        _starts.Add(StartAsync());
    }

    private async Task StartAsync()
    {
        SharedSwitch? shared = null;
        var limit = startLimit ?? s_startLimit;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        deadline.CancelAfter(limit);
        try
        {
            Directory.CreateDirectory(switchFolder);
            shared = SharedSwitch.Create(switchFolder);
            var environment = new Dictionary<string, string> { [MutantSchemata.SharedVariable] = shared.Name };
            var session = await VsTestSession.StartAsync(workingDirectory, assemblies, environment, deadline.Token).ConfigureAwait(false);
            var lane = new TestSessionLane(session, shared);
            _lanes.Add(lane);
            Return(lane);
        }
        catch (Exception exception) when (exception is VsTestSessionException or IOException or UnauthorizedAccessException or OperationCanceledException or TddGuardInputException)
        {
            shared?.Dispose();
            var problem = exception is not OperationCanceledException ? exception.Message
                : _stopping.IsCancellationRequested ? null
                : string.Create(CultureInfo.InvariantCulture, $"dotnet vstest did not start a test session within {limit.TotalSeconds:0.###} s");
            _ = Interlocked.CompareExchange(ref _problem, problem, null);
            _ = _idle.Writer.TryComplete();
        }
    }
}
