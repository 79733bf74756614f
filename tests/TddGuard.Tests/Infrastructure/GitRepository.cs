using System;
using System.Diagnostics;
using TddGuard.Evidence;

namespace TddGuard.Tests.Infrastructure;

/// <summary>A throw-away git repository in a temporary folder, driven through the real <c>git</c> executable.</summary>
internal sealed class GitRepository : IDisposable
{
    private readonly TemporaryDirectory _directory = new("git");

    public GitRepository()
    {
        Git("init", "--quiet", "--initial-branch=main");
        Git("config", "user.email", "tests@tddguard.invalid");
        Git("config", "user.name", "TddGuard tests");
        Git("config", "commit.gpgsign", "false");
    }

    public string Path => _directory.Path;

    public string WriteFile(string relativePath, string content) => _directory.WriteFile(relativePath, content);

    public void CommitAll(string message)
    {
        Git("add", "--all");
        Git("commit", "--quiet", "--allow-empty", "-m", message);
    }

    public void Git(params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("git")
        {
            WorkingDirectory = Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        GitProcessRunner.IsolateFromCallingRepository(startInfo);
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start git.");
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed ({process.ExitCode}): {output}");
        }
    }

    public void Dispose() => _directory.Dispose();
}
