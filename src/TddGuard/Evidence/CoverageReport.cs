using System.Collections.Generic;
using System.Linq;

namespace TddGuard.Evidence;

/// <summary>Line coverage of production members, merged from one or more Cobertura files.</summary>
public sealed class CoverageReport
{
    private readonly Dictionary<CoveredLine, int> _hits = [];
    private readonly Dictionary<string, Dictionary<string, HashSet<CoveredLine>>> _linesByTypeAndMember = new(System.StringComparer.Ordinal);

    /// <summary>
    /// The line coverage of the members whose type and member names both appear in <paramref name="referencedNames"/>
    /// (constructors need only the type name), or null when none does.
    /// </summary>
    public LineCoverage? CoverageOf(IReadOnlySet<string> referencedNames)
    {
        var lines = new HashSet<CoveredLine>();
        foreach (var name in referencedNames)
        {
            if (!_linesByTypeAndMember.TryGetValue(name, out var members))
            {
                continue;
            }

            foreach (var member in members.Where(member => member.Key == name || referencedNames.Contains(member.Key)))
            {
                lines.UnionWith(member.Value);
            }
        }

        return lines.Count == 0 ? null : new LineCoverage(lines.Count(line => _hits[line] > 0), lines.Count);
    }

    /// <summary>Adds one line of one member; a line reported by several files counts as covered when any covered it.</summary>
    internal void Add(CoberturaMember member, CoveredLine line, int hits)
    {
        _hits[line] = _hits.TryGetValue(line, out var previous) && previous > hits ? previous : hits;
        if (!_linesByTypeAndMember.TryGetValue(member.TypeName, out var members))
        {
            members = new Dictionary<string, HashSet<CoveredLine>>(System.StringComparer.Ordinal);
            _linesByTypeAndMember.Add(member.TypeName, members);
        }

        if (!members.TryGetValue(member.MemberName, out var lines))
        {
            lines = [];
            members.Add(member.MemberName, lines);
        }

        lines.Add(line);
    }
}

/// <summary>A coverable line of a source file.</summary>
internal readonly record struct CoveredLine(string File, int Number);
