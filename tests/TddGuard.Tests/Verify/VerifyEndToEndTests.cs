using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using NUnit.Framework;
using TddGuard.Cli;
using TddGuard.Tests.Cli;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.Verify;

/// <summary>
/// <c>tddguard verify</c> on a throw-away solution, verified once for the fixture: a member a test drives (red), one
/// whose test asserts nothing (no-red), and one whose red variant makes its caller retry for ever (timeout). Either
/// never built (verify builds a copy), or built by the user with TddGuard's build files (verify reuses that build).
/// </summary>
/// <param name="builtWithTddGuard">Whether the user built the solution, with TddGuard's build files, before verifying.</param>
[TestFixture(false)]
[TestFixture(true)]
[Category("Integration")]
[Property("Todo", "C07")]
public sealed class VerifyEndToEndTests(bool builtWithTddGuard)
{
    private const string Calculator = """
        using System.Threading.Tasks;

        namespace Calc;

        public sealed class Calculator
        {
            public int Add(int a, int b) => Sum(a, b);

            public static int Sum(int a, int b) => a + b;

            public async Task WarmAsync()
            {
                await Task.Yield();
                IsWarm = true;
            }

            public bool IsWarm { get; private set; }
        }
        """;

    private const string Sensor = """
        using System;

        namespace Calc;

        public sealed class Sensor
        {
            public int Poll()
            {
                while (true)
                {
                    try
                    {
                        return Read();
                    }
                    catch (Exception)
                    {
                        // The sensor was not ready: ask again.
                    }
                }
            }

            public int Read() => 42;

            public int Reset() => Read() - 42;
        }
        """;

    private const string Tests = """
        using NUnit.Framework;

        namespace Calc.Tests;

        public sealed class CalculatorTests
        {
            [Test]
            public void AddsTwoNumbers() => Assert.That(new Calculator().Add(2, 3), Is.EqualTo(5));

            [Test]
            public void Warms()
            {
                _ = new Calculator().WarmAsync();
            }

            [Test]
            public void PollsTheSensor() => Assert.That(new Sensor().Poll(), Is.EqualTo(42));

            [Test]
            public void ReadsTheSensor()
            {
                LeavesFilesBesideItself();
                Assert.That(new Sensor().Read(), Is.EqualTo(42));
            }

            /// <summary>As tests that keep approved or snapshot files do: into the working folder and up into the project folder.</summary>
            private static void LeavesFilesBesideItself()
            {
                System.IO.File.WriteAllText("written-by-a-test.txt", "");
                var project = System.IO.Path.GetFullPath(System.IO.Path.Combine(TestContext.CurrentContext.TestDirectory, "..", "..", ".."));
                if (System.IO.File.Exists(System.IO.Path.Combine(project, "Calc.Tests.csproj")))
                {
                    System.IO.File.WriteAllText(System.IO.Path.Combine(project, "written-by-a-test.txt"), "");
                }

                System.IO.File.WriteAllLines(
                    System.IO.Path.Combine(@"WITNESS_FOLDER", System.Guid.NewGuid().ToString("N") + ".txt"),
                    [System.IO.Directory.GetCurrentDirectory(), TestContext.CurrentContext.TestDirectory, project]);
            }
        }
        """;

    private static readonly string[] s_addsTest = ["Calc.Tests.CalculatorTests.AddsTwoNumbers"];
    private static readonly string[] s_allMembers = ["M:Calc.Calculator.Add(System.Int32,System.Int32)", "M:Calc.Calculator.Sum(System.Int32,System.Int32)", "M:Calc.Calculator.WarmAsync", "M:Calc.Sensor.Poll", "M:Calc.Sensor.Read", "M:Calc.Sensor.Reset"];
    private static readonly string[] s_testPackages = ["Microsoft.NET.Test.Sdk", "NUnit", "NUnit3TestAdapter"];

    private TemporaryDirectory _solution = null!;
    private TemporaryDirectory _cache = null!;
    private TemporaryDirectory _witness = null!;
    private Dictionary<string, string> _sourcesBefore = null!;
    private (int ExitCode, string Output, string Error) _run;
    private Dictionary<string, JsonElement> _members = null!;
    private List<string> _notes = null!;

