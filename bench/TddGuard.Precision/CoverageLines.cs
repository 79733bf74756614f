using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace TddGuard.Precision;

/// <summary>The hits of every line of one or more Cobertura files, by source file.</summary>
internal sealed class CoverageLines
{
    private readonly Dictionary<string, Dictionary<int, int>> _hitsByFile = new(StringComparer.Ordinal);

    /// <summary>How many source files the coverage lists.</summary>
    public int FileCount => _hitsByFile.Count;

    /// <summary>Adds a Cobertura document; a line listed more than once counts as covered when any listing hit it.</summary>
    public void Add(XDocument cobertura)
    {
        var sources = cobertura.Descendants("source").Select(source => source.Value.Trim()).Where(source => source.Length > 0).ToList();
        foreach (var type in cobertura.Descendants("class"))
        {
            var lines = HitsOf(PathOf((string?)type.Attribute("filename") ?? string.Empty, sources));
            foreach (var line in type.Descendants("line"))
            {
                var number = IntegerOf(line, "number");
                var hits = IntegerOf(line, "hits");
                lines[number] = lines.TryGetValue(number, out var previous) ? Math.Max(previous, hits) : hits;
            }
        }
    }

    /// <summary>
    /// The coverage of <paramref name="span"/> in <paramref name="file"/> (relative to <paramref name="repositoryRoot"/>);
    /// when the coverage names the file by another root (a deterministic build's <c>/_/</c>), the one file whose path
    /// ends with the relative path is taken.
    /// </summary>
    public LineHits HitsIn(string repositoryRoot, string file, LineSpan span)
    {
        var lines = LinesOf(repositoryRoot, file);
        if (lines is null)
        {
            return new LineHits(0, 0);
        }

        var listed = lines.Where(line => line.Key >= span.First && line.Key <= span.Last).ToList();
        return new LineHits(listed.Count, listed.Count(line => line.Value > 0));
    }

    private Dictionary<int, int>? LinesOf(string repositoryRoot, string file)
    {
        if (_hitsByFile.TryGetValue(Normal(Path.GetFullPath(file, repositoryRoot)), out var lines))
        {
            return lines;
        }

        var suffix = "/" + Normal(file).TrimStart('/');
        var candidates = _hitsByFile.Where(entry => entry.Key.EndsWith(suffix, StringComparison.Ordinal)).Take(2).ToList();
        return candidates.Count == 1 ? candidates[0].Value : null;
    }

    private Dictionary<int, int> HitsOf(string path)
    {
        if (!_hitsByFile.TryGetValue(path, out var lines))
        {
            lines = [];
            _hitsByFile.Add(path, lines);
        }

        return lines;
    }

    /// <summary>Coverlet names a file relative to the first of its sources (several only when a build spans drives).</summary>
    private static string PathOf(string filename, List<string> sources)
    {
        var normal = Normal(filename);
        if (Path.IsPathRooted(filename) || normal.StartsWith('/') || sources.Count == 0)
        {
            return normal;
        }

        var existing = sources.Select(source => Normal(source).TrimEnd('/') + "/" + normal).FirstOrDefault(File.Exists);
        return existing ?? Normal(sources[0]).TrimEnd('/') + "/" + normal;
    }

    private static string Normal(string path) => path.Replace('\\', '/');

    private static int IntegerOf(XElement element, string attribute) =>
        int.TryParse((string?)element.Attribute(attribute), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidDataException($"A <{element.Name.LocalName}> element has no whole number in its '{attribute}' attribute.");
}
