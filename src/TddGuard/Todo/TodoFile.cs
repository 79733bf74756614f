using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace TddGuard.Todo;

/// <summary>Reads and parses a checklist file, refusing what is not a checklist: too large, or not UTF-8 text.</summary>
public static class TodoFile
{
    /// <summary>16 MiB: a checklist a hundred times larger than any written by hand.</summary>
    public const long MaxBytes = 16L * 1024 * 1024;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads <paramref name="relativePath"/> under <paramref name="repositoryRoot"/>.</summary>
    /// <exception cref="TddGuardInputException">The file is missing, unreadable, too large or not UTF-8.</exception>
    public static async Task<TodoList> ReadAsync(string repositoryRoot, string relativePath, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(relativePath, repositoryRoot);
        var displayPath = RepositoryPaths.Relative(repositoryRoot, path);
        if (!File.Exists(path))
        {
            throw new TddGuardInputException($"The checklist {displayPath} does not exist in {repositoryRoot}: pass its path with --todo, or the repository with --repo.");
        }

        if (new FileInfo(path).Length > MaxBytes)
        {
            throw new TddGuardInputException($"The checklist {displayPath} is larger than {MaxBytes} bytes; TddGuard does not read it.");
        }

        try
        {
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            var text = s_strictUtf8.GetString(bytes).TrimStart('\uFEFF');
            if (text.Contains('\0', StringComparison.Ordinal))
            {
                throw new TddGuardInputException($"The checklist {displayPath} holds NUL characters: it is binary, or UTF-16 without a byte order mark, not a checklist. Save it as UTF-8.");
            }

            return TodoParser.Parse(text, displayPath);
        }
        catch (DecoderFallbackException exception)
        {
            throw new TddGuardInputException($"The checklist {displayPath} is not UTF-8 text: save it as UTF-8.", exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new TddGuardInputException($"The checklist {displayPath} could not be read: {exception.Message}", exception);
        }
    }
}
