using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using TddGuard.Cli;
using TddGuard.CodeMd;
using TddGuard.Reporting;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.Hardening;

/// <summary>
/// The disk fills up in the middle of a write: every file TddGuard rewrites (design/CODE.md, a report's
/// <c>--output</c>) keeps its original bytes, no temporary file is left behind, and the error names the file.
/// </summary>
[TestFixture]
[Property("Todo", "C08")]
public sealed class DiskFullTests
{
    /// <summary>ENOSPC, what Linux reports (as the exception's HResult) when no space is left on the device.</summary>
    private const int NoSpaceLeftOnDevice = 28;
    private const string NoSpaceMessage = "No space left on device";
    private const string DisplayPath = "design/CODE.md";
    private const string DeviceThatIsAlwaysFull = "/dev/full";
    private const int GeneratedLines = 1_000;
    private const string OriginalReport = "the previous report\n";

    private static readonly Encoding s_utf8WithMark = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    // A byte order mark, CRLF line endings and non-ASCII text: every byte of it must survive.
    private static readonly byte[] s_original = [.. s_utf8WithMark.GetPreamble(), .. s_utf8WithMark.GetBytes("# Design\r\n\r\nWritten by hand ✓ — naïve\r\n")];

    private static readonly string s_replacement = string.Concat(Enumerable.Repeat("generated line ✓\r\n", GeneratedLines));

    private static readonly TestCaseData[] s_failures =
    [
        .. new[] { Writer.CodeMd, Writer.Report }.SelectMany(writer => new[]
        {
            new TestCaseData(writer, 0, false),
            new TestCaseData(writer, 1, false),
            new TestCaseData(writer, 4_096, false),
            new TestCaseData(writer, int.MaxValue, true),
        }),
    ];

    public enum Writer
    {
        CodeMd,
        Report,
    }

