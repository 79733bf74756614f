namespace TddGuard;

/// <summary>A place in a repository file.</summary>
/// <param name="File">The path relative to the repository, with forward slashes.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <summary>The location of <paramref name="position"/> in <paramref name="file"/>.</summary>
    public static SourceLocation At(string file, TextPosition position) => new(file, position.Line, position.Column);

    /// <summary>The start of <paramref name="file"/>, for what concerns a file as a whole.</summary>
    public static SourceLocation StartOf(string file) => At(file, TextPosition.Start);

    /// <inheritdoc />
    public override string ToString() => $"{File}({Line},{Column})";
}