    [OneTimeSetUp]
    public async Task VerifyTheSolutionOnceAsync()
    {
        _solution = new TemporaryDirectory("verify-e2e");
        _cache = new TemporaryDirectory("verify-e2e-cache");
        _witness = new TemporaryDirectory("verify-e2e-witness");
        WriteSolution(_solution, _witness.Path);
        if (builtWithTddGuard)
        {
            await BuildWithTddGuardAsync(_solution);
        }

        _sourcesBefore = Snapshot(_solution.Path);

        _run = CheckCommandTests.Run("verify", _solution.Path, "--format", "json", "--output", _solution.Combine("..", Path.GetFileName(_solution.Path) + ".json"), "--cache", _cache.Path);
        var report = File.ReadAllText(_solution.Combine("..", Path.GetFileName(_solution.Path) + ".json"));
        _members = Members(report);
        _notes = [.. JsonDocument.Parse(report).RootElement.GetProperty("notes").EnumerateArray().Select(note => note.GetString()!)];
    }

    [OneTimeTearDown]
    public void RemoveTheSolution()
    {
        File.Delete(_solution.Combine("..", Path.GetFileName(_solution.Path) + ".json"));
        _solution.Dispose();
        _cache.Dispose();
        _witness.Dispose();
    }

    [Test]
    public void AMemberATestDrivesIsRedAndNamesTheTest()
    {
        Assert.That(Outcome("M:Calc.Calculator.Add(System.Int32,System.Int32)"), Is.EqualTo("red"), _run.Error);
        Assert.That(FailedTests("M:Calc.Calculator.Add(System.Int32,System.Int32)"), Is.EqualTo(s_addsTest));
        Assert.That(Outcome("M:Calc.Sensor.Poll"), Is.EqualTo("red"), _run.Error);
    }

    [Test]
    [Property("Todo", "R04")]
    public void AMemberReachedOnlyThroughItsPublicCallerIsRedAtDistanceOne()
    {
        Assert.That(Outcome("M:Calc.Calculator.Sum(System.Int32,System.Int32)"), Is.EqualTo("red"), _run.Error);
        Assert.That(FailedTests("M:Calc.Calculator.Sum(System.Int32,System.Int32)"), Is.EqualTo(s_addsTest));
        Assert.That(_members["M:Calc.Calculator.Sum(System.Int32,System.Int32)"].GetProperty("distance").GetInt32(), Is.EqualTo(1));
        Assert.That(_members["M:Calc.Calculator.Add(System.Int32,System.Int32)"].GetProperty("distance").GetInt32(), Is.Zero);
    }

    [Test]
    public void AMemberWhoseTestAssertsNothingIsNoRedAndFailsTheRun()
    {
        Assert.That(Outcome("M:Calc.Calculator.WarmAsync"), Is.EqualTo("no-red"), _run.Error);
        Assert.That(_run.ExitCode, Is.EqualTo(ExitCodes.Findings), _run.Error);
    }

    [Test]
    public void AMemberNoTestBindsToIsNoTestAndIsNotRun()
    {
        Assert.That(Outcome("M:Calc.Sensor.Reset"), Is.EqualTo("no-test"), _run.Error);
        Assert.That(_run.Error, Does.Not.Contain("Verifying M:Calc.Sensor.Reset"));
    }

    [Test]
    public void AVariantThatMakesATestLoopForEverTimesOut()
    {
        Assert.That(Outcome("M:Calc.Sensor.Read"), Is.EqualTo("timeout"), _run.Error);
    }

    [Test]
    public void AutoAccessorsHaveNoBodyToVerify()
    {
        Assert.That(_members.Keys, Is.EquivalentTo(s_allMembers));
    }

    [Test]
    public void TheUsersSourcesAndBuildOutputsAreNotTouched()
    {
        Assert.That(Snapshot(_solution.Path), Is.EqualTo(_sourcesBefore));
        Assert.That(
            Directory.EnumerateDirectories(_solution.Path, "*", SearchOption.AllDirectories).Select(Path.GetFileName).Where(folder => folder is "bin" or "obj").Any(),
            Is.EqualTo(builtWithTddGuard));
    }

