using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using NUnit.Framework;
using TddGuard.CodeMd;
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
}
