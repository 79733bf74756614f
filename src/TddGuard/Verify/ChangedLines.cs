using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using TddGuard.Evidence;

namespace TddGuard.Verify;

/// <summary>
/// The lines that changed since a git revision, per file (relative to the repository, forward slashes): what
/// <c>--since</c> verifies. Read from <c>git diff --unified=0</c>, whose hunk headers give the new side's line ranges;
/// an untracked file changed as a whole.
/// </summary>
internal sealed partial class ChangedLines
{
    private const string NewFilePrefix = "+++ ";
    private const string NewSidePrefix = "b/";
    private const string StartGroup = "start";
    private const string CountGroup = "count";

    private readonly Dictionary<string, List<(int First, int Last)>> _ranges = new(StringComparer.Ordinal);

    /// <summary>Reads a zero-context unified diff (<c>git diff --unified=0</c>).</summary>
    public static ChangedLines Parse(string unifiedDiff)
    {
        var changes = new ChangedLines();
        string? file = null;
        foreach (var line in unifiedDiff.Split('\n').Select(line => line.TrimEnd('\r')))
        {
            if (line.StartsWith(NewFilePrefix, StringComparison.Ordinal))
            {
                var path = line[NewFilePrefix.Length..];
                file = path.StartsWith(NewSidePrefix, StringComparison.Ordinal) ? path[NewSidePrefix.Length..] : null;
                continue;
            }

            var hunk = HunkHeader().Match(line);
            if (file is not null && hunk.Success)
            {
                var start = int.Parse(hunk.Groups[StartGroup].Value, CultureInfo.InvariantCulture);
                var count = hunk.Groups[CountGroup].Success ? int.Parse(hunk.Groups[CountGroup].Value, CultureInfo.InvariantCulture) : 1;

                // A deletion (count 0) happened between line start and the next: both neighbours changed.
                changes.Add(file, start, count == 0 ? start + 1 : start + count - 1);
            }
        }

        return changes;
    }

    /// <summary>The lines changed in <paramref name="repositoryRoot"/> since <paramref name="revision"/>, untracked files included.</summary>
    /// <exception cref="TddGuardInputException">git failed, e.g. the revision does not exist.</exception>
    public static async Task<ChangedLines> SinceAsync(IGitRunner git, string repositoryRoot, string revision, CancellationToken cancellationToken)
    {
        var diff = await RunAsync(git, repositoryRoot, ["diff", "--unified=0", "--no-color", "--no-ext-diff", "--relative", revision, "--"], cancellationToken).ConfigureAwait(false);
        var changes = Parse(diff);
        var untracked = await RunAsync(git, repositoryRoot, ["ls-files", "--others", "--exclude-standard"], cancellationToken).ConfigureAwait(false);
        foreach (var file in untracked.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            changes.Add(file, 1, int.MaxValue);
        }

        return changes;
    }

    /// <summary>Whether any line from <paramref name="firstLine"/> to <paramref name="lastLine"/> of <paramref name="file"/> changed.</summary>
    public bool Touches(string file, int firstLine, int lastLine) =>
        _ranges.TryGetValue(file, out var ranges) && ranges.Any(range => range.First <= lastLine && firstLine <= range.Last);

    private void Add(string file, int first, int last)
    {
        if (!_ranges.TryGetValue(file, out var ranges))
        {
            ranges = [];
            _ranges.Add(file, ranges);
        }

        ranges.Add((first, last));
    }

    private static async Task<string> RunAsync(IGitRunner git, string folder, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        GitResult result;
        try
        {
            result = await git.RunAsync(folder, arguments, cancellationToken).ConfigureAwait(false);
        }
        catch (GitUnavailableException exception)
        {
            throw new TddGuardInputException($"--since needs git: {exception.Message}", exception);
        }

        return result.ExitCode == 0
            ? result.Output
            : throw new TddGuardInputException($"git {string.Join(' ', arguments)} failed in {folder} (exit code {result.ExitCode}): {result.Error.Trim()}");
    }

    [GeneratedRegex(@"^@@ -\d+(?:,\d+)? \+(?<start>\d+)(?:,(?<count>\d+))? @@", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex HunkHeader();
}
