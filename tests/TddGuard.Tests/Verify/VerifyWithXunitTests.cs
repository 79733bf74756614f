using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using NUnit.Framework;
using TddGuard.Tests.Cli;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.Verify;

/// <summary>
/// <c>tddguard verify</c> on a throw-away solution tested with xUnit, built with TddGuard's build files: the test
/// session runs xUnit's facts and theories too, so the red variants are settled in shared test hosts.
/// </summary>
[TestFixture]
[Category("Integration")]
[Property("Todo", "C07")]
public sealed class VerifyWithXunitTests
{
    private const string Greeter = """
        namespace Lib;

        public sealed class Greeter
        {
            public string Hello(string name) => "Hello " + name;

            public int Twice(int value) => value * 2;
        }
        """;

    private const string Tests = """
        using Lib;
        using Xunit;

        namespace Lib.Tests;

        public sealed class GreeterTests
        {
            [Fact]
            public void SaysHello() => Assert.Equal("Hello Bo", new Greeter().Hello("Bo"));

            [Theory]
            [InlineData(1, 2)]
            [InlineData(2, 4)]
            public void Doubles(int value, int twice) => Assert.Equal(twice, new Greeter().Twice(value));
        }
        """;

    [Test]
    public async Task FactsAndTheoriesFailInASharedTestHostForTheirMembersVariants()
    {
        using var solution = new TemporaryDirectory("verify-xunit");
        using var cache = new TemporaryDirectory("verify-xunit-cache");
        ThrowAwaySolution.WriteProjects(solution, "Lib", ["Microsoft.NET.Test.Sdk", "xunit", "xunit.runner.visualstudio"]);
        ThrowAwaySolution.WriteTddGuardBuildFiles(solution);
        solution.WriteFile("Lib/Greeter.cs", Greeter);
        solution.WriteFile("Lib.Tests/GreeterTests.cs", Tests);
        var build = await DotnetProcess.RunAsync(solution.Path, "build", "Lib.Tests", "-nologo", "-v:q");
        Assert.That(build.ExitCode, Is.Zero, build.Output);

        var run = CheckCommandTests.Run("verify", solution.Path, "--format", "json", "--cache", cache.Path);

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var report = JsonDocument.Parse(run.Output).RootElement;
        var failed = report.GetProperty("members").EnumerateArray().ToDictionary(
            member => member.GetProperty("id").GetString()!,
            member => (member.GetProperty("outcome").GetString(), string.Join(",", member.GetProperty("failedTests").EnumerateArray().Select(test => test.GetString()))));
        Assert.That(failed, Is.EquivalentTo(new[]
        {
            KeyValuePair("M:Lib.Greeter.Hello(System.String)", ("red", "Lib.Tests.GreeterTests.SaysHello")),
            KeyValuePair("M:Lib.Greeter.Twice(System.Int32)", ("red", "Lib.Tests.GreeterTests.Doubles")),
        }));
        Assert.That(report.GetProperty("notes").EnumerateArray().Select(note => note.GetString()), Has.Some.StartsWith("2 variant runs were settled in test hosts kept for the whole verification; 0 ran"));
    }

    private static System.Collections.Generic.KeyValuePair<string, (string?, string)> KeyValuePair(string id, (string?, string) verdict) => new(id, verdict);
}
