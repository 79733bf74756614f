using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace TddGuard.CodeMd;

/// <summary>
/// A Markdown document cut into hand-written text and generated regions between
/// <c>&lt;!-- tddguard:begin NAME --&gt;</c> and <c>&lt;!-- tddguard:end NAME --&gt;</c> lines. Concatenating the
/// segments gives back the text exactly; updates replace regions and never touch the text between them.
/// </summary>
internal sealed partial class MarkerDocument
{
    private const string BeginKind = "begin";
    private const string KindGroup = "kind";
    private const string NameGroup = "name";
    private const string FenceGroup = "fence";
    private const string LineFeed = "\n";
    private const string CrLf = "\r\n";

    private MarkerDocument(IReadOnlyList<DocumentSegment> segments, IReadOnlyList<MarkerProblem> problems, string newLine)
    {
        Segments = segments;
        Problems = problems;
        NewLine = newLine;
    }

    /// <summary>The segments in document order.</summary>
    public IReadOnlyList<DocumentSegment> Segments { get; }

    /// <summary>Markers that could not be paired; when there are any, the document must not be rewritten.</summary>
    public IReadOnlyList<MarkerProblem> Problems { get; }

    /// <summary>The document's line ending: its first line break, else <c>\n</c>.</summary>
    public string NewLine { get; }

    public IEnumerable<DocumentSegment> Regions => Segments.Where(segment => segment.IsRegion);

    public string Text => string.Concat(Segments.Select(segment => segment.Text));

    public static string BeginMarker(string name) => $"<!-- tddguard:begin {name} -->";

    public static string EndMarker(string name) => $"<!-- tddguard:end {name} -->";

    public static string NewLineOf(string text)
    {
        var lineFeed = text.IndexOf('\n', StringComparison.Ordinal);
        return lineFeed > 0 && text[lineFeed - 1] == '\r' ? CrLf : LineFeed;
    }

    public static MarkerDocument Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scan = new Scan(text);
        foreach (var line in Lines(text))
        {
            scan.Visit(line);
        }

