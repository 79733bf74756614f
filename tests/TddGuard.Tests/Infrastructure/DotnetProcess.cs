using System;
using System.Collections;
using System.Diagnostics;
using System.Text;
using System.Threading.Tasks;

namespace TddGuard.Tests.Infrastructure;

/// <summary>Runs the <c>dotnet</c> CLI (or a program it installed) as a child process, isolated from the MSBuild that runs the tests.</summary>
internal static class DotnetProcess
{
    private const string Dotnet = "dotnet";

    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(10);

    public static Task<ProcessResult> RunAsync(string workingDirectory, params string[] arguments) =>
        RunProgramAsync(Dotnet, workingDirectory, arguments);

    public static async Task<ProcessResult> RunProgramAsync(string program, string workingDirectory, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        IsolateFromHostBuild(startInfo);
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = new StringBuilder();
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = new System.Threading.CancellationTokenSource(s_timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within {s_timeout}.", exception);
        }

        process.WaitForExit();
        return new ProcessResult(process.ExitCode, output.ToString());
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
    /// The test host inherits variables that point a child MSBuild at the parent's SDK state; a child build must
    /// resolve everything itself, and must not leave build servers behind that hold our pipes open.
    /// </summary>
    private static void IsolateFromHostBuild(ProcessStartInfo startInfo)
    {
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            var name = (string)variable.Key;
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                startInfo.Environment.Remove(name);
            }
        }

        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        startInfo.Environment["UseSharedCompilation"] = "false";
    }
}

internal sealed record ProcessResult(int ExitCode, string Output);
