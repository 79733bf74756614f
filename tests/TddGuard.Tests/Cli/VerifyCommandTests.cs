using System.Linq;
using NUnit.Framework;
using TddGuard.Cli;
using TddGuard.Tests.Infrastructure;
using TddGuard.Tests.Verify;
using TddGuard.Verify;

namespace TddGuard.Tests.Cli;

[TestFixture]
[Property("Todo", "C07")]
public sealed class VerifyCommandTests
{
    private const string Verify = "verify";

    private static readonly string[] s_allTests = ["test", "T.csproj", "--no-build", "--nologo", "--logger", "trx", "--results-directory", "/results"];
    private static readonly string[] s_filter = ["--filter", "FullyQualifiedName~A.Tests.X|FullyQualifiedName~A.Tests.Y"];

    [TestCase(new[] { MemberOutcome.Red, MemberOutcome.NoTest, MemberOutcome.Timeout, MemberOutcome.CompileError }, ExitCodes.Clean)]
    [TestCase(new[] { MemberOutcome.Red, MemberOutcome.NoRed }, ExitCodes.Findings)]
    [TestCase(new MemberOutcome[0], ExitCodes.Clean)]
    public void ANoRedMemberExitsOne(MemberOutcome[] outcomes, int expected)
    {
        var report = new VerifyReport("/repo", [.. outcomes.Select(outcome => new MemberVerdict(TestSelectionTests.Member("M:A.B"), outcome, []))], [], []);

        Assert.That(VerifyCommand.ExitCodeOf(report), Is.EqualTo(expected));
    }

    [Test]
    public void InputProblemsExitTwo()
    {
        var report = new VerifyReport("/repo", [], [], [new InputProblem(SourceLocation.StartOf("A.csproj"), "unreadable")]);

        Assert.That(VerifyCommand.ExitCodeOf(report), Is.EqualTo(ExitCodes.UsageOrInputError));
    }

    [TestCase("--format", "msbuild")]
    [TestCase("--shard", "3/2")]
    [TestCase("--parallel", "many")]
    public void UsageErrorsExitTwo(string option, string value)
    {
        using var workspace = new TemporaryDirectory("verify-usage");

        var (exitCode, _, error) = CheckCommandTests.Run(Verify, workspace.Path, option, value);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.UsageOrInputError));
        Assert.That(error, Does.Contain(value));
    }

    [Test]
    public void AFolderWithoutProjectsExitsTwoSayingSo()
    {
        using var workspace = new TemporaryDirectory("verify-empty");

        var (exitCode, _, error) = CheckCommandTests.Run(Verify, workspace.Path);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.UsageOrInputError));
        Assert.That(error, Does.Contain("holds no C# project"));
    }

    [Test]
    public void HelpNamesEveryOption()
    {
        var (exitCode, output, _) = CheckCommandTests.Run(Verify, "--help");

        Assert.That(exitCode, Is.Zero);
        Assert.That(output, Does.Contain("PATH").And.Contain("--project").And.Contain("--filter").And.Contain("--since").And.Contain("--shard")
            .And.Contain("--format").And.Contain("--output").And.Contain("--cache").And.Contain("--parallel"));
    }

    [Test]
    public void ASelectionBecomesADotnetTestFilter()
    {
        var all = DotnetTestRunner.Arguments("T.csproj", "/results", TestSelection.All);
        var some = DotnetTestRunner.Arguments("T.csproj", "/results", new TestSelection(["A.Tests.X", "A.Tests.Y"]));

        Assert.That(all, Is.EqualTo(s_allTests));
        Assert.That(some.Skip(all.Count), Is.EqualTo(s_filter));
    }
}
