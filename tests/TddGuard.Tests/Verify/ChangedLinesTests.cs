using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using TddGuard.Evidence;
using TddGuard.Verify;

namespace TddGuard.Tests.Verify;

[TestFixture]
[Property("Todo", "C07")]
public sealed class ChangedLinesTests
{
    private const string Diff = """
        diff --git a/src/Shop/Cart.cs b/src/Shop/Cart.cs
        index 1111111..2222222 100644
        --- a/src/Shop/Cart.cs
        +++ b/src/Shop/Cart.cs
        @@ -10,2 +10,3 @@ public sealed class Cart
        -        return 1;
        +        return 2;
        +        // more
        @@ -30 +31 @@ public sealed class Cart
        -    x
        +    y
        @@ -40,2 +40,0 @@ public sealed class Cart
        -    gone
        -    gone too
        diff --git a/src/Shop/Old.cs b/src/Shop/Old.cs
        deleted file mode 100644
        --- a/src/Shop/Old.cs
        +++ /dev/null
        @@ -1,3 +0,0 @@
        -a
        """;

    [TestCase("src/Shop/Cart.cs", 1, 9, false)]
    [TestCase("src/Shop/Cart.cs", 1, 10, true)]
    [TestCase("src/Shop/Cart.cs", 12, 12, true)]
    [TestCase("src/Shop/Cart.cs", 13, 30, false)]
    [TestCase("src/Shop/Cart.cs", 31, 31, true)]
    [TestCase("src/Shop/Cart.cs", 32, 39, false)]
    [TestCase("src/Shop/Cart.cs", 41, 50, true)]
    [TestCase("src/Shop/Cart.cs", 42, 50, false)]
    [TestCase("src/Shop/Old.cs", 1, 100, false)]
    [TestCase("src/Shop/Other.cs", 1, 100, false)]
    public void AMemberChangedWhenItsLinesMeetAHunk(string file, int first, int last, bool expected)
    {
        Assert.That(ChangedLines.Parse(Diff).Touches(file, first, last), Is.EqualTo(expected));
    }

    [Test]
    public async Task AsksGitForTheDiffSinceTheRevisionAndCountsUntrackedFilesAsChanged()
    {
        var git = new ScriptedGit(new GitResult(0, Diff, string.Empty), new GitResult(0, "src/Shop/New.cs\n", string.Empty));

        var changes = await ChangedLines.SinceAsync(git, "/repo", "main~1", CancellationToken.None);

        Assert.That(git.Calls[0], Does.Contain("diff").And.Contain("--unified=0").And.Contain("main~1"));
        Assert.That(changes.Touches("src/Shop/New.cs", 500, 510), Is.True);
        Assert.That(changes.Touches("src/Shop/Cart.cs", 31, 31), Is.True);
    }

    [Test]
    public void AnUnknownRevisionIsAnInputError()
    {
        var git = new ScriptedGit(new GitResult(128, string.Empty, "fatal: bad revision 'nope'"));

        Assert.That(
            () => ChangedLines.SinceAsync(git, "/repo", "nope", CancellationToken.None),
            Throws.TypeOf<TddGuardInputException>().With.Message.Contain("bad revision 'nope'"));
    }

    /// <summary>Answers git commands with the given results, in order, and records the commands.</summary>
    internal sealed class ScriptedGit(params GitResult[] results) : IGitRunner
    {
        private readonly Queue<GitResult> _results = new(results);

        public List<IReadOnlyList<string>> Calls { get; } = [];

        public Task<GitResult> RunAsync(string workingDirectory, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
        {
            Calls.Add(arguments);
            return Task.FromResult(_results.Dequeue());
        }
    }
}
