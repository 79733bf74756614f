using System.Linq;
using NUnit.Framework;
using TddGuard.Evidence;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.Evidence;

[TestFixture]
[Property("Todo", "C03")]
public sealed class GlobTests
{
    private static readonly string[] s_files =
    [
        "TestResults/a.trx",
        "TestResults/run1/b.trx",
        "TestResults/run1/coverage.cobertura.xml",
        "tests/P/TestResults/c.trx",
        "root.trx",
    ];

    [TestCase("TestResults/*.trx", "TestResults/a.trx")]
    [TestCase("TestResults/**/*.trx", "TestResults/a.trx TestResults/run1/b.trx")]
    [TestCase("**/TestResults/**/*.trx", "TestResults/a.trx TestResults/run1/b.trx tests/P/TestResults/c.trx")]
    [TestCase("**/*.cobertura.xml", "TestResults/run1/coverage.cobertura.xml")]
    [TestCase("TestResults/run?/*", "TestResults/run1/b.trx TestResults/run1/coverage.cobertura.xml")]
    [TestCase("root.trx", "root.trx")]
    [TestCase("./TestResults/../root.trx", "root.trx")]
    [TestCase("*.trx", "root.trx")]
    [TestCase("missing/*.trx", "")]
    [TestCase("missing.trx", "")]
    public void MatchesFilesLikeAShell(string pattern, string expected)
    {
        using var repository = new TemporaryDirectory("glob");
        foreach (var file in s_files)
        {
            repository.WriteFile(file, "x");
        }

        var matches = Glob.Files(repository.Path, pattern)
            .Select(path => System.IO.Path.GetRelativePath(repository.Path, path).Replace('\\', '/'));

        Assert.That(string.Join(' ', matches.Order()), Is.EqualTo(expected));
    }

    [Test]
    public void AnAbsolutePatternIsUsedAsItIs()
    {
        using var repository = new TemporaryDirectory("glob");
        using var elsewhere = new TemporaryDirectory("glob-elsewhere");
        var file = elsewhere.WriteFile("results/x.trx", "x");

        var matches = Glob.Files(repository.Path, elsewhere.Combine("results", "*.trx"));

        Assert.That(matches.Single(), Is.EqualTo(file.Replace('\\', '/')));
    }
}
