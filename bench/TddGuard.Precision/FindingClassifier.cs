using System;
using System.IO;

namespace TddGuard.Precision;

/// <summary>Classifies TG1001/TG1002 findings by what the test run executed.</summary>
internal static class FindingClassifier
{
    /// <summary>The class of a finding whose declaration has <paramref name="span"/> (null: not found) and <paramref name="hits"/>.</summary>
    public static FindingClass Of(LineSpan? span, LineHits hits) =>
        span is null ? FindingClass.Unlocated
        : hits.Covered > 0 ? FindingClass.Executed
        : hits.Coverable > 0 ? FindingClass.NotExecuted
        : FindingClass.NoCoverableLines;

    /// <summary>Classifies <paramref name="finding"/>, reading its file through <paramref name="readSource"/> (null: unreadable).</summary>
    public static ClassifiedFinding Classify(UntestedFinding finding, string repositoryRoot, CoverageLines coverage, Func<string, string?> readSource)
    {
        var source = readSource(Path.GetFullPath(finding.File, repositoryRoot));
        var span = source is null ? null : DeclarationSpans.Find(source, finding.Rule, finding.Line, finding.Column);
        var hits = span is { } lines ? coverage.HitsIn(repositoryRoot, finding.File, lines) : new LineHits(0, 0);
        return new ClassifiedFinding(finding, Of(span, hits), span, hits);
    }
}
