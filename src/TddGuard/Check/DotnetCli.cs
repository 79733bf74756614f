using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace TddGuard.Check;

/// <summary>Runs the <c>dotnet</c> CLI as a child process, isolated from any MSBuild that runs us.</summary>
internal static class DotnetCli
{
    private const string Executable = "dotnet";
    private const string On = "1";

    /// <summary>How a dotnet command ended.</summary>
    /// <param name="ExitCode">The process exit code.</param>
    /// <param name="Output">Standard output and error, interleaved as they came.</param>
    public sealed record Result(int ExitCode, string Output);

    /// <exception cref="TddGuardInputException">dotnet could not be started.</exception>
    public static Task<Result> RunAsync(string workingDirectory, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        RunAsync(workingDirectory, arguments, new Dictionary<string, string>(), cancellationToken);

    /// <summary>Runs dotnet with further <paramref name="environment"/> variables; cancelling kills its whole process tree.</summary>
    /// <exception cref="TddGuardInputException">dotnet could not be started.</exception>
    public static async Task<Result> RunAsync(string workingDirectory, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var output = new StringBuilder();
        using var process = Launch(workingDirectory, arguments, environment, output);
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        process.WaitForExit();
        lock (output)
        {
            return new Result(process.ExitCode, output.ToString());
        }
    }

    /// <summary>
    /// Starts dotnet with <paramref name="arguments"/> and further <paramref name="environment"/> variables, and leaves
    /// it running (for a process spoken to over a socket, say). Its output goes to <paramref name="output"/>, a line at
    /// a time under a lock on it; the caller waits for it or kills it.
    /// </summary>
    /// <exception cref="TddGuardInputException">dotnet could not be started.</exception>
    public static Process Launch(string workingDirectory, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment, StringBuilder output)
    {
        var startInfo = StartInfoFor(workingDirectory, arguments);
        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        var process = Start(startInfo, arguments);
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static ProcessStartInfo StartInfoFor(string workingDirectory, IReadOnlyList<string> arguments)
    {
        var startInfo = RedirectedProcess.StartInfo(Executable, workingDirectory, arguments);
        Isolate(startInfo);
        return startInfo;
    }

    private static Process Start(ProcessStartInfo startInfo, IReadOnlyList<string> arguments)
    {
        try
        {
            return Process.Start(startInfo) ?? throw new TddGuardInputException($"Could not run dotnet {string.Join(' ', arguments)}: no process was started.");
        }
        catch (Win32Exception exception)
        {
            throw new TddGuardInputException($"Could not run dotnet ({exception.Message}): install the .NET SDK or put dotnet on the PATH.", exception);
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    /// <summary>
    /// A calling MSBuild or test host leaves variables that would point the child at its state; and build servers the
    /// child leaves behind would hold our output pipes open.
    /// </summary>
    private static void Isolate(ProcessStartInfo startInfo)
    {
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            var name = (string)variable.Key;
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                startInfo.Environment.Remove(name);
            }
        }

        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = On;
        startInfo.Environment["DOTNET_NOLOGO"] = On;
        startInfo.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        startInfo.Environment["MSBUILDDISABLENODEREUSE"] = On;
        startInfo.Environment["UseSharedCompilation"] = "false";
    }
}
