using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using TddGuard.Evidence;
using TddGuard.Reconciliation;
using TddGuard.Todo;

namespace TddGuard.Tests.Reconciliation;

/// <summary>The small public types the CLI builds on, driven directly rather than only through the command line.</summary>
[TestFixture]
public sealed class PublicSurfaceTests
{
    private static readonly SourceLocation s_somewhere = new("design/TODO.md", 3, 1);

    [TestCase("  a   b\tc  ", "a b c")]
    [TestCase("one\nline", "one line")]
    [TestCase("same", "same")]
    public void TodoKeysNormaliseWhiteSpace(string text, string expected)
    {
        Assert.That(TodoKeys.Normalize(text), Is.EqualTo(expected));
    }

    [Test]
    public void TodoKeysMatchWhateverTheCase()
    {
        Assert.That(TodoKeys.Comparer.Equals("f01", "F01"), Is.True);
        Assert.That(TodoKeys.Comparer.Equals("F01", "F02"), Is.False);
    }

    [Test]
    public void SourceLocationAtTakesTheLineAndColumnOfAPosition()
    {
        var location = SourceLocation.At("design/TODO.md", new TextPosition(7, 4));

        Assert.That(location, Is.EqualTo(new SourceLocation("design/TODO.md", 7, 4)));
        Assert.That(location.ToString(), Is.EqualTo("design/TODO.md(7,4)"));
    }

    [Test]
    public void SourceLocationStartOfIsTheFirstCharacterOfTheFile()
    {
        Assert.That(SourceLocation.StartOf("design/TODO.md"), Is.EqualTo(new SourceLocation("design/TODO.md", 1, 1)));
    }

    [Test]
    public void TodoRuleMakesFindingsAtItsSeverityAndLinksItsPage()
    {
        var rule = new TodoRule("TG3001", "Checked item without a linked test", FindingSeverity.Warning);

        var finding = rule.At(s_somewhere, "no test", "F01");

        Assert.That(finding, Is.EqualTo(new Finding("TG3001", FindingSeverity.Warning, "no test", s_somewhere, "F01")));
        Assert.That(rule.HelpUri, Does.EndWith("/docs/rules/TG3001.md"));
    }

    [TestCase(FindingSeverity.Note, false)]
    [TestCase(FindingSeverity.Warning, true)]
    public void AReportFailsOnWarningsButNotOnNotes(FindingSeverity severity, bool fails)
    {
        var report = Report([new Finding("TG3006", severity, "message", s_somewhere, "F01")]);

        Assert.That(report.HasFailingFindings, Is.EqualTo(fails));
    }

    [Test]
    public void WithProblemsAddsToTheProblemsAlreadyFound()
    {
        var first = new InputProblem(s_somewhere, "first");
        var second = new InputProblem(s_somewhere, "second");

        var report = Report([]) with { Problems = [first] };

        Assert.That(report.WithProblems([second]).Problems, Is.EqualTo(new[] { first, second }));
    }

    [Test]
    public void AnItemStatusCountsItsLinkedTests()
    {
        var status = new ItemStatus(new TodoItem { Key = "F01", Text = "entry", Position = TextPosition.Start }, ["A.B", "A.C"], TestsPassed: 1, Coverage: null);

        Assert.That(status.TestsLinked, Is.EqualTo(2));
    }

    [Test]
    public void TodoFileRefusesAMissingChecklistWithTheWayOut()
    {
        using var repository = new Infrastructure.TemporaryDirectory("todo-file");

        var exception = Assert.ThrowsAsync<TddGuardInputException>(() => TodoFile.ReadAsync(repository.Path, "design/TODO.md", CancellationToken.None));

        Assert.That(exception!.Message, Does.Contain("design/TODO.md").And.Contain("--todo"));
    }

    [Test]
    public void TodoCheckRefusesARepositoryFolderThatDoesNotExist()
    {
        var check = new TodoCheck(new UnusedGit(), new EvidenceLoader());
        using var parent = new Infrastructure.TemporaryDirectory("todo-check");
        var missing = parent.Combine("no-such-repository");

        var exception = Assert.ThrowsAsync<TddGuardInputException>(
            () => check.RunAsync(new TodoCheckOptions { RepositoryRoot = missing }, CancellationToken.None));

        Assert.That(exception!.Message, Does.Contain(missing).And.Contain("--repo"));
    }

    private static ReconciliationReport Report(IReadOnlyList<Finding> findings) =>
        new(new TodoList("design/TODO.md", [], []), [], findings, [], HasResults: false, HasCoverage: false);

    private sealed class UnusedGit : IGitRunner
    {
        public Task<GitResult> RunAsync(string workingDirectory, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
            throw new AssertionException("git must not run for a repository that does not exist.");
    }
}
