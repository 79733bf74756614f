namespace TddGuard.Precision;

/// <summary>A finding with what the test run did with its code.</summary>
/// <param name="Finding">The finding.</param>
/// <param name="Class">Executed (a false alarm), not executed, and so on.</param>
/// <param name="Span">The lines of the declaration it is about, when found.</param>
/// <param name="Hits">The coverage of those lines.</param>
internal sealed record ClassifiedFinding(UntestedFinding Finding, FindingClass Class, LineSpan? Span, LineHits Hits);
