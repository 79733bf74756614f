using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TddGuard.CodeMd;

/// <summary>
/// Names in backticks, in the hand-written text, that look like code (<c>TodoParser</c>, <c>TodoCheck.RunAsync()</c>,
/// <c>Shared/LineEndings</c>) and that the code no longer knows in any way (TG3102). Generated regions are not
/// read: they are regenerated. One-sided on purpose: a name the code still mentions anywhere is never reported.
/// </summary>
internal static partial class StaleNames
{
    private const string NameGroup = "name";

    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    /// <summary>The code-like names the code does not know: the name, the whole backticked text, and its 1-based position.</summary>
    public static IEnumerable<(string Name, string Text, TextPosition Position)> Find(MarkerDocument document, IReadOnlySet<string> knownNames)
    {
        var text = document.Text;
        var regions = RegionSpans(document).ToList();
        var lines = new LineIndex(text);
        return Markdown.Parse(text, s_pipeline).Descendants<CodeInline>()
            .Where(code => !regions.Any(region => code.Span.Start >= region.Start && code.Span.Start < region.End))
            .Select(code => (Code: code, Match: CodeName().Match(code.Content.Trim())))
            .Where(candidate => candidate.Match.Success && !knownNames.Contains(candidate.Match.Groups[NameGroup].Value))
            .Select(candidate => (candidate.Match.Groups[NameGroup].Value, candidate.Code.Content.Trim(), lines.PositionOf(candidate.Code.Span.Start)));
    }

    private static IEnumerable<(int Start, int End)> RegionSpans(MarkerDocument document)
    {
        var offset = 0;
        foreach (var segment in document.Segments)
        {
            if (segment.IsRegion)
            {
                yield return (offset, offset + segment.Text.Length);
            }

            offset += segment.Text.Length;
        }
    }

    /// <summary>
    /// Optional folders or qualifiers, then a PascalCase name with at least one lower-case letter (so <c>TG3001</c>
    /// and <c>CI</c> are not names), then optional type arguments and parentheses.
    /// </summary>
    [GeneratedRegex(@"^(?:[A-Za-z_][A-Za-z0-9_]*[./])*(?<name>[A-Z][A-Za-z0-9_]*[a-z][A-Za-z0-9_]*)(?:<[^<>]*>)?(?:\([^()]*\))?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex CodeName();
}
