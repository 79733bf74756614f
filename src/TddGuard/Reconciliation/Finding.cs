namespace TddGuard.Reconciliation;

/// <summary>One disagreement between the checklist and the evidence.</summary>
/// <param name="Id">The rule, <c>TG3001</c> to <c>TG3008</c>.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Message">What is wrong and what to do.</param>
/// <param name="Location">The checklist entry, or the test attribute for links to unknown keys.</param>
/// <param name="ItemKey">The key of the entry concerned, if any.</param>
public sealed record Finding(string Id, FindingSeverity Severity, string Message, SourceLocation Location, string? ItemKey);
