using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace TddGuard.Evidence;

/// <summary>Runs git commands; the seam that lets tests stand in for the <c>git</c> executable.</summary>
public interface IGitRunner
{
    /// <summary>Runs <c>git</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    /// <exception cref="GitUnavailableException">git could not be started.</exception>
    Task<GitResult> RunAsync(string workingDirectory, IReadOnlyList<string> arguments, CancellationToken cancellationToken);
}

/// <summary>How a git command ended.</summary>
/// <param name="ExitCode">The process exit code; 0 is success.</param>
/// <param name="Output">Standard output, decoded as UTF-8.</param>
/// <param name="Error">Standard error.</param>
public sealed record GitResult(int ExitCode, string Output, string Error);
