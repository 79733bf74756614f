using System.IO;
using System.Linq;
using NUnit.Framework;
using TddGuard.Cli;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.Samples;

/// <summary>
/// The bundled sample for the checklist and design-document checks: <c>samples/Bookshop</c> has a checked entry no
/// test proves (TG3001) and a design document that names a renamed class and misses a new one (TG3102-TG3104).
/// Checked on a copy of its sources, so results of a local test run and the clone's git history play no part.
/// </summary>
[TestFixture]
[Property("Todo", "C06")]
public sealed class BookshopSampleTests
{
    private const int Findings = 1;

    private static readonly string[] s_buildOutput = ["bin", "obj", "TestResults"];

    private TemporaryDirectory _sample = null!;

    private string Sample => _sample.Path;

    [OneTimeSetUp]
    public void CopyTheSample()
    {
        _sample = new TemporaryDirectory("bookshop");
        Copy(new DirectoryInfo(Path.Combine(RepositoryLayout.Root(), "samples", "Bookshop")), _sample.Path);
    }

    [OneTimeTearDown]
    public void RemoveTheCopy() => _sample.Dispose();

    [TestCase("design/TODO.md(8,3): warning TG3001: 'B03' is checked but no test is linked to it")]
    [TestCase("✓ B01 A book added to the catalog can be found by its ISBN")]
    [TestCase("✓ B02 The basket's total is the sum of its books' prices")]
    [TestCase("○ B04 Removing a book takes it out of the basket")]
    public void TodoReportsTheCheckedEntryNoTestProves(string line)
    {
        var (exitCode, output, _) = Run("todo", "--repo", Sample);

        Assert.That(exitCode, Is.EqualTo(Findings), output);
        Assert.That(output, Does.Contain(line));
    }

    [TestCase("design/CODE.md(3,84): warning TG3102: `ShoppingCart` names code that no longer exists")]
    [TestCase("design/CODE.md(33,1): warning TG3103: The generated part 'namespace:Bookshop' no longer matches the code")]
    [TestCase("warning TG3104: The public type GiftCard of Bookshop is not described")]
    public void CodeMdCheckReportsTheDocumentLeftBehindWithoutWritingIt(string line)
    {
        var document = Path.Combine(Sample, "design", "CODE.md");
        var before = File.ReadAllText(document);

        var (exitCode, output, _) = Run("codemd", "--repo", Sample, "--check");

        Assert.That(exitCode, Is.EqualTo(Findings), output);
        Assert.That(output, Does.Contain(line));
        Assert.That(File.ReadAllText(document), Is.EqualTo(before));
    }

    private static void Copy(DirectoryInfo source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in source.EnumerateFiles())
        {
            file.CopyTo(Path.Combine(target, file.Name));
        }

        foreach (var folder in source.EnumerateDirectories().Where(folder => !s_buildOutput.Contains(folder.Name)))
        {
            Copy(folder, Path.Combine(target, folder.Name));
        }
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = App.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
