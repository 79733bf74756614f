namespace TddGuard;

/// <summary>A place in a text file, as editors and compilers show it: both numbers start at 1.</summary>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column, counted in characters.</param>
public readonly record struct TextPosition(int Line, int Column)
{
    /// <summary>The first character of a file, for findings about a file as a whole.</summary>
    public static TextPosition Start { get; } = new(1, 1);
}
