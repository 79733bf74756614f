using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TddGuard.Todo;

namespace TddGuard.Evidence;

/// <summary>The checklist as it was at a git revision, read through git, to compare today's against.</summary>
/// <param name="git">Runs git.</param>
public sealed class GitBaseline(IGitRunner git)
{
    // What git says when the path is simply not in that revision: a new checklist has no baseline, and that is fine.
    private static readonly ImmutableArray<string> s_notInRevision = ["exists on disk, but not in", "does not exist in"];

    /// <summary>Reads <paramref name="todoPath"/> (relative to <paramref name="repositoryRoot"/>) at <paramref name="revision"/>.</summary>
    public async Task<BaselineResult> ReadAsync(string repositoryRoot, string todoPath, string revision, CancellationToken cancellationToken)
    {
        var location = SourceLocation.StartOf(todoPath);
        GitResult result;
        try
        {
            result = await git.RunAsync(repositoryRoot, ["show", $"{revision}:./{todoPath}"], cancellationToken).ConfigureAwait(false);
        }
        catch (GitUnavailableException exception)
        {
            return BaselineResult.Failed(new InputProblem(location, $"The baseline at '{revision}' is unknown because TddGuard could not run git: {exception.Message}"));
        }

        if (result.ExitCode == 0)
        {
            return new BaselineResult(TodoParser.Parse(result.Output, todoPath), null);
        }

        var isNotInRevision = s_notInRevision.Any(phrase => result.Error.Contains(phrase, StringComparison.Ordinal));
        return isNotInRevision
            ? new BaselineResult(null, null)
            : BaselineResult.Failed(new InputProblem(location, $"git could not read {todoPath} at '{revision}': {result.Error.Trim()}"));
    }
}

/// <summary>The baseline checklist, or why there is none.</summary>
/// <param name="List">The checklist at the revision; null when the revision has no such file or it could not be read.</param>
/// <param name="Problem">Why it could not be read, or null.</param>
public sealed record BaselineResult(TodoList? List, InputProblem? Problem)
{
    internal static BaselineResult Failed(InputProblem problem) => new(null, problem);
}
