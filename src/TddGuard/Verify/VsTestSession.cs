using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using TddGuard.Check;

namespace TddGuard.Verify;

/// <summary>How a run in a <see cref="VsTestSession"/> ended.</summary>
/// <param name="Results">Each test's outcome.</param>
/// <param name="Aborted">Whether the run ended in error (a test host crashed, say).</param>
internal sealed record VsTestRun(IReadOnlyList<VsTestResult> Results, bool Aborted);

/// <summary>
/// A <c>vstest.console</c> in design mode (as an IDE starts it) holding a test session over the test assemblies: the
/// test hosts it starts stay up between runs, so a run of a few tests costs tens of milliseconds instead of a process
/// start. One run at a time. Cancelling a run kills the console and its test hosts: the session is spent.
/// </summary>
internal sealed class VsTestSession : IDisposable
{
    private const string Console = "vstest";
    private const int MaxOutputShown = 2000;
    private readonly Process _console;
    private readonly StringBuilder _output;
    private readonly TcpClient _client;
    private readonly BinaryReader _reader;
    private readonly BinaryWriter _writer;
    private readonly string _settings;
    private JsonNode? _session;
    private int _disposed;

    private VsTestSession(Process console, StringBuilder output, TcpClient client, string settings)
    {
        _console = console;
        _output = output;
        _client = client;
        var stream = client.GetStream();
        _reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        _writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        _settings = settings;
    }

    /// <summary>The tests the session's assemblies hold, as discovered.</summary>
    public IReadOnlyList<JsonNode> Tests { get; private set; } = [];

