using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace TddGuard.Evidence;

/// <summary>
/// File patterns as shells write them, relative to the repository or absolute: <c>*</c> and <c>?</c> within a
/// folder name, <c>**</c> across folders. A pattern without wildcards names one file.
/// </summary>
internal static class Glob
{
    private static readonly SearchValues<char> s_wildcards = SearchValues.Create("*?");
    private static readonly TimeSpan s_matchTimeout = TimeSpan.FromSeconds(1);

    // Folders we may not read are left out rather than failing the search.
    private static readonly EnumerationOptions s_allFolders = new() { IgnoreInaccessible = true, RecurseSubdirectories = true };

    public static IReadOnlyList<string> Files(string repositoryRoot, string pattern)
    {
        var fullPattern = Path.GetFullPath(pattern, repositoryRoot).Replace('\\', '/');
        var firstWildcard = fullPattern.AsSpan().IndexOfAny(s_wildcards);
        if (firstWildcard < 0)
        {
            return File.Exists(fullPattern) ? [fullPattern] : [];
        }

        var baseDirectory = fullPattern[..(fullPattern.LastIndexOf('/', firstWildcard) + 1)];
        if (!Directory.Exists(baseDirectory))
        {
            return [];
        }

        var matcher = new Regex(ToRegex(fullPattern[baseDirectory.Length..]), RegexOptions.CultureInvariant, s_matchTimeout);
        return [.. Directory.EnumerateFiles(baseDirectory, "*", s_allFolders)
            .Select(file => file.Replace('\\', '/'))
            .Where(file => matcher.IsMatch(file[baseDirectory.Length..]))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Whether <paramref name="relativePath"/> (relative to the repository, forward slashes) matches <paramref name="pattern"/>.</summary>
    public static bool Matches(string pattern, string relativePath) =>
        new Regex(ToRegex(pattern.Replace('\\', '/')), RegexOptions.CultureInvariant, s_matchTimeout).IsMatch(relativePath);

    private static string ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var index = 0; index < pattern.Length; index++)
        {
            regex.Append(pattern[index] switch
            {
                '*' when pattern[index..].StartsWith("**/", StringComparison.Ordinal) => Skip(ref index, 2, "(?:.*/)?"),
                '*' when pattern[index..].StartsWith("**", StringComparison.Ordinal) => Skip(ref index, 1, ".*"),
                '*' => "[^/]*",
                '?' => "[^/]",
                var literal => Regex.Escape(literal.ToString()),
            });
        }

        return regex.Append('$').ToString();
    }

    private static string Skip(ref int index, int extraCharacters, string regex)
    {
        index += extraCharacters;
        return regex;
    }
}
