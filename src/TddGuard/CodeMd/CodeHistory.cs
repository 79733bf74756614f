using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TddGuard.Evidence;

namespace TddGuard.CodeMd;

/// <summary>
/// Whether a name the code no longer knows was ever in its C# files (<c>git log -S</c>): only then is the design
/// stale. A name that never was code (an MSBuild item, a tool) is not reported. Without git history every unknown
/// name is reported.
/// </summary>
internal sealed class CodeHistory(IGitRunner git, string repositoryRoot)
{
    private const string CodeFiles = "*.cs";

    /// <summary>The names of <paramref name="unknown"/> that were once in the code, or all of them when history is unavailable.</summary>
    public async Task<IReadOnlySet<string>> OnceInCodeAsync(IEnumerable<string> unknown, CancellationToken cancellationToken)
    {
        var names = unknown.ToHashSet(System.StringComparer.Ordinal);
        var once = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var name in names.Order(System.StringComparer.Ordinal))
        {
            var result = await LogAsync(name, cancellationToken).ConfigureAwait(false);
            if (result is not { ExitCode: 0 })
            {
                return names;
            }

            if (result.Output.Trim().Length > 0)
            {
                _ = once.Add(name);
            }
        }

        return once;
    }

    private async Task<GitResult?> LogAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            return await git.RunAsync(repositoryRoot, ["log", "-S", name, "--format=%h", "-1", "--", CodeFiles], cancellationToken).ConfigureAwait(false);
        }
        catch (GitUnavailableException exception)
        {
            // Without git there is no history to ask: every unknown name is reported, which the result says.
            return new GitResult(-1, string.Empty, exception.Message);
        }
    }
}
