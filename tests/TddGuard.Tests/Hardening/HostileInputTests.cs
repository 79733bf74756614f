using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using NUnit.Framework;
using TddGuard.Check;
using TddGuard.Cli;
using TddGuard.CodeMd;
using TddGuard.Evidence;
using TddGuard.TestMap;
using TddGuard.Tests.CodeMd;
using TddGuard.Tests.Infrastructure;
using TddGuard.Todo;

namespace TddGuard.Tests.Hardening;

/// <summary>Input written to break the tools: it gets a clear answer, never a crash, and never costs a byte of anyone's text.</summary>
[TestFixture]
[Property("Todo", "C08")]
public sealed class HostileInputTests
{
    private const string TodoPath = "design/TODO.md";
    private const string DocumentName = "CODE.md";
    private const string Original = "# Design\n\nWritten by hand.\n";
    private const string CodeMdPath = "design/CODE.md";
    private const string Trx = "TestResults/run.trx";
    private const string NUnit3 = "TestResults/nunit.xml";
    private const string JUnit = "TestResults/junit.xml";
    private const string Cobertura = "TestResults/coverage.cobertura.xml";
    private const string TestSource = "tests/Huge.Tests/HugeTests.cs";
    private const string Results = "--results";
    private const string Coverage = "--coverage";
    private const string NotUtf8 = "not UTF-8";
    private const string NotXml = "is not well-formed XML";
    private const string Binary = "binary";
    private const int Seed = 20261126;
    private const int BinaryBytes = 4_096;
    private const int NestedResultsMilliseconds = 10_000;
    private const string Checklist = "# Plan\n\n- [ ] A01 Adding works\n";

    private static readonly string[] s_everyResultOption = [Results, Trx, Results, NUnit3, Results, JUnit, Coverage, Cobertura];

    /// <summary>Kinds of content nobody should feed TddGuard, as bytes.</summary>
    public enum Hostile
    {
        /// <summary>Seeded random bytes, as a zip, an image or a compiled file would be.</summary>
        RandomBytes,

        /// <summary>Text with bytes that are not UTF-8 (Latin-1 "é").</summary>
        InvalidUtf8,

        /// <summary>UTF-16 text saved without a byte order mark: valid UTF-8, every other byte NUL.</summary>
        Utf16WithoutMark,

        /// <summary>NUL bytes and control characters only.</summary>
        Zeros,

        /// <summary>One byte over the command's size limit (a sparse file, so the test stays cheap).</summary>
        OverTheSizeLimit,
    }

    /// <summary>tddguard todo: the checklist, the result files of every format and the coverage file, each hostile in turn.</summary>
    private static readonly TestCaseData[] s_todoInputs =
    [
        new TestCaseData(TodoPath, Hostile.RandomBytes, NotUtf8),
        new TestCaseData(TodoPath, Hostile.InvalidUtf8, NotUtf8),
        new TestCaseData(TodoPath, Hostile.Utf16WithoutMark, Binary),
        new TestCaseData(TodoPath, Hostile.Zeros, Binary),
        new TestCaseData(TodoPath, Hostile.OverTheSizeLimit, $"larger than {TodoFile.MaxBytes} bytes"),
        .. new[] { Trx, NUnit3, JUnit, Cobertura }.SelectMany(file => new[]
        {
            new TestCaseData(file, Hostile.RandomBytes, NotXml),
            new TestCaseData(file, Hostile.InvalidUtf8, NotXml),
            new TestCaseData(file, Hostile.Utf16WithoutMark, NotXml),
            new TestCaseData(file, Hostile.Zeros, NotXml),
            new TestCaseData(file, Hostile.OverTheSizeLimit, $"larger than the {EvidenceLoader.DefaultMaxFileBytes} bytes"),
        }),
        new TestCaseData(TestSource, Hostile.OverTheSizeLimit, "Todo links are unknown"),
    ];

