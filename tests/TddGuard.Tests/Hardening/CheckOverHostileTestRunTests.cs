using System.IO;
using NUnit.Framework;
using TddGuard.Cli;
using TddGuard.Tests.Cli;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.Hardening;

/// <summary>
/// <c>tddguard check</c> reads the results of the test run it starts itself; tests whose names, failure messages and
/// output hold control characters, NUL, markup characters and 100,000 characters of output still become findings on
/// the checklist, not a crash or an input problem.
/// </summary>
[TestFixture]
[Category("Integration")]
[Property("Todo", "C06")]
public sealed class CheckOverHostileTestRunTests
{
    private const string Library = """
        namespace Odd;

        public static class Echo
        {
            public static string Of(string text) => text;
        }
        """;

    private const string Tests = """
        using NUnit.Framework;

        namespace Odd.Tests;

        public sealed class EchoTests
        {
            [Property("Todo", "A1")]
            [TestCase("\u0001\u0002\u001f")]
            [TestCase("<&>\"']]>")]
            public void EchoesOddText(string text)
            {
                System.Console.WriteLine("\u0001 out \u0007 " + new string('x', 100_000));
                Assert.That(Echo.Of(text), Is.EqualTo(text));
            }

            [Test]
            [Property("Todo", "A2")]
            public void FailsWithAnOddMessage() => Assert.That(Echo.Of("\u0001 message \u0000 with NUL ]]>"), Is.Empty);
        }
        """;

    private const string Checklist = "# Plan\n\n- [x] A1 Echo odd text\n- [x] A2 Say why it failed, oddly\n";

    private static readonly string[] s_testPackages = ["Microsoft.NET.Test.Sdk", "NUnit", "NUnit3TestAdapter"];

    [Test]
    public void ResultsWithControlCharactersAndHugeOutputBecomeFindings()
    {
        using var repository = new TemporaryDirectory("check-hostile-run");
        ThrowAwaySolution.WriteProjects(repository, "Odd", s_testPackages);
        repository.WriteFile("Odd/Echo.cs", Library);
        repository.WriteFile("Odd.Tests/EchoTests.cs", Tests);
        repository.WriteFile("design/TODO.md", Checklist);
        repository.WriteFile("Odd.slnx", "<Solution><Project Path=\"Odd/Odd.csproj\" /><Project Path=\"Odd.Tests/Odd.Tests.csproj\" /></Solution>");
        var report = repository.Combine("..", Path.GetFileName(repository.Path) + ".txt");

        try
        {
            var (exitCode, output, error) = CheckCommandTests.Run("check", repository.Combine("Odd.slnx"), "--output", report);
            var text = File.ReadAllText(report);

            Assert.That(exitCode, Is.EqualTo(ExitCodes.Findings), output + error + text);
            Assert.That(text, Does.Contain("'A2' is checked but 1 of 1 linked tests did not pass (failed: Odd.Tests.EchoTests.FailsWithAnOddMessage)"));
            Assert.That(text, Does.Not.Contain("'A1'"), "both cases of A1's test passed");
            Assert.That(text, Does.Not.Contain("Input that could not be used"), "no result file was refused");
        }
        finally
        {
            File.Delete(report);
        }
    }
}
