using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace TddGuard.Todo;

/// <summary>
/// The parts of an entry's text after its checkbox: an explicit ID (<c>F01</c>, <c>[T001]</c>, <c>2.1</c>), spec-kit
/// markers (<c>[P]</c>, <c>[US1]</c>) and the text itself; Kiro requirement lines are split off by the caller.
/// </summary>
internal sealed partial record TodoEntryText(string? Id, IReadOnlyList<string> Markers, string Text)
{
    private const string IdGroup = "id";
    private const string MarkerGroup = "marker";
    private const string RequirementsGroup = "requirements";

    public static TodoEntryText Parse(string text)
    {
        var normalized = TodoKeys.Normalize(text);
        var id = LeadingId().Match(normalized);
        var rest = id.Success ? normalized[id.Length..] : normalized;
        var markers = LeadingMarkers().Match(rest);
        var markerNames = markers.Groups[MarkerGroup].Captures.Select(capture => capture.Value).ToArray();
        return new TodoEntryText(
            id.Success ? id.Groups[IdGroup].Value : null,
            markerNames,
            rest[markers.Length..].Trim());
    }

    /// <summary>The requirement numbers of a Kiro <c>_Requirements: 1.2, 3.1_</c> line, or null for any other line.</summary>
    public static IReadOnlyList<string>? ParseRequirements(string line)
    {
        var match = RequirementsLine().Match(line.Trim());
        return match.Success
            ? match.Groups[RequirementsGroup].Value.Split(',', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries)
            : null;
    }

    // Letters then a number (F01, T001, REQ-12), optionally in brackets, or a dotted number hierarchy: "1." or "2.1".
    [GeneratedRegex(@"^(?:\[(?<id>[A-Z]{1,8}-?\d{1,6})\]|(?<id>[A-Z]{1,8}-?\d{1,6})|(?<id>\d{1,6}(?:\.\d{1,6})*)\.|(?<id>\d{1,6}(?:\.\d{1,6})+))(?:\s+|$)")]
    private static partial Regex LeadingId();

    [GeneratedRegex(@"^(?:\[(?<marker>P|US\d{1,4})\]\s*)*")]
    private static partial Regex LeadingMarkers();

    [GeneratedRegex(@"^_Requirements:\s*(?<requirements>[^_]*)_$")]
    private static partial Regex RequirementsLine();
}
