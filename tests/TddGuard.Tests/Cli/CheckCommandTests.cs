using System.IO;
using NUnit.Framework;
using TddGuard.Check;
using TddGuard.Cli;
using TddGuard.Reconciliation;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.Cli;

[TestFixture]
[Property("Todo", "C06")]
public sealed class CheckCommandTests
{
    private const string Check = "check";

    [TestCase("warning", FindingSeverity.Warning, ExitCodes.Findings)]
    [TestCase("warning", FindingSeverity.Error, ExitCodes.Findings)]
    [TestCase("warning", FindingSeverity.Note, ExitCodes.Clean)]
    [TestCase("error", FindingSeverity.Warning, ExitCodes.Clean)]
    [TestCase("error", FindingSeverity.Error, ExitCodes.Findings)]
    [TestCase("none", FindingSeverity.Error, ExitCodes.Clean)]
    public void FindingsAtTheFailOnLevelOrAboveExitOne(string failOn, FindingSeverity severity, int expected)
    {
        var report = Report([new CheckFinding("TG2002", severity, "magic", SourceLocation.StartOf("A.cs"), "A")], []);

        Assert.That(CheckCommand.ExitCodeOf(report, failOn), Is.EqualTo(expected));
    }

    [Test]
    public void InputProblemsExitTwoWhateverTheFindings()
    {
        var report = Report([], [new InputProblem(SourceLocation.StartOf("r.trx"), "not a TRX file")]);

        Assert.That(CheckCommand.ExitCodeOf(report, CheckCommand.FailOnNone), Is.EqualTo(ExitCodes.UsageOrInputError));
    }

    [TestCase("--format", "xml")]
    [TestCase("--fail-on", "never")]
    [TestCase("--no-such-option", "x")]
    public void UsageErrorsExitTwo(string option, string value)
    {
        var (exitCode, _, error) = Run(Check, option, value);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.UsageOrInputError));
        Assert.That(error, Does.Contain(value));
    }

    [Test]
    public void AMissingPathExitsTwoSayingSo()
    {
        using var workspace = new TemporaryDirectory("check-missing");
        var missing = workspace.Combine("nothing-here");

        var (exitCode, output, error) = Run(Check, missing, "--no-test");

        Assert.That(exitCode, Is.EqualTo(ExitCodes.UsageOrInputError));
        Assert.That(error, Does.Contain(missing).And.Contain("does not exist"));
        Assert.That(output, Is.Empty);
    }

    [Test]
    public void HelpNamesEveryOption()
    {
        var (exitCode, output, _) = Run(Check, "--help");

        Assert.That(exitCode, Is.Zero);
        Assert.That(output, Does.Contain("PATH").And.Contain("--no-test").And.Contain("--format").And.Contain("--output").And.Contain("--fail-on"));
    }

    internal static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = App.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    private static CheckReport Report(CheckFinding[] findings, InputProblem[] problems) =>
        new("/repo", ["A"], findings, [], problems);
}
