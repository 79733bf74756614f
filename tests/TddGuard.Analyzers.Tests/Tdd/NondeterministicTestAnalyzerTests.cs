using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using TddGuard.Analyzers.Tdd;
using Verify = TddGuard.Analyzers.Tests.Tdd.TddAnalyzerVerifier<TddGuard.Analyzers.Tdd.NondeterministicTestAnalyzer>;

namespace TddGuard.Analyzers.Tests.Tdd;

[TestFixture]
[Property("Todo", "T04")]
public sealed class NondeterministicTestAnalyzerTests
{
    private const string Clock = "reads the clock";
    private const string ClockAdvice = "use a fixed time or a fake clock (TimeProvider)";
    private const string NewValue = "makes a new value every run";
    private const string NewValueAdvice = "use a fixed value";
    private const string Unseeded = "is unseeded randomness";
    private const string UnseededAdvice = "seed it (new Random(42)) or use fixed values";
    private const string Environment = "reads the machine's environment";
    private const string EnvironmentAdvice = "hand the value to the code under test instead";
    private const string Sleep = "waits a fixed time";
    private const string SleepAdvice = "wait for the outcome itself (await it, or use a signal or a fake clock)";

    private const string Template = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using NUnit.Framework;

        public class ClockTests
        {
            [Test]
            public async Task Runs()
            {
                await Task.CompletedTask;
                var token = CancellationToken.None;
                var task = Task.CompletedTask;
                var delay = 10;
                STATEMENT
                Assert.Pass();
            }
        }
        """;

    [TestCase("var now = {|#0:DateTime.Now|};", "DateTime.Now", Clock, ClockAdvice)]
    [TestCase("var now = {|#0:DateTime.UtcNow|};", "DateTime.UtcNow", Clock, ClockAdvice)]
    [TestCase("var now = {|#0:DateTime.Today|};", "DateTime.Today", Clock, ClockAdvice)]
    [TestCase("var now = {|#0:DateTimeOffset.Now|};", "DateTimeOffset.Now", Clock, ClockAdvice)]
    [TestCase("var now = {|#0:DateTimeOffset.UtcNow|};", "DateTimeOffset.UtcNow", Clock, ClockAdvice)]
    [TestCase("var now = {|#0:System.Environment.TickCount|};", "Environment.TickCount", Clock, ClockAdvice)]
    [TestCase("var now = {|#0:System.Environment.TickCount64|};", "Environment.TickCount64", Clock, ClockAdvice)]
    [TestCase("var now = {|#0:TimeProvider.System|}.GetUtcNow();", "TimeProvider.System", Clock, ClockAdvice)]
    [TestCase("var id = {|#0:Guid.NewGuid()|};", "Guid.NewGuid", NewValue, NewValueAdvice)]
    [TestCase("var random = {|#0:new Random()|};", "new Random()", Unseeded, UnseededAdvice)]
    [TestCase("var next = {|#0:Random.Shared|}.Next();", "Random.Shared", Unseeded, UnseededAdvice)]
    [TestCase("var home = {|#0:System.Environment.GetEnvironmentVariable(\"HOME\")|};", "Environment.GetEnvironmentVariable", Environment, EnvironmentAdvice)]
    [TestCase("var all = {|#0:System.Environment.GetEnvironmentVariables()|};", "Environment.GetEnvironmentVariables", Environment, EnvironmentAdvice)]
    [TestCase("{|#0:Thread.Sleep(100)|};", "Thread.Sleep", Sleep, SleepAdvice)]
    [TestCase("{|#0:Thread.Sleep(delay)|};", "Thread.Sleep", Sleep, SleepAdvice)]
    [TestCase("{|#0:Thread.Sleep(TimeSpan.FromSeconds(1))|};", "Thread.Sleep", Sleep, SleepAdvice)]
    [TestCase("await {|#0:Task.Delay(100)|};", "Task.Delay", Sleep, SleepAdvice)]
    [TestCase("await {|#0:Task.Delay(100, token)|};", "Task.Delay", Sleep, SleepAdvice)]
    [TestCase("await {|#0:Task.Delay(TimeSpan.FromMilliseconds(50))|};", "Task.Delay", Sleep, SleepAdvice)]
    [TestCase("await {|#0:Task.Delay(new TimeSpan(0, 0, 1))|};", "Task.Delay", Sleep, SleepAdvice)]
    public async Task ReportsEachSourceOfNondeterminism(string statement, string member, string reason, string advice)
    {
        var source = Template.Replace("STATEMENT", statement);

        await Verify.VerifyAsync(source, StubLibrary.NUnit, Verify.Diagnostic("TG1004").WithLocation(0).WithArguments(member, reason, advice));
    }

    [TestCase("var random = new Random(42);")]
    [TestCase("Thread.Sleep(0);")]
    [TestCase("await Task.Delay(0);")]
    [TestCase("await Task.Delay(delay);")]
    [TestCase("await Task.Delay(TimeSpan.FromMilliseconds(delay));")]
    [TestCase("await Task.WhenAny(task, Task.Delay(5000));")]
    [TestCase("await Task.WhenAny(new[] { task, Task.Delay(TimeSpan.FromSeconds(5)) });")]
    [TestCase("var watch = System.Diagnostics.Stopwatch.StartNew();")]
    [TestCase("var date = new DateTime(2024, 1, 31);")]
    [TestCase("var date = DateTime.Parse(\"2024-01-31\");")]
    [TestCase("var id = Guid.Empty;")]
    [TestCase("var id = Guid.Parse(\"c9a646d3-9c61-4cb7-bfcd-ee2522c8f633\");")]
    [TestCase("var directory = TestContext.CurrentContext.TestDirectory;")]
    [TestCase("var name = System.Environment.NewLine;")]
    public async Task DoesNotReportDeterministicCode(string statement)
    {
        var source = Template.Replace("STATEMENT", statement);

        await Verify.VerifyAsync(source, StubLibrary.NUnit);
    }

    [Test]
    public async Task ReportsInEveryMemberOfATestClass()
    {
        const string source = """
            using System;
            using NUnit.Framework;