    [TestCaseSource(nameof(s_failures))]
    public void ADiskFullMidWriteKeepsTheOriginalByteForByteAndLeavesNoTemporaryFile(Writer writer, int bytesThatFit, bool failsOnFlush)
    {
        using var folder = new TemporaryDirectory("disk-full");
        var path = folder.Combine("CODE.md");
        File.WriteAllBytes(path, s_original);

        Assert.That(
            async () => await WriteAsync(writer, path, temporary => new FillingStream(CreateTemporary(temporary), bytesThatFit, failsOnFlush)),
            Throws.TypeOf<TddGuardInputException>()
                .With.Message.Contains(DisplayPathOf(writer, path))
                .And.Message.Contains("the original is intact")
                .And.Message.Contains(NoSpaceMessage)
                .And.InnerException.TypeOf<IOException>());
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(s_original));
        Assert.That(Directory.GetFileSystemEntries(folder.Path), Is.EqualTo(new[] { path }));
    }

    [TestCase(Writer.CodeMd)]
    [TestCase(Writer.Report)]
    public void TheKernelsOwnDiskFullErrorKeepsTheOriginalAndLeavesNoTemporaryFile(Writer writer)
    {
        Assume.That(File.Exists(DeviceThatIsAlwaysFull), Is.True, "needs Linux's /dev/full");
        using var folder = new TemporaryDirectory("disk-full");
        var path = folder.Combine("CODE.md");
        File.WriteAllBytes(path, s_original);

        // The temporary file exists, as it would, but its bytes go to a device that always answers ENOSPC.
        Assert.That(
            async () => await WriteAsync(writer, path, temporary =>
            {
                CreateTemporary(temporary).Dispose();
                return new FileStream(DeviceThatIsAlwaysFull, FileMode.Open, FileAccess.Write);
            }),
            Throws.TypeOf<TddGuardInputException>().With.Message.Contains(DisplayPathOf(writer, path)).And.Message.Contains("the original is intact"));
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(s_original));
        Assert.That(Directory.GetFileSystemEntries(folder.Path), Is.EqualTo(new[] { path }));
    }

    /// <summary>
    /// The bytes are on the disk, but the rename over the original fails: here because the temporary file is gone by
    /// then (another process cleaned the folder), so the kernel answers ENOENT to the rename itself.
    /// </summary>
    [TestCase(Writer.CodeMd)]
    [TestCase(Writer.Report)]
    public void AFailedFinalRenameKeepsTheOriginalByteForByte(Writer writer)
    {
        using var folder = new TemporaryDirectory("disk-full");
        var path = folder.Combine("CODE.md");
        File.WriteAllBytes(path, s_original);

        Assert.That(
            async () => await WriteAsync(writer, path, temporary => new VanishingFile(temporary)),
            Throws.TypeOf<TddGuardInputException>()
                .With.Message.Contains(DisplayPathOf(writer, path))
                .And.Message.Contains("the original is intact")
                .And.InnerException.InstanceOf<IOException>());
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(s_original));
        Assert.That(Directory.GetFileSystemEntries(folder.Path), Is.EqualTo(new[] { path }));
    }

    /// <summary>A folder already stands where the file goes: the rename fails, the folder and its content stay.</summary>
    [TestCase(Writer.CodeMd)]
    [TestCase(Writer.Report)]
    public void ARenameOntoAFolderLeavesTheFolderAndNoTemporaryFile(Writer writer)
    {
        using var folder = new TemporaryDirectory("disk-full");
        var path = folder.Combine("CODE.md");
        var inside = Path.Combine(path, "kept.txt");
        Directory.CreateDirectory(path);
        File.WriteAllBytes(inside, s_original);

        Assert.That(
            async () => await WriteAsync(writer, path, CreateTemporary),
            Throws.TypeOf<TddGuardInputException>().With.Message.Contains(DisplayPathOf(writer, path)).And.InnerException.InstanceOf<IOException>());
        Assert.That(File.ReadAllBytes(inside), Is.EqualTo(s_original));
        Assert.That(Directory.GetFileSystemEntries(folder.Path), Is.EqualTo(new[] { path }));
    }

    [TestCase(Writer.CodeMd)]
    [TestCase(Writer.Report)]
    public void ACancelledWriteKeepsTheOriginalAndLeavesNoTemporaryFile(Writer writer)
    {
        using var folder = new TemporaryDirectory("disk-full");
        var path = folder.Combine("CODE.md");
        File.WriteAllBytes(path, s_original);

        Assert.That(
            async () => await WriteAsync(writer, path, temporary => new FillingStream(CreateTemporary(temporary), 1, failsOnFlush: false, cancels: true)),
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(s_original));
        Assert.That(Directory.GetFileSystemEntries(folder.Path), Is.EqualTo(new[] { path }));
    }

    [TestCase(Writer.CodeMd)]
    [TestCase(Writer.Report)]
    public void ANewFileThatCannotBeWrittenIsNotCreated(Writer writer)
    {
        using var folder = new TemporaryDirectory("disk-full");
        var path = folder.Combine("CODE.md");

        Assert.That(
            async () => await WriteAsync(writer, path, temporary => new FillingStream(CreateTemporary(temporary), 1, failsOnFlush: false)),
            Throws.TypeOf<TddGuardInputException>().With.Message.Contains(DisplayPathOf(writer, path)).And.Message.Contains("no file was created"));
        Assert.That(Directory.GetFileSystemEntries(folder.Path), Is.Empty);
    }

    [Test]
    public void AReportToAFullDeviceIsAnInputErrorAndTheDeviceIsWrittenIntoNotReplaced()
    {
        Assume.That(File.Exists(DeviceThatIsAlwaysFull), Is.True, "needs Linux's /dev/full");
        using var repository = ChecklistRepository();
        var report = Path.Combine(repository.Path, "report.md");
        File.CreateSymbolicLink(report, DeviceThatIsAlwaysFull);

        var (exitCode, error) = RunTodo(repository, "--output", report);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.UsageOrInputError));
        Assert.That(error, Does.Contain(report).And.Contain(NoSpaceMessage).And.Not.Contain("   at "));
        Assert.That(new FileInfo(report).LinkTarget, Is.EqualTo(DeviceThatIsAlwaysFull));
    }

    [Test]
    public void AReadOnlyReportIsNotReplaced()
    {
        using var repository = ChecklistRepository();
        var report = repository.WriteFile("out/report.md", OriginalReport);
        File.SetAttributes(report, FileAttributes.ReadOnly);

        var (exitCode, error) = RunTodo(repository, "--output", report);

        File.SetAttributes(report, FileAttributes.Normal);
        Assert.That(exitCode, Is.EqualTo(ExitCodes.UsageOrInputError));
        Assert.That(error, Does.Contain(report).And.Contain("read-only"));
        Assert.That(File.ReadAllText(report), Is.EqualTo(OriginalReport));
    }

    [Test]
    public void AReportReplacesThePreviousOneAndLeavesNoTemporaryFile()
    {
        using var repository = ChecklistRepository();
        var report = repository.WriteFile("out/report.md", OriginalReport);

        var (exitCode, error) = RunTodo(repository, "--format", "markdown", "--output", report);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Clean), error);
        Assert.That(File.ReadAllText(report), Does.Contain("A01 Only entry"));
        Assert.That(Directory.GetFileSystemEntries(Path.GetDirectoryName(report)!), Is.EqualTo(new[] { report }));
    }

    private static GitRepository ChecklistRepository()
    {
        var repository = new GitRepository();
        repository.WriteFile("design/TODO.md", "# Plan\n\n- [ ] A01 Only entry\n");
        repository.CommitAll("checklist");
        return repository;
    }

    private static (int ExitCode, string Error) RunTodo(GitRepository repository, params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = App.Run(["todo", "--repo", repository.Path, .. arguments], output, error);
        return (exitCode, error.ToString());
    }

    private static Task WriteAsync(Writer writer, string path, Func<string, Stream> openTemporary) => writer switch
    {
        Writer.CodeMd => DocumentFile.WriteAtomicallyAsync(path, DisplayPath, new DocumentText(s_replacement, s_utf8WithMark), openTemporary, CancellationToken.None),
        _ => ReportFile.WriteAsync(path, s_replacement, openTemporary, CancellationToken.None),
    };

    private static string DisplayPathOf(Writer writer, string path) => writer == Writer.CodeMd ? DisplayPath : path;

    private static FileStream CreateTemporary(string path) => new(path, FileMode.CreateNew, FileAccess.Write);

    /// <summary>A temporary file written in full, which someone else deletes as soon as it is closed.</summary>
    private sealed class VanishingFile(string path) : FileStream(path, FileMode.CreateNew, FileAccess.Write)
    {
        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            File.Delete(Name);
        }
    }

    /// <summary>A file on a disk that fills up after <c>bytesThatFit</c> bytes: what fits is written, then ENOSPC.</summary>
    private sealed class FillingStream(Stream inner, int bytesThatFit, bool failsOnFlush, bool cancels = false) : Stream
    {
        private long _written;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _written;

        public override long Position
        {
            get => _written;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            var fits = (int)Math.Min(count, Math.Max(0, bytesThatFit - _written));
            inner.Write(buffer, offset, fits);
            _written += fits;
            if (fits < count)
            {
                throw Full();
            }
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer, offset, count);
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.ToArray(), 0, buffer.Length);
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
            inner.Flush();
            if (failsOnFlush)
            {
                throw Full();
            }
        }

        public override Task FlushAsync(CancellationToken cancellationToken)
        {
            Flush();
            return Task.CompletedTask;
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private Exception Full() => cancels ? new OperationCanceledException() : new IOException(NoSpaceMessage, NoSpaceLeftOnDevice);
    }
}