    private static readonly TestCaseData[] s_codeMdInputs =
    [
        new TestCaseData(Hostile.RandomBytes, "not valid text"),
        new TestCaseData(Hostile.InvalidUtf8, "not valid text"),
        new TestCaseData(Hostile.Utf16WithoutMark, Binary),
        new TestCaseData(Hostile.Zeros, Binary),
        new TestCaseData(Hostile.OverTheSizeLimit, $"larger than {DocumentFile.MaxBytes} bytes"),
    ];

    private static readonly string[] s_overviewOnly = ["overview"];

    private static readonly string[] s_compilerLogs =
    [
        "\0\u0001\u0002 binary",
        "{\"runs\": 5}",
        "[]",
        "{\"runs\": [{\"results\": [{\"ruleId\": 7}]}]}",
        "{\"runs\": [{\"tool\": {\"driver\": {\"rules\": [{\"id\": []}]}}}]}",
        "{\"runs\": [{\"results\": [{\"ruleId\": \"TG2001\", \"locations\": 3}]}]}",
        string.Concat(Enumerable.Repeat("[", 10_000)),
    ];

    [TestCase("> ", 10_000)]
    [TestCase("- ", 5_000)]
    [TestCase("  - ", 5_000)]
    [TestCase("[", 20_000)]
    public void MarkdownNestedBeyondReasonIsAClearInputProblem(string level, int depth)
    {
        var markdown = string.Concat(Enumerable.Repeat(level, depth)) + "[ ] A01 Deep entry\n- [ ] A02 Shallow entry\n";

        var list = TodoParser.Parse(markdown, TodoPath);

        Assert.That(list.Problems.Select(problem => problem.Message), Has.One.Contains("too deeply"));
    }

    [Test]
    public void ThousandsOfEmphasisMarkersStillParse()
    {
        var markdown = new string('*', 20_000) + "\n\n- [ ] A02 Shallow entry\n";

        var list = TodoParser.Parse(markdown, TodoPath);

        Assert.That(list.Items.Select(item => item.Key).Single(), Is.EqualTo("A02"));
    }

