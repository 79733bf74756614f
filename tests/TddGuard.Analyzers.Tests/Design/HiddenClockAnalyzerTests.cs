using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using TddGuard.Analyzers.Design;
using TddGuard.Analyzers.Tests.Verifiers;
using Verify = TddGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<TddGuard.Analyzers.Design.HiddenClockAnalyzer>;

namespace TddGuard.Analyzers.Tests.Design;

[TestFixture]
[Property("Todo", "D08")]
public sealed class HiddenClockAnalyzerTests
{
    [TestCase("DateTime.Now")]
    [TestCase("DateTime.UtcNow")]
    [TestCase("DateTime.Today")]
    [TestCase("DateTimeOffset.Now")]
    [TestCase("DateTimeOffset.UtcNow")]
    public async Task ReportsEveryClockProperty(string clock)
    {
        var source = $$"""
            using System;

            class C
            {
                object M() => {|#0:{{clock}}|};
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2017").WithLocation(0).WithArguments(clock));
    }

    [Test]
    public async Task ReportsTheMemberAccessNotTheWholeExpression()
    {
        const string source = """
            class C
            {
                int Year() => {|#0:System.DateTime.Now|}.Date.Year;

                System.TimeSpan Elapsed(System.DateTimeOffset start) => {|#1:System.DateTimeOffset.UtcNow|} - start;
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2017").WithLocation(0).WithArguments("DateTime.Now"),
            Verify.Diagnostic("TG2017").WithLocation(1).WithArguments("DateTimeOffset.UtcNow"));
    }

    [Test]
    public async Task ReportsAClockImportedWithUsingStatic()
    {
        const string source = """
            using static System.DateTime;

            class C
            {
                System.DateTime M() => {|#0:UtcNow|};
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2017").WithLocation(0).WithArguments("DateTime.UtcNow"));
    }

    [TestCase("DateTime.MinValue")]
    [TestCase("DateTime.Parse(\"2024-01-01\")")]
    [TestCase("new DateTime(2024, 1, 1)")]
    [TestCase("DateTime.UnixEpoch.AddDays(1)")]
    [TestCase("DateTimeOffset.MaxValue")]
    [TestCase("TimeProvider.System.GetUtcNow()")]
    [TestCase("nameof(DateTime.Now)")]
    [TestCase("Environment.TickCount64")]
    public async Task DoesNotReportWhatIsNotTheClock(string expression)
    {
        var source = $$"""
            using System;

            class C
            {
                object M() => {{expression}};
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task DoesNotReportATypeOfItsOwnNamedLikeTheClock()
    {
        const string source = """
            namespace Shop
            {
                class DateTime
                {
                    public static DateTime Now => new DateTime();
                }

                class C
                {
                    object M() => DateTime.Now;
                }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task DoesNotReportInTestProjects()
    {
        var test = Verify.CreateTest("""
            class OrderTests
            {
                object Now() => System.DateTime.UtcNow;
            }
            """);
        test.TestState.AdditionalReferences.Add(FakeTestFramework.NUnit);

        await test.RunAsync();
    }

    [Test]
    public async Task ReportsInEveryKindOfCode()
    {
        const string source = """
            using System;

            partial class Orders(TimeSpan ttl)
            {
                private readonly DateTime _created = {|#0:DateTime.UtcNow|};

                public DateTime Expiry => _created + ttl;

                public bool Expired()
                {
                    bool Local() => {|#1:DateTime.UtcNow|} > Expiry;
                    Func<bool> lambda = () => {|#2:DateTime.Now|} > Expiry;
                    return Local() || lambda();
                }

                private sealed class Nested
                {
                    public DateTime Stamp { get; } = {|#3:DateTime.Today|};
                }
            }

            partial class Orders
            {
                public DateTimeOffset Seen() => {|#4:DateTimeOffset.Now|};
            }

            record Order(DateTime At)
            {
                public static Order Create() => new({|#5:DateTime.UtcNow|});
            }

            record struct Stamp(DateTime At)
            {
                public Stamp() : this({|#6:DateTime.UtcNow|})
                {
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2017").WithLocation(0).WithArguments("DateTime.UtcNow"),
            Verify.Diagnostic("TG2017").WithLocation(1).WithArguments("DateTime.UtcNow"),
            Verify.Diagnostic("TG2017").WithLocation(2).WithArguments("DateTime.Now"),
            Verify.Diagnostic("TG2017").WithLocation(3).WithArguments("DateTime.Today"),
            Verify.Diagnostic("TG2017").WithLocation(4).WithArguments("DateTimeOffset.Now"),
            Verify.Diagnostic("TG2017").WithLocation(5).WithArguments("DateTime.UtcNow"),
            Verify.Diagnostic("TG2017").WithLocation(6).WithArguments("DateTime.UtcNow"));
    }

    [Test]
    public async Task ReportsInTopLevelStatements()
    {
        var test = Verify.CreateTest("""
            System.Console.WriteLine({|#0:System.DateTime.Now|});
            """);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2017").WithLocation(0).WithArguments("DateTime.Now"));

        await test.RunAsync();
    }

    [TestCase("// <auto-generated/>\n")]
    [TestCase("// <autogenerated />\n")]
    public async Task SkipsGeneratedCode(string header)
    {
        var source = header + """
            class C
            {
                object M() => System.DateTime.Now;
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task SkipsFilesNamedAsGenerated()
    {
        var test = Verify.CreateTest(string.Empty);
        test.TestState.Sources.Clear();
        test.TestState.Sources.Add(("Clock.g.cs", """
            class C
            {
                object M() => System.DateTime.Now;
            }
            """));

        await test.RunAsync();
    }

    [TestCase("class C { object M() => System.DateTime.")]
    [TestCase("class C { object M() => System.DateTime.Now(")]
    [TestCase("class C { object M() => DateTime.Now; }")]
    [TestCase("class C { void M() { System.DateTime.Now = default; } }")]
    [TestCase("class C { object M() => System.DateTime.Now.; }")]
    [TestCase("using static System.DateTimeOffset; class C { object M() => UtcNow")]
    public async Task NeverThrowsOnHalfTypedCode(string source)
    {
        var run = await AnalyzerRunner.RunAsync(source, new HiddenClockAnalyzer());

        Assert.That(run.Exceptions, Is.Empty);
    }

    [Test]
    public void DescriptorLinksToItsRulePage()
    {
        var descriptor = new HiddenClockAnalyzer().SupportedDiagnostics[0];

        Assert.That(descriptor.HelpLinkUri, Does.EndWith("docs/rules/TG2017.md"));
        Assert.That(descriptor.Id, Is.EqualTo("TG2017"));
        Assert.That(descriptor.DefaultSeverity, Is.EqualTo(DiagnosticSeverity.Warning));
    }
}
