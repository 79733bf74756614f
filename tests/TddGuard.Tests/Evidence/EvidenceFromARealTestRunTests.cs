using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using TddGuard.Evidence;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.Evidence;

/// <summary>
/// The readers against files the current toolchain writes today: a throw-away NUnit project is run with
/// <c>dotnet test --logger trx --collect:"XPlat Code Coverage"</c> (coverlet) and its output is read back.
/// </summary>
[TestFixture]
[Category("Integration")]
[Property("Todo", "C03")]
public sealed class EvidenceFromARealTestRunTests
{
    private const string Library = """
        namespace Sample;

        public sealed class Calculator
        {
            public int Add(int a, int b) => a + b;

            public int Divide(int a, int b)
            {
                return a / b;
            }

            public int Never(int a)
            {
                var doubled = a * 2;
                return doubled + 1;
            }
        }
        """;

    private const string Tests = """
        using NUnit.Framework;

        namespace Sample.Tests;

        public sealed class CalculatorTests
        {
            [Test]
            public void AddsTwoNumbers() => Assert.That(new Calculator().Add(2, 3), Is.EqualTo(5));

            [TestCase(6, 3, 2)]
            [TestCase(7, 7, 2)]
            public void Divides(int a, int b, int expected) => Assert.That(new Calculator().Divide(a, b), Is.EqualTo(expected));

            [Test, Ignore("not yet")]
            public void IgnoredTest() => Assert.That(new Calculator().Never(1), Is.EqualTo(3));
        }
        """;

    private static readonly string[] s_testPackages = ["Microsoft.NET.Test.Sdk", "NUnit", "NUnit3TestAdapter", "coverlet.collector"];

    [Test]
    public async Task ReadsTheTrxAndCoberturaFilesDotnetTestAndCoverletWrite()
    {
        using var workspace = new TemporaryDirectory("real-run");
        WriteProjects(workspace);

        var run = await DotnetProcess.RunAsync(
            workspace.Path, "test", "Sample.Tests", "--logger", "trx", "--collect:XPlat Code Coverage", "--results-directory", "TestResults", "--disable-build-servers");
        var evidence = await new EvidenceLoader().LoadAsync(workspace.Path, EvidenceRequest.Discover, default);

        Assert.That(run.Output, Does.Contain("Failed:     1"), "the sample has exactly one failing case");
        Assert.That(evidence.Problems, Is.Empty);
        Assert.That(evidence.Files.Count(file => file.EndsWith(".trx", System.StringComparison.Ordinal)), Is.EqualTo(1), run.Output);
        Assert.That(evidence.Results!.OutcomeOf("Sample.Tests.CalculatorTests.AddsTwoNumbers"), Is.EqualTo(TestOutcome.Passed));
        Assert.That(evidence.Results.OutcomeOf("Sample.Tests.CalculatorTests.Divides"), Is.EqualTo(TestOutcome.Failed));
        Assert.That(evidence.Results.OutcomeOf("Sample.Tests.CalculatorTests.IgnoredTest"), Is.EqualTo(TestOutcome.NotRun));
        Assert.That(evidence.Coverage!.CoverageOf(Names("Calculator", "Add")), Is.EqualTo(new LineCoverage(1, 1)));
        Assert.That(evidence.Coverage.CoverageOf(Names("Calculator", "Never")), Is.EqualTo(new LineCoverage(0, 4)));
    }

    private static void WriteProjects(TemporaryDirectory workspace)
    {
        ThrowAwaySolution.WriteProjects(workspace, "Sample", s_testPackages);
        workspace.WriteFile("Sample/Calculator.cs", Library);
        workspace.WriteFile("Sample.Tests/CalculatorTests.cs", Tests);
    }

    private static System.Collections.Generic.HashSet<string> Names(params string[] names) => [.. names];
}