    [TestCaseSource(nameof(s_todoInputs))]
    public void TodoReportsAHostileInputFileAsAnInputProblemNamingIt(string file, Hostile content, string message)
    {
        using var repository = new GitRepository();
        repository.WriteFile(TodoPath, Checklist);
        repository.WriteFile(TestSource, "// Todo links would be here\n");
        foreach (var result in new[] { Trx, NUnit3, JUnit, Cobertura })
        {
            repository.WriteFile(result, File.ReadAllText(TestDataPath(result)));
        }

        repository.CommitAll("checklist");
        var bytes = Write(repository.Path, file, content, LimitOf(file));

        var (exitCode, output, error) = Run(["todo", "--repo", repository.Path, .. s_everyResultOption]);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.UsageOrInputError), output + error);
        Assert.That(output + error, Does.Contain(file).And.Contain(message));
        Assert.That(error, Does.Not.Contain("   at "));
        Assert.That(Bytes(repository.Path, file), Is.EqualTo(bytes), "TddGuard never writes its inputs");
    }

    /// <summary>XDocument takes time quadratic in the nesting depth (a minute for 100,000 levels, 1.3 MB), so depth is capped.</summary>
    [TestCase("run.trx", "<TestRun>", "<Results>", "</Results>", "</TestRun>")]
    [TestCase("nunit.xml", "<test-run>", "<test-suite>", "</test-suite>", "</test-run>")]
    [TestCase("junit.xml", "<testsuites>", "<testsuite>", "</testsuite>", "</testsuites>")]
    [TestCase("coverage.cobertura.xml", "<coverage>", "<packages>", "</packages>", "</coverage>")]
    [CancelAfter(NestedResultsMilliseconds)]
    public async Task ResultsNestedBeyondReasonAreAnInputProblemReportedAtOnce(string name, string open, string level, string closeLevel, string close)
    {
        const int Depth = 100_000;
        using var repository = new TemporaryDirectory("hostile");
        repository.WriteFile("TestResults/" + name, open + string.Concat(Enumerable.Repeat(level, Depth)) + string.Concat(Enumerable.Repeat(closeLevel, Depth)) + close);

        var file = "TestResults/" + name;
        var request = name.Contains("cobertura", System.StringComparison.Ordinal) ? EvidenceRequest.Explicit([], [file]) : EvidenceRequest.Explicit([file], []);

        var evidence = await new EvidenceLoader().LoadAsync(repository.Path, request, TestContext.CurrentContext.CancellationToken);

        var problem = evidence.Problems.Single();
        Assert.That(problem.Location.File, Is.EqualTo(file));
        Assert.That(problem.Message, Does.Contain($"nested deeper than {SafeXml.MaxDepth} elements"));
    }

    [TestCaseSource(nameof(s_codeMdInputs))]
    public void CodeMdRefusesAHostileDesignDocumentAndLeavesItByteForByte(Hostile content, string message)
    {
        using var repository = new FixtureRepository("Shop");
        var bytes = Write(repository.Path, CodeMdPath, content, DocumentFile.MaxBytes);

        var (exitCode, output, error) = Run(["codemd", "--repo", repository.Path]);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.UsageOrInputError), output + error);
        Assert.That(error, Does.Contain(CodeMdPath).And.Contain(message).And.Not.Contain("   at "));
        Assert.That(Bytes(repository.Path, CodeMdPath), Is.EqualTo(bytes));
    }

    [TestCase("src/Shop.Core/Pricing/Broken.cs", null, "could not be read")]
    [TestCase("src/Shop.Core/Pricing/Broken.cs", Hostile.OverTheSizeLimit, "larger than")]
    [TestCase("src/Shop.Core/Pricing/Broken.cs", Hostile.Zeros, "holds NUL characters")]
    [TestCase("src/Shop.Core/Pricing/Broken.cs", Hostile.Utf16WithoutMark, "holds NUL characters")]
    [TestCase("Directory.Build.props", null, "could not be read")]
    [TestCase("Directory.Build.props", Hostile.OverTheSizeLimit, "larger than")]
    [TestCase("Directory.Build.props", Hostile.Zeros, "holds NUL characters")]
    [TestCase(".editorconfig", Hostile.RandomBytes, "holds NUL characters")]
    public void CodeMdRefusesCodeItCannotReadAndWritesNothing(string file, Hostile? content, string message) =>
        AssertCodeMdRefusesAndWritesNothing(file, content, DanglingLink, namedWithCode: false, message);

    /// <summary>A solution named with --code is read bounded, never as binary, and an .slnx never with a DTD.</summary>
    [TestCase("Shop.sln", Hostile.OverTheSizeLimit, "larger than")]
    [TestCase("Shop.sln", Hostile.Zeros, "holds NUL characters")]
    [TestCase("Shop.slnx", Hostile.OverTheSizeLimit, "larger than")]
    [TestCase("Shop.slnx", Hostile.RandomBytes, "could not be read")]
    [TestCase("Shop.slnx", null, "DTD")]
    public void CodeMdRefusesASolutionItCannotReadAndWritesNothing(string file, Hostile? content, string message) =>
        AssertCodeMdRefusesAndWritesNothing(file, content, BillionLaughsSolution, namedWithCode: true, message);

    /// <summary>
    /// Plants <paramref name="file"/> in a fixture repository (as <paramref name="content"/>, or by
    /// <paramref name="otherwise"/>), runs codemd (naming the file with --code when asked) and expects an input error
    /// naming the file, without a stack trace, and CODE.md byte for byte as it was.
    /// </summary>
    private static void AssertCodeMdRefusesAndWritesNothing(string file, Hostile? content, Action<string> otherwise, bool namedWithCode, string message)
    {
        using var repository = new FixtureRepository("Shop");
        var before = File.ReadAllBytes(repository.DocumentPath);
        var path = Path.Combine(repository.Path, file);
        if (content is { } hostile)
        {
            Write(repository.Path, file, hostile, ParsedProject.MaxSourceBytes);
        }
        else
        {
            otherwise(path);
        }

        string[] arguments = namedWithCode ? ["codemd", "--repo", repository.Path, "--code", path] : ["codemd", "--repo", repository.Path];
        var (exitCode, output, error) = Run(arguments);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.UsageOrInputError), output + error);
        Assert.That(error, Does.Contain(file).And.Contain(message).And.Not.Contain("   at "));
        Assert.That(File.ReadAllBytes(repository.DocumentPath), Is.EqualTo(before));
    }

    private static void DanglingLink(string path) => File.CreateSymbolicLink(path, Path.Combine(Path.GetDirectoryName(path)!, "missing"));

    private static void BillionLaughsSolution(string path) =>
        File.WriteAllText(
            path,
            "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]><Solution><Project Path=\"&lol2;.csproj\" /></Solution>");

    [TestCase("src/Shop.Core/Pricing/Broken.cs", null, "could not be read")]
    [TestCase("src/Shop.Core/Pricing/Broken.cs", Hostile.OverTheSizeLimit, "larger than")]
    [TestCase("src/Shop.Core/Pricing/Broken.cs", Hostile.RandomBytes, "holds NUL characters")]
    [TestCase("src/Shop.Core/Pricing/Broken.cs", Hostile.Utf16WithoutMark, "holds NUL characters")]
    public void VerifyRefusesCodeItCannotReadBeforeBuildingAnything(string file, Hostile? content, string message)
    {
        using var repository = new FixtureRepository("Shop");
        if (content is { } hostile)
        {
            Write(repository.Path, file, hostile, ParsedProject.MaxSourceBytes);
        }
        else
        {
            File.CreateSymbolicLink(Path.Combine(repository.Path, file), Path.Combine(repository.Path, "missing"));
        }

        var (exitCode, output, error) = Run(["verify", repository.Path, "--cache", Path.Combine(repository.Path, "obj", "verify-cache")]);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.UsageOrInputError), output + error);
        Assert.That(error, Does.Contain(file).And.Contain(message).And.Not.Contain("   at ").And.Not.Contain("Building"));
    }

    [TestCaseSource(nameof(s_compilerLogs))]
    public void CheckRefusesACompilerLogThatIsNotSarifWithAClearMessage(string log)
    {
        Exception?[] exceptions = [ExceptionOf(() => CompilerLogReader.Read(log, "/repository", "Shop.Core")), ExceptionOf(() => CompilerLogReader.RuleTitles(log))];

        Assert.That(exceptions, Has.Some.Not.Null, "the log is not SARIF, so at least one reader refuses it");
        Assert.That(exceptions, Has.All.Null.Or.TypeOf<TddGuardInputException>().And.Property(nameof(Exception.InnerException)).Not.Null);
    }

    [Test]
    public void GenerationMarkersInsideCodeFencesAreTextAndSurviveAnUpdate()
    {
        const string Fenced = "# Design\n\nHow a region looks:\n\n```markdown\n<!-- tddguard:begin overview -->\nexample\n<!-- tddguard:end overview -->\n```\n\n~~~\n<!-- tddguard:begin overview -->\n~~~\nafter\n";

        var document = MarkerDocument.Parse(Fenced);
        var updated = document.Update([new("overview", "generated")], _ => true);

        Assert.That(document.Problems, Is.Empty);
        Assert.That(document.Regions, Is.Empty);
        Assert.That(updated, Does.StartWith(Fenced));
        Assert.That(MarkerDocument.Parse(updated).Regions.Select(region => region.RegionName), Is.EqualTo(s_overviewOnly));
    }

    [Test]
    public void AReadOnlyDocumentIsNotReplaced()
    {
        using var folder = new TemporaryDirectory("hostile");
        var path = folder.WriteFile(DocumentName, Original);
        File.SetAttributes(path, FileAttributes.ReadOnly);

        Assert.That(
            async () => await DocumentFile.WriteAtomicallyAsync(path, DocumentName, new DocumentText("replaced", new UTF8Encoding(false)), default),
            Throws.TypeOf<TddGuardInputException>().With.Message.Contains("read-only"));
        Assert.That(File.ReadAllText(path), Is.EqualTo(Original));
        File.SetAttributes(path, FileAttributes.Normal);
    }

    [Test]
    public async Task AWriteThroughASymlinkNeverChangesWhatItPointsTo()
    {
        using var outside = new TemporaryDirectory("hostile-outside");
        using var repository = new TemporaryDirectory("hostile-repository");
        var target = outside.WriteFile("secret.md", Original);
        var link = repository.Combine(DocumentName);
        File.CreateSymbolicLink(link, target);

        await DocumentFile.WriteAtomicallyAsync(link, DocumentName, new DocumentText("replaced", new UTF8Encoding(false)), default);

        Assert.That(File.ReadAllText(target), Is.EqualTo(Original));
    }

    [Test]
    public void TheRepositoryOfTheHostileCasesIsNoInputProblemAsItIs()
    {
        using var repository = new GitRepository();
        repository.WriteFile(TodoPath, Checklist);
        foreach (var result in new[] { Trx, NUnit3, JUnit, Cobertura })
        {
            repository.WriteFile(result, File.ReadAllText(TestDataPath(result)));
        }

        repository.CommitAll("checklist");

        var (exitCode, output, error) = Run(["todo", "--repo", repository.Path, .. s_everyResultOption]);

        Assert.That(exitCode, Is.Not.EqualTo(ExitCodes.UsageOrInputError), output + error);
    }

    private static Exception? ExceptionOf(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (Exception exception)
        {
            return exception;
        }
    }

    private static long LimitOf(string file) => file switch
    {
        TodoPath => TodoFile.MaxBytes,
        TestSource => TestSourceDiscovery.MaxBytes,
        _ => EvidenceLoader.DefaultMaxFileBytes,
    };

    /// <summary>Writes <paramref name="content"/> to <paramref name="relativePath"/>; returns the bytes written (none for a sparse file).</summary>
    private static byte[] Write(string root, string relativePath, Hostile content, long limit)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (content == Hostile.OverTheSizeLimit)
        {
            using var sparse = new FileStream(path, FileMode.Create, FileAccess.Write);
            sparse.SetLength(limit + 1);
            return [];
        }

        var bytes = BytesOf(content);
        File.WriteAllBytes(path, bytes);
        return bytes;
    }

    private static byte[] Bytes(string root, string relativePath)
    {
        var path = Path.Combine(root, relativePath);
        return new FileInfo(path).Length > BinaryBytes ? [] : File.ReadAllBytes(path);
    }

    private static byte[] BytesOf(Hostile content)
    {
        switch (content)
        {
            case Hostile.RandomBytes:
                var bytes = new byte[BinaryBytes];
                new Random(Seed).NextBytes(bytes);
                return bytes;
            case Hostile.InvalidUtf8:
                return [.. Encoding.ASCII.GetBytes("# Caf"), 0xE9, .. Encoding.ASCII.GetBytes("\n- [ ] A01 Entry\n")];
            case Hostile.Utf16WithoutMark:
                return new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetBytes("# Plan\n\n- [ ] A01 Entry\n");
            default:
                return [.. Enumerable.Range(0, BinaryBytes).Select(index => (byte)(index % ' '))];
        }
    }

    private static string TestDataPath(string file) => Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", TestDataOf(file));

    private static string TestDataOf(string file) => file switch
    {
        Trx => "sample.trx",
        NUnit3 => "sample.nunit3.xml",
        JUnit => "sample.junit.xml",
        _ => "sample.cobertura.xml",
    };

    private static (int ExitCode, string Output, string Error) Run(string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = App.Run(arguments, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
