namespace TddGuard.Precision;

/// <summary>The 1-based lines a declaration covers, both ends included.</summary>
/// <param name="First">The line the declaration starts on (its attributes included).</param>
/// <param name="Last">The line it ends on.</param>
internal readonly record struct LineSpan(int First, int Last);
