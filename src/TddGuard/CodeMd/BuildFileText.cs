using System;
using System.IO;

namespace TddGuard.CodeMd;

/// <summary>
/// Reads the solution and build files <c>codemd</c> takes names from (<c>.sln</c>, <c>*.props</c>,
/// <c>*.targets</c>, <c>.editorconfig</c>, ...): bounded in size and never as text when they are binary.
/// </summary>
internal static class BuildFileText
{
    /// <summary>64 MiB, the limit of C# sources: larger than any build file a person or a tool writes.</summary>
    public const long MaxBytes = ParsedProject.MaxSourceBytes;

    /// <exception cref="TddGuardInputException">The file is unreadable, larger than <see cref="MaxBytes"/> or binary: the names it holds would be missed.</exception>
    public static string Read(string file, string displayPath)
    {
        try
        {
            var text = new FileInfo(file).Length > MaxBytes
                ? throw new TddGuardInputException($"{displayPath} is larger than {MaxBytes} bytes, so the code was not described: TddGuard does not read it.")
                : File.ReadAllText(file);
            return text.Contains('\0', StringComparison.Ordinal)
                ? throw new TddGuardInputException($"{displayPath} holds NUL characters: it is binary, or UTF-16 without a byte order mark, not a solution or build file, so the code was not described. Save it as UTF-8 or remove it.")
                : text;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new TddGuardInputException($"{displayPath} could not be read, so the code was not described: {exception.Message}", exception);
        }
    }
}
