using TddGuard.Reconciliation;

namespace TddGuard.Check;

/// <summary>One finding of <c>tddguard check</c>, whichever part of TddGuard made it.</summary>
/// <param name="Id">The rule, e.g. <c>TG2002</c>.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Message">What is wrong and what to do.</param>
/// <param name="Location">Where, relative to the repository.</param>
/// <param name="Source">The project the analyzers judged, or the document checked (design/TODO.md, design/CODE.md).</param>
internal sealed record CheckFinding(string Id, FindingSeverity Severity, string Message, SourceLocation Location, string Source)
{
    /// <summary>A checklist or design-document finding, attributed to <paramref name="source"/>.</summary>
    public static CheckFinding From(Finding finding, string source) =>
        new(finding.Id, finding.Severity, finding.Message, finding.Location, source);
}