            public class ClockTests
            {
                private readonly DateTime _start = {|#0:DateTime.Now|};

                public ClockTests()
                {
                    Seed = {|#1:Guid.NewGuid()|};
                }

                private Guid Seed { get; }

                private static DateTime Later => {|#2:DateTime.UtcNow|}.AddDays(1);

                [Test]
                public void Runs()
                {
                    Func<DateTime> clock = () => {|#3:DateTime.Today|};
                    Assert.That(Local() < Later);

                    DateTime Local() => {|#4:DateTimeOffset.Now|}.DateTime;
                }

                private static int Roll() => {|#5:new Random()|}.Next();
            }
            """;

        await Verify.VerifyAsync(
            source,
            StubLibrary.NUnit,
            Verify.Diagnostic("TG1004").WithLocation(0).WithArguments("DateTime.Now", Clock, ClockAdvice),
            Verify.Diagnostic("TG1004").WithLocation(1).WithArguments("Guid.NewGuid", NewValue, NewValueAdvice),
            Verify.Diagnostic("TG1004").WithLocation(2).WithArguments("DateTime.UtcNow", Clock, ClockAdvice),
            Verify.Diagnostic("TG1004").WithLocation(3).WithArguments("DateTime.Today", Clock, ClockAdvice),
            Verify.Diagnostic("TG1004").WithLocation(4).WithArguments("DateTimeOffset.Now", Clock, ClockAdvice),
            Verify.Diagnostic("TG1004").WithLocation(5).WithArguments("new Random()", Unseeded, UnseededAdvice));
    }

    [TestCase(StubLibrary.XunitV2, "using Xunit;", "", "[Fact]")]
    [TestCase(StubLibrary.XunitV3, "using Xunit;", "", "[Theory]")]
    [TestCase(StubLibrary.MSTest, "using Microsoft.VisualStudio.TestTools.UnitTesting;", "[TestClass]", "[TestMethod]")]
    [TestCase(StubLibrary.TUnit, "using TUnit.Core;", "", "[Test]")]
    [TestCase(StubLibrary.NUnit, "using NUnit.Framework;", "[TestFixture]", "")]
    public async Task ReportsInTestClassesOfEveryFramework(StubLibrary framework, string usingDirective, string classAttribute, string methodAttribute)
    {
        var source = $$"""
            {{usingDirective}}

            {{classAttribute}}
            public class ClockTests
            {
                {{methodAttribute}}
                public void Runs() => System.Console.WriteLine({|#0:System.DateTime.Now|});
            }
            """;

        await Verify.VerifyAsync(source, framework, Verify.Diagnostic("TG1004").WithLocation(0).WithArguments("DateTime.Now", Clock, ClockAdvice));
    }

    [Test]
    public async Task ReportsInTestClassesThatInheritTheirTestsAndInRecordsAndPartialParts()
    {
        const string source = """
            using System;
            using NUnit.Framework;

            public abstract class ContractTests
            {
                [Test]
                public void Holds() => Assert.Pass();
            }

            public partial class StoreTests : ContractTests
            {
                private static Guid Id() => {|#0:Guid.NewGuid()|};
            }

            public partial class StoreTests
            {
                private static Guid OtherId() => {|#1:Guid.NewGuid()|};
            }

            public record RecordTests(int Value)
            {
                [Test]
                public void Runs() => Assert.That({|#2:DateTime.Now|}.Year > Value);
            }
            """;

        await Verify.VerifyAsync(
            source,
            StubLibrary.NUnit,
            Verify.Diagnostic("TG1004").WithLocation(0).WithArguments("Guid.NewGuid", NewValue, NewValueAdvice),
            Verify.Diagnostic("TG1004").WithLocation(1).WithArguments("Guid.NewGuid", NewValue, NewValueAdvice),
            Verify.Diagnostic("TG1004").WithLocation(2).WithArguments("DateTime.Now", Clock, ClockAdvice));
    }

    [Test]
    public async Task LeavesTestInfrastructureOutsideTestClassesAlone()
    {
        const string source = """
            using System;
            using NUnit.Framework;

            public sealed class TemporaryDirectory
            {
                public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), Guid.NewGuid().ToString("N"));
            }

            [SetUpFixture]
            public sealed class Packing
            {
                public static string Version { get; } = $"0.1.0-test.{Guid.NewGuid():N}";

                [OneTimeSetUp]
                public void Pack() => Console.WriteLine(Environment.GetEnvironmentVariable("PATH"));
            }

            public class StoreTests
            {
                [Test]
                public void Runs() => Assert.That(new TemporaryDirectory().Path.Length > 0);

                private sealed class Nested
                {
                    public DateTime Now => DateTime.Now;
                }
            }
            """;

        await Verify.VerifyAsync(source, StubLibrary.NUnit);
    }

    [Test]
    public async Task StaysSilentOutsideTestProjects()
    {
        const string source = """
            public class ClockTests
            {
                public System.DateTime Runs() => System.DateTime.Now;
            }
            """;

        await Verify.VerifyAsync(source, [], editorConfig: null);
    }

    [Test]
    public Task IgnoresTopLevelStatements() =>
        Verify.VerifyTopLevelStatementsAreIgnoredAsync("System.Console.WriteLine(System.DateTime.Now);");

    [TestCase("// <auto-generated/>\n")]
    [TestCase("// <autogenerated />\n")]
    public async Task SkipsGeneratedCode(string header)
    {
        var source = header + """
            using NUnit.Framework;

            public class ClockTests
            {
                [Test]
                public void Runs() => Assert.That(System.DateTime.Now.Year > 2000);
            }
            """;

        await Verify.VerifyAsync(source, StubLibrary.NUnit);
    }

    [Test]
    public async Task SkipsFilesNamedAsGenerated()
    {
        var test = await Verify.CreateTestAsync(string.Empty, editorConfig: null, StubLibrary.NUnit);
        test.TestState.Sources.Clear();
        test.TestState.Sources.Add(("ClockTests.g.cs", """
            using NUnit.Framework;

            public class ClockTests
            {
                [Test]
                public void Runs() => Assert.That(System.DateTime.Now.Year > 2000);
            }
            """));

        await test.RunAsync();
    }

    [TestCase("using NUnit.Framework; public class T { [Test] public void M() { System.DateTime.")]
    [TestCase("using NUnit.Framework; public class T { [Test] public void M() { System.Threading.Tasks.Task.Delay(; } }")]
    [TestCase("using NUnit.Framework; public class T { [Test] public void M() { System.Threading.Thread.Sleep(); } }")]
    [TestCase("using NUnit.Framework; public class T { [Test] public void M() { new System.Random(; } }")]
    [TestCase("using NUnit.Framework; public class T { [Test] public void M() { System.Threading.Tasks.Task.Delay(System.TimeSpan.FromSeconds()); } }")]
    [TestCase("using NUnit.Framework; public class T { [Test] public void M() { System.Threading.Tasks.Task.WhenAny(System.Threading.Tasks.Task.Delay(1), ); } }")]
    public async Task NeverThrowsOnHalfTypedCode(string source)
    {
        var run = await TddAnalyzerRunner.RunAsync(source, StubLibrary.NUnit, new NondeterministicTestAnalyzer());

        Assert.That(run.Exceptions, Is.Empty);
    }

    [Test]
    public void DescriptorLinksToItsRulePage()
    {
        var descriptor = new NondeterministicTestAnalyzer().SupportedDiagnostics[0];

        Assert.That(descriptor.HelpLinkUri, Does.EndWith("docs/rules/TG1004.md"));
        Assert.That(descriptor.Id, Is.EqualTo("TG1004"));
        Assert.That(descriptor.Category, Is.EqualTo("Tdd"));
        Assert.That(descriptor.DefaultSeverity, Is.EqualTo(DiagnosticSeverity.Warning));
    }
}
