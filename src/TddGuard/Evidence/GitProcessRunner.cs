using System.Collections.Generic;
using System.Collections.Immutable;
using System.ComponentModel;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace TddGuard.Evidence;

/// <summary>Runs the real <c>git</c> executable.</summary>
/// <param name="executable">The git executable, found on the PATH unless a path is given.</param>
public sealed class GitProcessRunner(string executable = GitProcessRunner.DefaultExecutable) : IGitRunner
{
    /// <summary>git as found on the PATH.</summary>
    public const string DefaultExecutable = "git";

    // Variables a calling git (a hook, a rebase) sets would point this git at the caller's repository.
    private static readonly ImmutableArray<string> s_repositoryVariables = ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_PREFIX"];

    /// <inheritdoc />
    public async Task<GitResult> RunAsync(string workingDirectory, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var startInfo = RedirectedProcess.StartInfo(executable, workingDirectory, arguments);
        IsolateFromCallingRepository(startInfo);
        using var process = Start(startInfo);
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return new GitResult(process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
    }

    /// <summary>Removes the variables through which a calling git would redirect this one.</summary>
    public static void IsolateFromCallingRepository(ProcessStartInfo startInfo)
    {
        System.ArgumentNullException.ThrowIfNull(startInfo);
        foreach (var variable in s_repositoryVariables)
        {
            startInfo.Environment.Remove(variable);
        }
    }

    private Process Start(ProcessStartInfo startInfo)
    {
        try
        {
            return Process.Start(startInfo) ?? throw new GitUnavailableException($"Could not run git ('{executable}'): no process was started.");
        }
        catch (Win32Exception exception)
        {
            throw new GitUnavailableException($"Could not run git ('{executable}'): {exception.Message}. Install git or put it on the PATH.", exception);
        }
    }
}
