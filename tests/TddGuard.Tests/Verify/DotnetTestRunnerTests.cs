using System.Linq;
using NUnit.Framework;
using TddGuard.Verify;

namespace TddGuard.Tests.Verify;

/// <summary>The <c>dotnet test</c> command line of a variant's run.</summary>
[TestFixture]
[Property("Todo", "C07")]
public sealed class DotnetTestRunnerTests
{
    private const string Results = "/tmp/results/3";

    private static readonly string[] s_filter = ["--filter", "FullyQualifiedName~Shop.Tests.CartTests|FullyQualifiedName~Shop.Tests.TillTests"];

    [TestCase("/copy/tests/Shop.Tests/bin/Debug/net10.0/Shop.Tests.dll", new[] { "test", "/copy/tests/Shop.Tests/bin/Debug/net10.0/Shop.Tests.dll", "--nologo", "--logger", "trx", "--results-directory", Results })]
    [TestCase("/copy/tests/Shop.Tests/Shop.Tests.csproj", new[] { "test", "/copy/tests/Shop.Tests/Shop.Tests.csproj", "--no-build", "--nologo", "--logger", "trx", "--results-directory", Results })]
    public void ABuiltTestAssemblyRunsWithoutMsBuildAProjectWithoutBuilding(string target, string[] expected)
    {
        Assert.That(DotnetTestRunner.Arguments(target, Results, TestSelection.All), Is.EqualTo(expected));
    }

    [Test]
    public void ASelectionBecomesAFilterOnTheFixturesNames()
    {
        var arguments = DotnetTestRunner.Arguments("/copy/Shop.Tests.dll", Results, new TestSelection(["Shop.Tests.CartTests", "Shop.Tests.TillTests"]));

        Assert.That(arguments.Skip(arguments.Count - 2), Is.EqualTo(s_filter));
    }
}