    /// <summary>Starts the console, its session over <paramref name="assemblies"/> and discovers their tests.</summary>
    /// <param name="workingDirectory">Where the console runs.</param>
    /// <param name="assemblies">The test assemblies.</param>
    /// <param name="environment">Variables for the test hosts.</param>
    /// <param name="cancellationToken">Stops the start, killing the console.</param>
    /// <exception cref="VsTestSessionException">The console could not be started or spoken to.</exception>
    public static async Task<VsTestSession> StartAsync(string workingDirectory, IReadOnlyList<string> assemblies, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);
        var output = new StringBuilder();
        var console = DotnetCli.Launch(workingDirectory, [Console, "--port:" + port, "--parentprocessid:" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture)], new Dictionary<string, string>(), output);
        VsTestSession? session = null;
        try
        {
            var accepted = listener.AcceptTcpClientAsync(cancellationToken).AsTask();
            if (await Task.WhenAny(accepted, console.WaitForExitAsync(cancellationToken)).ConfigureAwait(false) != accepted)
            {
                cancellationToken.ThrowIfCancellationRequested();
                throw new VsTestSessionException($"dotnet vstest ended before it connected: {Tail(output)}");
            }

            session = new VsTestSession(console, output, await accepted.ConfigureAwait(false), VsTestMessages.RunSettings(environment));
            using var stop = cancellationToken.Register(session.Kill);
            await session.OpenAsync(assemblies).ConfigureAwait(false);
            return session;
        }
        catch (Exception exception) when (exception is IOException or SocketException or JsonException or InvalidOperationException)
        {
            Stop(session, console);
            cancellationToken.ThrowIfCancellationRequested();
            throw new VsTestSessionException($"dotnet vstest could not start a test session ({exception.Message}): {Tail(output)}", exception);
        }
        catch
        {
            Stop(session, console);
            throw;
        }
    }

    /// <summary>Runs <paramref name="tests"/> (some of <see cref="Tests"/>) in the session's test hosts.</summary>
    /// <exception cref="OperationCanceledException">Cancelled: the console is killed.</exception>
    /// <exception cref="VsTestSessionException">The console stopped speaking.</exception>
    public async Task<VsTestRun> RunAsync(IReadOnlyList<JsonNode> tests, CancellationToken cancellationToken)
    {
        using var stop = cancellationToken.Register(Kill);
        try
        {
            Send(VsTestMessages.RunSelected, VsTestMessages.RunPayload(tests, _settings, _session!));
            var results = new List<VsTestResult>();
            while (true)
            {
                var message = await ReceiveAsync().ConfigureAwait(false);
                results.AddRange(VsTestMessages.Results(message));
                if (VsTestMessages.TypeOf(message) == VsTestMessages.RunCompleted)
                {
                    return new VsTestRun(results, VsTestMessages.IsAborted(message));
                }
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or JsonException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw new VsTestSessionException($"dotnet vstest stopped during a run ({exception.Message}): {Tail(_output)}", exception);
        }
    }

    /// <summary>Kills the console and its test hosts; a second call does nothing.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        Terminate();
        _reader.Dispose();
        _writer.Dispose();
        _client.Dispose();
        _console.Dispose();
    }

    private static string Tail(StringBuilder output)
    {
        lock (output)
        {
            var text = output.ToString().Trim();
            return text.Length == 0 ? "it printed nothing." : text[Math.Max(0, text.Length - MaxOutputShown)..];
        }
    }

    private async Task OpenAsync(IReadOnlyList<string> assemblies)
    {
        await ExpectAsync(VsTestMessages.Connected).ConfigureAwait(false);
        Send(VsTestMessages.ProtocolVersion, VsTestMessages.Version, version: false);
        await ExpectAsync(VsTestMessages.ProtocolVersion).ConfigureAwait(false);
        Send(VsTestMessages.StartTestSession, VsTestMessages.StartSessionPayload(assemblies, _settings));
        var started = await ExpectAsync(VsTestMessages.StartTestSessionCallback).ConfigureAwait(false);
        _session = VsTestMessages.SessionOf(started) ?? throw new InvalidOperationException("the console started no test session");
        Send(VsTestMessages.Discover, VsTestMessages.DiscoverPayload(assemblies, _settings, _session));
        var tests = new List<JsonNode>();
        while (true)
        {
            var message = await ReceiveAsync().ConfigureAwait(false);
            tests.AddRange(VsTestMessages.TestsFound(message));
            if (VsTestMessages.TypeOf(message) == VsTestMessages.DiscoveryCompleted)
            {
                Tests = tests;
                return;
            }
        }
    }

    /// <summary>Reads messages up to the first of <paramref name="type"/>, which it returns.</summary>
    private async Task<JsonNode> ExpectAsync(string type)
    {
        while (true)
        {
            var message = await ReceiveAsync().ConfigureAwait(false);
            if (VsTestMessages.TypeOf(message) == type)
            {
                return message;
            }
        }
    }

    private void Send(string type, JsonNode? payload, bool version = true)
    {
        _writer.Write(VsTestMessages.Envelope(type, payload, version ? VsTestMessages.Version : null));
        _writer.Flush();
    }

    /// <exception cref="EndOfStreamException">The console closed the connection.</exception>
    private async Task<JsonNode> ReceiveAsync()
    {
        var text = await Task.Run(_reader.ReadString).ConfigureAwait(false);
        return VsTestMessages.Parse(text);
    }

    private static void Stop(VsTestSession? session, Process console)
    {
        if (session is not null)
        {
            session.Dispose();
            return;
        }

        KillTree(console);
        console.Dispose();
    }

    /// <summary>Kills the console and its test hosts, unless it has exited already.</summary>
    private static void KillTree(Process console)
    {
        if (!console.HasExited)
        {
            console.Kill(entireProcessTree: true);
        }
    }

    /// <summary>On cancellation: stops the console, unless the session is disposed already.</summary>
    private void Kill()
    {
        if (Volatile.Read(ref _disposed) == 0)
        {
            Terminate();
        }
    }

    private void Terminate()
    {
        KillTree(_console);
        _client.Close();
    }
}

/// <summary>A test session could not be started or spoken to: runs go to a test host of their own instead.</summary>
internal sealed class VsTestSessionException : Exception
{
    public VsTestSessionException(string message)
        : base(message)
    {
    }

    public VsTestSessionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
