using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using TddGuard.Evidence;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.Evidence;

[TestFixture]
[Property("Todo", "C03")]
public sealed class GitBaselineTests
{
    private const string TodoPath = "design/TODO.md";

    [Test]
    public async Task ReadsTheChecklistAsItWasAtTheRevision()
    {
        using var repository = new GitRepository();
        repository.WriteFile(TodoPath, "- [ ] A01 First\n- [ ] A02 Second\n");
        repository.CommitAll("first");
        repository.WriteFile(TodoPath, "- [x] A01 First\n- [ ] A02 Second\n- [ ] A03 Third\n");
        repository.CommitAll("second");
        repository.WriteFile(TodoPath, "- [x] A01 First, reworded in the working copy\n");

        var head = await new GitBaseline(new GitProcessRunner()).ReadAsync(repository.Path, TodoPath, "HEAD", CancellationToken.None);
        var previous = await new GitBaseline(new GitProcessRunner()).ReadAsync(repository.Path, TodoPath, "HEAD~1", CancellationToken.None);

        Assert.That(head.Problem, Is.Null);
        Assert.That(head.List!.Items.Select(item => (item.Key, item.IsChecked)), Is.EqualTo(new[] { ("A01", true), ("A02", false), ("A03", false) }));
        Assert.That(head.List.Items[0].Text, Is.EqualTo("First"));
        Assert.That(previous.List!.Items.Select(item => (item.Key, item.IsChecked)), Is.EqualTo(new[] { ("A01", false), ("A02", false) }));
        Assert.That(head.List.Path, Is.EqualTo(TodoPath));
    }

    [Test]
    public async Task AChecklistFromASubfolderOfTheRepositoryIsFoundRelativeToIt()
    {
        using var repository = new GitRepository();
        repository.WriteFile("sub/project/" + TodoPath, "- [ ] A01 First\n");
        repository.CommitAll("first");

        var baseline = await new GitBaseline(new GitProcessRunner()).ReadAsync(repository.Path + "/sub/project", TodoPath, "HEAD", CancellationToken.None);

        Assert.That(baseline.List!.Items.Single().Key, Is.EqualTo("A01"));
    }

    [Test]
    public async Task AChecklistTheRevisionDoesNotHaveHasNoBaselineAndIsNoProblem()
    {
        using var repository = new GitRepository();
        repository.WriteFile("README.md", "x");
        repository.CommitAll("first");
        repository.WriteFile(TodoPath, "- [ ] A01 New\n");

        var baseline = await new GitBaseline(new GitProcessRunner()).ReadAsync(repository.Path, TodoPath, "HEAD", CancellationToken.None);

        Assert.That(baseline.List, Is.Null);
        Assert.That(baseline.Problem, Is.Null);
    }

    private static IEnumerable<TestCaseData> Failures()
    {
        yield return new TestCaseData("no-such-revision", "git", "no-such-revision");
        yield return new TestCaseData("HEAD", "git-executable-that-does-not-exist", "could not run git");
    }

    [TestCaseSource(nameof(Failures))]
    public async Task AnUnusableRevisionOrGitIsAProblemNamingIt(string revision, string executable, string messageFragment)
    {
        using var repository = new GitRepository();
        repository.WriteFile(TodoPath, "- [ ] A01 First\n");
        repository.CommitAll("first");

        var baseline = await new GitBaseline(new GitProcessRunner(executable)).ReadAsync(repository.Path, TodoPath, revision, CancellationToken.None);

        Assert.That(baseline.List, Is.Null);
        Assert.That(baseline.Problem!.Message, Does.Contain(messageFragment));
        Assert.That(baseline.Problem.Location.File, Is.EqualTo(TodoPath));
    }

    [Test]
    public async Task AFolderOutsideAnyRepositoryIsAProblem()
    {
        using var folder = new TemporaryDirectory("no-git");
        folder.WriteFile(TodoPath, "- [ ] A01 First\n");

        var baseline = await new GitBaseline(new GitProcessRunner()).ReadAsync(folder.Path, TodoPath, "HEAD", CancellationToken.None);

        Assert.That(baseline.List, Is.Null);
        Assert.That(baseline.Problem!.Message, Does.Contain("git"));
    }

    [Test]
    public async Task AsksGitForTheFileAtTheRevisionRelativeToTheRepositoryFolder()
    {
        var git = new RecordingGitRunner(new GitResult(0, "- [x] Z1 Done\n", string.Empty));

        var baseline = await new GitBaseline(git).ReadAsync("/repo", TodoPath, "main~2", CancellationToken.None);

        Assert.That(git.Calls.Single(), Is.EqualTo(("/repo", "show main~2:./design/TODO.md")));
        Assert.That(baseline.List!.Items.Single().Key, Is.EqualTo("Z1"));
    }

    private sealed class RecordingGitRunner(GitResult result) : IGitRunner
    {
        public List<(string Directory, string Arguments)> Calls { get; } = [];

        public Task<GitResult> RunAsync(string workingDirectory, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
        {
            Calls.Add((workingDirectory, string.Join(' ', arguments)));
            return Task.FromResult(result);
        }
    }
}
