namespace TddGuard.CodeMd;

/// <summary>A part of a marker document: hand-written text kept byte for byte, or a generated region.</summary>
/// <param name="Text">The exact text, markers and line endings included.</param>
/// <param name="RegionName">The region's name, or <see langword="null"/> for hand-written text.</param>
/// <param name="Line">The 1-based line where the segment starts.</param>
internal sealed record DocumentSegment(string Text, string? RegionName, int Line)
{
    public bool IsRegion => RegionName is not null;
}
