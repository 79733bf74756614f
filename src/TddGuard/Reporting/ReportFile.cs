using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace TddGuard.Reporting;

/// <summary>
/// Writes a report to the file <c>--output</c> names, as UTF-8 without a byte order mark. A file with text in it is
/// replaced atomically (<see cref="AtomicFile"/>), so a failed write never costs the previous report; what holds no
/// text (a device such as <c>/dev/null</c>, a pipe such as <c>/dev/stdout</c>, an empty file) is written into,
/// because renaming over it would replace the device or the link rather than write to it.
/// </summary>
internal static class ReportFile
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <exception cref="TddGuardInputException">The report could not be written; a previous report is untouched.</exception>
    public static Task WriteAsync(string path, string text, CancellationToken cancellationToken) =>
        WriteAsync(path, text, bytes => AtomicFile.WriteAsync(path, DisplayPath(path), bytes, cancellationToken), cancellationToken);

    /// <remarks>Test seam: <paramref name="openTemporary"/> creates the temporary file, so a test can fill the disk.</remarks>
    /// <exception cref="TddGuardInputException">The report could not be written; a previous report is untouched.</exception>
    public static Task WriteAsync(string path, string text, Func<string, Stream> openTemporary, CancellationToken cancellationToken) =>
        WriteAsync(path, text, bytes => AtomicFile.WriteAsync(path, DisplayPath(path), bytes, openTemporary, cancellationToken), cancellationToken);

    private static async Task WriteAsync(string path, string text, Func<byte[], Task> replace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = s_utf8.GetBytes(text);
        if (!HoldsNoText(path))
        {
            await replace(bytes).ConfigureAwait(false);
            return;
        }

        try
        {
            await File.WriteAllBytesAsync(path, bytes, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new TddGuardInputException($"{DisplayPath(path)} could not be written: {exception.Message}", exception);
        }
    }

    private static string DisplayPath(string path) => $"The report {path}";

    /// <summary>Whether <paramref name="path"/> exists and, following links, is something without text: a device, a pipe, an empty file.</summary>
    private static bool HoldsNoText(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return false;
        }

        var target = file.ResolveLinkTarget(returnFinalTarget: true) ?? file;
        return !target.Exists || target is FileInfo { Length: 0 };
    }
}