    [Test]
    public void FilesATestWritesBesideItselfLandInTheCopyNotInTheRepository()
    {
        // The fixture's test says where it ran: its working folder, its build output and its project folder.
        var places = Directory.EnumerateFiles(_witness.Path).SelectMany(File.ReadAllLines).Distinct().ToList();

        Assert.That(places, Is.Not.Empty, "the test that writes beside itself never ran");
        Assert.That(places, Has.None.StartsWith(_solution.Path + Path.DirectorySeparatorChar), "a test ran in the repository instead of a copy");
        Assert.That(Directory.EnumerateFiles(_solution.Path, "written-by-a-test.txt", SearchOption.AllDirectories), Is.Empty);
    }

    [Test]
    public void AFreshBuildWithTddGuardIsReusedInsteadOfBuildingACopy()
    {
        Assert.That(_run.Error, builtWithTddGuard ? Does.Not.Contain("Building") : Does.Contain("Building"));
        Assert.That(_run.Error, builtWithTddGuard ? Does.Contain("from the build in obj/") : Does.Not.Contain("from the build in obj/"));
        var how = builtWithTddGuard
            ? "The red variants were compiled from the last build"
            : "The red variants were built in a copy of the repository, because the last build cannot be reused: Calc has no record";
        Assert.That(_notes, Has.Some.StartsWith(how));
    }

    [Test]
    public void TheRedVariantsShareTestHostsAndOnlyTheNoRedIsConfirmedInOneOfItsOwn()
    {
        // Add, Sum and Poll fail in the shared test host, Read times out there; WarmAsync fails nothing, so it runs again alone.
        Assert.That(_notes, Has.Some.EqualTo("4 variant runs were settled in test hosts kept for the whole verification; 1 ran in a test host of their own (no test failed, every test ran, or a failure could stem from an earlier variant)."));
    }

    [Test]
    public void UnchangedMembersComeFromTheCacheWithoutABuild()
    {
        var again = CheckCommandTests.Run("verify", _solution.Path, "--format", "json", "--filter", "Calc/Calculator.cs", "--cache", _cache.Path);

        var members = Members(again.Output);
        Assert.That(members.Values.Select(member => member.GetProperty("cached").GetBoolean()), Is.All.True, again.Error);
        Assert.That(members["M:Calc.Calculator.WarmAsync"].GetProperty("outcome").GetString(), Is.EqualTo("no-red"));
        Assert.That(again.Error, Does.Not.Contain("Building"));
    }

    private string? Outcome(string id) => _members.TryGetValue(id, out var member) ? member.GetProperty("outcome").GetString() : null;

    private string?[] FailedTests(string id) => [.. _members[id].GetProperty("failedTests").EnumerateArray().Select(test => test.GetString())];

    private static Dictionary<string, JsonElement> Members(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("members").EnumerateArray()
            .ToDictionary(member => member.GetProperty("id").GetString()!, member => member.Clone());

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(file => file, File.ReadAllText);

    /// <summary>Builds <paramref name="solution"/> as a user of the TddGuard package would: its build files imported.</summary>
    private static async Task BuildWithTddGuardAsync(TemporaryDirectory solution)
    {
        ThrowAwaySolution.WriteTddGuardBuildFiles(solution);
        var result = await DotnetProcess.RunAsync(solution.Path, "build", "Calc.Tests", "-nologo", "-v:q");
        Assert.That(result.ExitCode, Is.Zero, result.Output);
    }

    private static void WriteSolution(TemporaryDirectory solution, string witnessFolder)
    {
        ThrowAwaySolution.WriteProjects(solution, "Calc", s_testPackages);
        solution.WriteFile("Calc/Calculator.cs", Calculator);
        solution.WriteFile("Calc/Sensor.cs", Sensor);
        solution.WriteFile("Calc.Tests/CalculatorTests.cs", Tests.Replace("WITNESS_FOLDER", witnessFolder, StringComparison.Ordinal));
    }
}
