using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace TddGuard.CodeMd;

/// <summary>
/// Reads a Markdown file keeping what makes its bytes (encoding, byte order mark), and writes it back atomically
/// through a temporary file in the same folder, so a failed write never leaves half a document.
/// </summary>
internal static class DocumentFile
{
    /// <summary>16 MiB: far beyond any design document written by hand.</summary>
    public const long MaxBytes = 16L * 1024 * 1024;

    private static readonly ImmutableArray<Encoding> s_encodingsWithMark =
    [
        new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true),
        new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true),
        new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true),
    ];

    private static readonly UTF8Encoding s_utf8WithoutMark = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <exception cref="TddGuardInputException">The file cannot be read, is too large or is not valid text in its encoding.</exception>
    public static async Task<DocumentText> ReadAsync(string path, string displayPath, CancellationToken cancellationToken)
    {
        try
        {
            if (new FileInfo(path).Length > MaxBytes)
            {
                throw new TddGuardInputException($"{displayPath} is larger than {MaxBytes} bytes; TddGuard does not read it.");
            }

            var document = Decode(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false));

            // Appending UTF-8 to UTF-16 text read as UTF-8 (it has NULs, not a byte order mark) would garble the file.
            return document.Text.Contains('\0', StringComparison.Ordinal)
                ? throw new TddGuardInputException($"{displayPath} holds NUL characters: it is binary, or UTF-16 without a byte order mark, so it was not read or written. Save it as UTF-8.")
                : document;
        }
        catch (DecoderFallbackException exception)
        {
            throw new TddGuardInputException($"{displayPath} is not valid text in its encoding: save it as UTF-8.", exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new TddGuardInputException($"{displayPath} could not be read: {exception.Message}", exception);
        }
    }

    public static DocumentText Decode(byte[] bytes)
    {
        var encoding = s_encodingsWithMark.FirstOrDefault(candidate => bytes.AsSpan().StartsWith(candidate.Preamble)) ?? s_utf8WithoutMark;
        var preamble = encoding.Preamble.Length;
        return new DocumentText(encoding.GetString(bytes, preamble, bytes.Length - preamble), encoding);
    }

    public static byte[] Encode(DocumentText document) => [.. document.Encoding.Preamble, .. document.Encoding.GetBytes(document.Text)];

    /// <exception cref="TddGuardInputException">The file is read-only or could not be written; the original is untouched.</exception>
    public static Task WriteAtomicallyAsync(string path, string displayPath, DocumentText document, CancellationToken cancellationToken) =>
        AtomicFile.WriteAsync(path, displayPath, Encode(document), cancellationToken);

    /// <remarks>Test seam: <paramref name="openTemporary"/> creates the temporary file, so a test can fill the disk.</remarks>
    /// <exception cref="TddGuardInputException">The file is read-only or could not be written; the original is untouched.</exception>
    public static Task WriteAtomicallyAsync(string path, string displayPath, DocumentText document, Func<string, Stream> openTemporary, CancellationToken cancellationToken) =>
        AtomicFile.WriteAsync(path, displayPath, Encode(document), openTemporary, cancellationToken);
}
