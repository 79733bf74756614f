using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace TddGuard;

/// <summary>
/// Replaces a file atomically: the bytes go to a temporary file beside it, which is flushed to disk and then renamed
/// over it. A failed write (a full disk, a cancellation) deletes the temporary file and leaves the original as it was.
/// </summary>
internal static class AtomicFile
{
    private const int BufferSize = 81920;

    /// <exception cref="TddGuardInputException">The file is read-only or could not be written; the original is untouched.</exception>
    public static Task WriteAsync(string path, string displayPath, byte[] bytes, CancellationToken cancellationToken) =>
        WriteAsync(path, displayPath, bytes, CreateTemporary, cancellationToken);

    /// <remarks>Test seam: <paramref name="openTemporary"/> creates the temporary file at the path it is given, so a test can fill the disk.</remarks>
    /// <exception cref="TddGuardInputException">The file is read-only or could not be written; the original is untouched.</exception>
    public static async Task WriteAsync(string path, string displayPath, byte[] bytes, Func<string, Stream> openTemporary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(openTemporary);
        var existed = File.Exists(path);
        if (existed && File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly))
        {
            throw new TddGuardInputException($"{displayPath} is read-only, so it was not written (it is unchanged): make it writable to update it.");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Path.GetRandomFileName()}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            await WriteTemporaryAsync(temporary, bytes, openTemporary, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var outcome = existed ? "the original is intact" : "no file was created";
            DeleteTemporary(temporary, displayPath, exception);
            throw new TddGuardInputException($"{displayPath} could not be written, so {outcome}: {exception.Message}", exception);
        }
        catch (OperationCanceledException exception)
        {
            DeleteTemporary(temporary, displayPath, exception);
            throw;
        }
    }

    private static async Task WriteTemporaryAsync(string temporary, byte[] bytes, Func<string, Stream> openTemporary, CancellationToken cancellationToken)
    {
        var stream = openTemporary(temporary);
        await using (stream.ConfigureAwait(false))
        {
            await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (stream is FileStream file)
            {
                // On the disk before the rename, so a crash cannot leave an empty file in the original's place.
                file.Flush(flushToDisk: true);
            }
        }
    }

    private static void DeleteTemporary(string temporary, string displayPath, Exception failure)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new TddGuardInputException(
                $"{displayPath} could not be written ({failure.Message}), and its temporary file {temporary} could not be removed: {exception.Message}",
                new AggregateException(failure, exception));
        }
    }

    private static FileStream CreateTemporary(string path) =>
        new(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true);
}