        return new MarkerDocument(scan.Finish(), scan.Problems, NewLineOf(text));
    }

    /// <summary>
    /// The document with each region of <paramref name="generated"/> written in place (or inserted after the last
    /// region of its kind, else after the last region, else at the end) and every region for which
    /// <paramref name="isObsolete"/> holds removed. Text outside regions is kept as it is.
    /// </summary>
    /// <param name="generated">Region names and their Markdown content (with <c>\n</c> line breaks), in insertion order.</param>
    /// <param name="isObsolete">Whether an existing region that is not generated any more must go.</param>
    public string Update(IReadOnlyList<KeyValuePair<string, string>> generated, Func<string, bool> isObsolete)
    {
        var contents = generated.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        var parts = Segments.Select(segment => Rewrite(segment, contents, isObsolete)).ToList();
        foreach (var (name, content) in generated.Where(pair => !Regions.Any(region => region.RegionName == pair.Key)))
        {
            Insert(parts, name, RegionText(name, content, NewLine));
        }

        return string.Concat(parts.Select(part => part.Text));
    }

    public static string RegionText(string name, string content, string newLine)
    {
        var body = content.Replace(CrLf, LineFeed, StringComparison.Ordinal).TrimEnd('\n');
        var text = new StringBuilder().Append(BeginMarker(name)).Append('\n');
        if (body.Length > 0)
        {
            text.Append(body).Append('\n');
        }

        text.Append(EndMarker(name)).Append('\n');
        return newLine == LineFeed ? text.ToString() : text.Replace(LineFeed, newLine).ToString();
    }

    /// <summary>The region's name kind: the part before <c>:</c> (<c>namespace</c>, <c>item</c>), or the whole name.</summary>
    public static string KindOf(string name)
    {
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? name : name[..colon];
    }

    private static DocumentSegment Rewrite(DocumentSegment segment, Dictionary<string, string> contents, Func<string, bool> isObsolete)
    {
        if (segment.RegionName is not { } name)
        {
            return segment;
        }

        if (contents.TryGetValue(name, out var content))
        {
            // The end marker keeps the line break it had (none at the end of the file), so a rewrite is stable.
            var finalBreak = segment.Text[segment.Text.TrimEnd('\r', '\n').Length..];
            return segment with { Text = RegionText(name, content, NewLineOf(segment.Text)).TrimEnd('\r', '\n') + finalBreak };
        }

        return isObsolete(name) ? segment with { Text = string.Empty } : segment;
    }

    private void Insert(List<DocumentSegment> parts, string name, string regionText)
    {
        var kind = KindOf(name);
        var after = parts.FindLastIndex(part => part.RegionName is { } existing && KindOf(existing) == kind && part.Text.Length > 0);
        if (after < 0)
        {
            after = parts.FindLastIndex(part => part.IsRegion && part.Text.Length > 0);
        }

        var inserted = new DocumentSegment(regionText, name, 0);
        if (after < 0)
        {
            parts.Add(new DocumentSegment(Separator(string.Concat(parts.Select(part => part.Text))), null, 0));
            parts.Add(inserted);
            return;
        }

        var previous = parts[after];
        var joint = previous.Text.EndsWith('\n') ? NewLine : NewLine + NewLine;
        parts.Insert(after + 1, new DocumentSegment(joint, null, 0));
        parts.Insert(after + 2, inserted);
    }

    private string Separator(string textSoFar) =>
        textSoFar.Length == 0 ? string.Empty
        : textSoFar.EndsWith(NewLine + NewLine, StringComparison.Ordinal) ? string.Empty
        : textSoFar.EndsWith('\n') ? NewLine
        : NewLine + NewLine;

    private static IEnumerable<(int Start, int Length, string Content)> Lines(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var lineFeed = text.IndexOf('\n', start);
            var end = lineFeed < 0 ? text.Length : lineFeed + 1;
            yield return (start, end - start, text[start..end].TrimEnd('\n', '\r'));
            start = end;
        }
    }

    [GeneratedRegex(@"^[ \t]*<!--[ \t]*tddguard:(?<kind>begin|end)[ \t]+(?<name>\S+?)[ \t]*-->[ \t]*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MarkerLine();

    [GeneratedRegex(@"^[ ]{0,3}(?<fence>`{3,}|~{3,})", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex FenceLine();

    /// <summary>One pass over the lines, pairing markers outside fenced code and cutting segments.</summary>
    private sealed class Scan(string text)
    {
        private readonly List<DocumentSegment> _segments = [];
        private readonly Dictionary<string, int> _regionLines = new(StringComparer.Ordinal);
        private int _segmentStart;
        private int _segmentLine = 1;
        private int _line;
        private string? _openRegion;
        private string? _fence;
        private int _fenceLine;

        public List<MarkerProblem> Problems { get; } = [];

        public void Visit((int Start, int Length, string Content) line)
        {
            _line++;
            if (_openRegion is null && IsFence(line.Content))
            {
                return;
            }

            var marker = MarkerLine().Match(line.Content);
            if (!marker.Success)
            {
                return;
            }

            var name = marker.Groups[NameGroup].Value;
            if (marker.Groups[KindGroup].Value == BeginKind)
            {
                Begin(name, line.Start);
            }
            else
            {
                End(name, line.Start + line.Length);
            }
        }

        public List<DocumentSegment> Finish()
        {
            if (_openRegion is not null)
            {
                Problems.Add(new MarkerProblem(_segmentLine, $"The region '{_openRegion}' begun on line {_segmentLine} never ends: add {EndMarker(_openRegion)} after its content."));
            }

            if (_fence is not null)
            {
                Problems.Add(new MarkerProblem(_fenceLine, $"The code fence opened on line {_fenceLine} is never closed, so markers after it would be read as code: close it with {_fence}."));
            }

            Cut(text.Length, regionName: null);
            return _segments;
        }

        private bool IsFence(string content)
        {
            var fence = FenceLine().Match(content);
            if (_fence is null)
            {
                _fence = fence.Success ? fence.Groups[FenceGroup].Value : null;
                _fenceLine = _line;
                return _fence is not null;
            }

            if (fence.Success && fence.Groups[FenceGroup].Value[0] == _fence[0] && fence.Groups[FenceGroup].Value.Length >= _fence.Length && content.Trim() == fence.Groups[FenceGroup].Value)
            {
                _fence = null;
            }

            return true;
        }

        private void Begin(string name, int start)
        {
            if (_openRegion is not null)
            {
                Problems.Add(new MarkerProblem(_line, $"The region '{name}' begins inside the region '{_openRegion}' (begun on line {_segmentLine}): regions cannot nest; end '{_openRegion}' first."));
                return;
            }

            if (_regionLines.TryGetValue(name, out var first))
            {
                Problems.Add(new MarkerProblem(_line, $"The region '{name}' appears twice (lines {first} and {_line}): remove one of them."));
            }
            else
            {
                _regionLines.Add(name, _line);
            }

            Cut(start, regionName: null);
            _segmentLine = _line;
            _openRegion = name;
        }

        private void End(string name, int end)
        {
            if (_openRegion is null)
            {
                Problems.Add(new MarkerProblem(_line, $"The end marker of '{name}' has no begin marker above it: add {BeginMarker(name)} or remove the end marker."));
                return;
            }

            if (_openRegion != name)
            {
                Problems.Add(new MarkerProblem(_line, $"The end marker names '{name}' but the open region is '{_openRegion}' (begun on line {_segmentLine}): make the names agree."));
            }

            Cut(end, _openRegion);
            _segmentLine = _line + 1;
            _openRegion = null;
        }

        private void Cut(int end, string? regionName)
        {
            if (end > _segmentStart || regionName is not null)
            {
                _segments.Add(new DocumentSegment(text[_segmentStart..end], regionName, _segmentLine));
            }

            _segmentStart = end;
        }
    }
}
