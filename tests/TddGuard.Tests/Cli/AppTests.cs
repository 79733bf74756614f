using System.IO;
using NUnit.Framework;
using TddGuard.Cli;

namespace TddGuard.Tests.Cli;

[TestFixture]
[Property("Todo", "F06")]
public sealed class AppTests
{
    [Test]
    public void VersionPrintsTheProductVersionAndSucceeds()
    {
        var (exitCode, output, error) = Run("--version");

        Assert.That(exitCode, Is.Zero);
        Assert.That(output.Trim(), Is.EqualTo(ProductInfo.Version));
        Assert.That(error, Is.Empty);
    }

    [TestCase("--help")]
    [TestCase("-h")]
    [TestCase("-?")]
    public void HelpDescribesTheToolAndItsOptions(string option)
    {
        var (exitCode, output, _) = Run(option);

        Assert.That(exitCode, Is.Zero);
        Assert.That(output, Does.Contain("tddguard"));
        Assert.That(output, Does.Contain("TDD"));
        Assert.That(output, Does.Contain("--version"));
    }

    [Test]
    public void AnUnknownOptionFailsWithAMessageOnStandardError()
    {
        var (exitCode, output, error) = Run("--no-such-option");

        Assert.That(exitCode, Is.Not.Zero);
        Assert.That(error, Does.Contain("--no-such-option"));
        Assert.That(output, Does.Not.Contain("--no-such-option is not"));
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = App.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
