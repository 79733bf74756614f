using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using TddGuard.Analyzers.Design;
using TddGuard.Analyzers.Tests.Verifiers;
using Verify = TddGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<TddGuard.Analyzers.Design.MagicNumberAnalyzer>;

namespace TddGuard.Analyzers.Tests.Design;

[TestFixture]
[Property("Todo", "D01")]
public sealed class MagicNumberAnalyzerTests
{
    [Test]
    public async Task ReportsANumberInCodeAndNamesIt()
    {
        const string source = """
            class C
            {
                void M()
                {
                    System.Threading.Thread.Sleep({|#0:500|});
                }
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2002").WithLocation(0).WithArguments("500"));
    }

    [TestCase("42")]
    [TestCase("42L")]
    [TestCase("42u")]
    [TestCase("42UL")]
    [TestCase("4.2")]
    [TestCase("4.2d")]
    [TestCase("4.2f")]
    [TestCase("4.2m")]
    [TestCase("0x2A")]
    [TestCase("0b101010")]
    [TestCase("1_000")]
    [TestCase("1e3")]
    [TestCase("-42")]
    [TestCase("-4.2")]
    [TestCase("-2")]
    [TestCase("-0.5m")]
    public async Task ReportsEveryKindOfNumericLiteralAsWritten(string literal)
    {
        var source = $$"""
            class C
            {
                object M() => {|#0:{{literal}}|};
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2002").WithLocation(0).WithArguments(literal));
    }

    [TestCase("-1")]
    [TestCase("0")]
    [TestCase("1")]
    [TestCase("2")]
    [TestCase("-1L")]
    [TestCase("0.0")]
    [TestCase("1.0f")]
    [TestCase("2.00m")]
    [TestCase("0x1")]
    [TestCase("1UL")]
    [TestCase("-0")]
    [TestCase("+1")]
    public async Task DoesNotReportTheDefaultAllowedValues(string literal)
    {
        var source = $$"""
            class C
            {
                object M() => {{literal}};
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task ReportsOnlyTheLiteralUnderAUnaryPlusOrParentheses()
    {
        const string source = """
            class C
            {
                int M() => +{|#0:7|} + -({|#1:8|});
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2002").WithLocation(0).WithArguments("7"),
            Verify.Diagnostic("TG2002").WithLocation(1).WithArguments("8"));
    }

    [Test]
    public async Task ReportsEachLiteralOnce()
    {
        const string source = """
            class C
            {
                bool M(int[] items, int n) => items[{|#0:3|}] * {|#1:60|} > n && n switch { {|#2:7|} => true, _ => n << {|#3:10|} == {|#4:-3|} };
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2002").WithLocation(0).WithArguments("3"),
            Verify.Diagnostic("TG2002").WithLocation(1).WithArguments("60"),
            Verify.Diagnostic("TG2002").WithLocation(2).WithArguments("7"),
            Verify.Diagnostic("TG2002").WithLocation(3).WithArguments("10"),
            Verify.Diagnostic("TG2002").WithLocation(4).WithArguments("-3"));
    }

    [TestCase("const int Limit = 42;")]
    [TestCase("const long Big = 60L * 60 * 24;")]
    [TestCase("void M() { const double Rate = 0.19; }")]
    [TestCase("static readonly int s_limit = 42;")]
    [TestCase("static readonly System.TimeSpan s_timeout = System.TimeSpan.FromSeconds(30);")]
    [TestCase("static readonly int[] s_primes = { 3, 5, 7 };")]
    [TestCase("static readonly int s_bufferSize = 64 * 1024;")]
    [TestCase("private readonly int _port = 8080;")]
    [TestCase("private int _retries = -3;")]
    [TestCase("public static int Limit { get; } = 42;")]
    [TestCase("public int Limit { get; set; } = (int)42L;")]
    [TestCase("void M() { var retries = 5; }")]
    [TestCase("void M() { double rate = (0.19); }")]
    [TestCase("void M() { int a = 3, b = 4; }")]
    [TestCase("void M(int retries = 3, double rate = -0.5) { }")]
    [TestCase("void M() { void Local(int retries = 3) { } System.Func<int, int> f = (int x = 3) => x; }")]
    [TestCase("[System.Obsolete(\"use N\", DiagnosticId = \"X\" + nameof(M))] [Size(42)] void M() { }")]
    [TestCase("void M([Size(42)] int x) { }")]
    [TestCase("enum E { A = 42, B = A + 7 }")]
    [TestCase("public override int GetHashCode() => 17 * 23 + 31;")]
    [TestCase("public int GetHashCode(string text) { int Mix(int h) => h * 31; return Mix(17); }")]
    public async Task DoesNotReportNumbersThatAreNamedOrInANamedDefinition(string member)
    {
        var source = $$"""
            class SizeAttribute : System.Attribute
            {
                public SizeAttribute(int size) { }
            }

            class C
            {
                {{member}}
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task ReportsArraySizesOtherThanZeroAndZeroWhenNotAllowed()
    {
        const string source = """
            class C
            {
                object M() => new int[{|#0:8|}];

                object N() => new int[0];

                object O() => {|#1:0|};
            }
            """;

        await Verify.VerifyAsync(
            source,
            "tddguard.allowed_numbers = 1",
            Verify.Diagnostic("TG2002").WithLocation(0).WithArguments("8"),
            Verify.Diagnostic("TG2002").WithLocation(1).WithArguments("0"));
    }

    [TestCase("static readonly System.Func<int> s_next = () => {|#0:42|};", "42")]
    [TestCase("void M() { const int Minute = 60; var seconds = {|#0:60|} * Minute; }", "60")]
    [TestCase("void M() { int seconds; seconds = {|#0:90|}; }", "90")]
    [TestCase("void M() => System.Threading.Thread.Sleep(millisecondsTimeout: {|#0:500|});", "500")]
    [TestCase("private readonly int _seconds = Minute * {|#0:60|}; const int Minute = 60;", "60")]
    [TestCase("object M() => (byte){|#0:200|};", "200")]
    [TestCase("int P => {|#0:42|};", "42")]
    [TestCase("int P { get { return {|#0:42|}; } }", "42")]
    [TestCase("int HashOf(int seed) => seed * {|#0:31|};", "31")]
    public async Task ReportsNumbersInCodeEvenNearANamedDeclaration(string member, string reported)
    {
        var source = $$"""
            class C
            {
                {{member}}
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2002").WithLocation(0).WithArguments(reported));
    }

    [Test]
    public async Task ReportsInEveryKindOfTypeAndFunction()
    {
        const string source = """
            using System;
            using System.Linq;

            partial class Service(int seed)
            {
                public int Next() => seed + {|#0:3|};
            }

            partial class Service
            {
                class Nested
                {
                    int M() => {|#1:4|};
                }

                int Local()
                {
                    return Twice({|#2:5|});

                    static int Twice(int x) => x * {|#3:6|};
                }

                Func<int, int> Lambda() => x => x + {|#4:7|};

                int[] Query(int[] items) => items.Where(x => x > {|#5:8|}).ToArray();
            }

            record Money(decimal Amount)
            {
                public Money Doubled => new(Amount * {|#6:9|});
            }

            record struct Point(int X)
            {
                public int Shifted() => X + {|#7:10|};
            }

            class Derived() : Base({|#8:11|});

            class Base(int value)
            {
                public int Value { get; } = value;
            }

            struct S
            {
                public int P { get => {|#9:12|}; set { } }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2002").WithLocation(0).WithArguments("3"),
            Verify.Diagnostic("TG2002").WithLocation(1).WithArguments("4"),
            Verify.Diagnostic("TG2002").WithLocation(2).WithArguments("5"),
            Verify.Diagnostic("TG2002").WithLocation(3).WithArguments("6"),
            Verify.Diagnostic("TG2002").WithLocation(4).WithArguments("7"),
            Verify.Diagnostic("TG2002").WithLocation(5).WithArguments("8"),
            Verify.Diagnostic("TG2002").WithLocation(6).WithArguments("9"),
            Verify.Diagnostic("TG2002").WithLocation(7).WithArguments("10"),
            Verify.Diagnostic("TG2002").WithLocation(8).WithArguments("11"),
            Verify.Diagnostic("TG2002").WithLocation(9).WithArguments("12"));
    }

    [Test]
    public async Task ReportsInTopLevelStatements()
    {
        var test = Verify.CreateTest("""
            const int Known = 42;
            System.Console.WriteLine(Known + {|#0:365|});
            """);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2002").WithLocation(0).WithArguments("365"));

        await test.RunAsync();
    }

    [Test]
    public async Task IgnoresNumbersInPreprocessorDirectives()
    {
        const string source = """
            class C
            {
            #pragma warning disable 1591, 618
                void M() { }
            #pragma warning restore 1591, 618
            #line 200
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task ReadsTheAllowedNumbersFromEditorConfig()
    {
        const string source = """
            class C
            {
                decimal M() => 100 + 0.5m + -7 + 1_000 + {|#0:2|} + {|#1:1|} + {|#2:7|};
            }
            """;

        await Verify.VerifyAsync(
            source,
            "tddguard.allowed_numbers = 0, 100, 0.50, -7, 1000",
            Verify.Diagnostic("TG2002").WithLocation(0).WithArguments("2"),
            Verify.Diagnostic("TG2002").WithLocation(1).WithArguments("1"),
            Verify.Diagnostic("TG2002").WithLocation(2).WithArguments("7"));
    }

    [Test]
    public async Task IgnoresUnusableEntriesInTheAllowedNumbers()
    {
        const string source = """
            class C
            {
                int M() => 100 + {|#0:2|};
            }
            """;

        await Verify.VerifyAsync(
            source,
            "tddguard.allowed_numbers = many, 100,, 0x10, 1e999",
            Verify.Diagnostic("TG2002").WithLocation(0).WithArguments("2"));
    }

    [TestCase("tddguard.allowed_numbers = many")]
    [TestCase("tddguard.allowed_numbers =")]
    [TestCase("tddguard.allowed_numbers = , ,")]
    public async Task FallsBackToTheDefaultAllowedNumbersForAnUnusableList(string option)
    {
        const string source = """
            class C
            {
                int M() => -1 + 0 + 1 + 2 + {|#0:3|};
            }
            """;

        await Verify.VerifyAsync(source, option, Verify.Diagnostic("TG2002").WithLocation(0).WithArguments("3"));
    }

    [Test]
    public async Task SkipsTestProjects()
    {
        var test = Verify.CreateTest("""
            class CalculatorTests
            {
                int Expected() => 42;
            }
            """);
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(Assert).Assembly.Location));

        await test.RunAsync();
    }

    [TestCase("// <auto-generated/>\n")]
    [TestCase("// <autogenerated />\n")]
    public async Task SkipsGeneratedCode(string header)
    {
        var source = header + """
            class C
            {
                int M() => 42;
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task SkipsFilesNamedAsGenerated()
    {
        var test = Verify.CreateTest(string.Empty);
        test.TestState.Sources.Clear();
        test.TestState.Sources.Add(("Generated.g.cs", """
            class C
            {
                int M() => 42;
            }
            """));

        await test.RunAsync();
    }

    [TestCase("class C { int M() => 42")]
    [TestCase("class C { int M() => -")]
    [TestCase("class C { int M() => - 42 + }")]
    [TestCase("class C { const int X = 42 + ; static readonly int Y = ")]
    [TestCase("enum E { A = 42, B = }")]
    [TestCase("class C { [Obsolete(42 void M() { } }")]
    [TestCase("class C { void M(int x = 42 { } }")]
    [TestCase("42; var x = -")]
    [TestCase("class C { int[] M() => new int[ }")]
    [TestCase("class C { public override int GetHashCode( => 42 }")]
    [TestCase("namespace N; 42")]
    public async Task NeverThrowsOnHalfTypedCode(string source)
    {
        var run = await AnalyzerRunner.RunAsync(source, new MagicNumberAnalyzer());

        Assert.That(run.Exceptions, Is.Empty);
    }

    [Test]
    public async Task StillReportsInCodeThatDoesNotCompile()
    {
        var run = await AnalyzerRunner.RunAsync("class C { int M() => -42 + ", new MagicNumberAnalyzer());

        Assert.That(run.Diagnostics, Has.Length.EqualTo(1));
        Assert.That(run.Diagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture), Does.Contain("'-42'"));
    }

    [Test]
    public void DescriptorLinksToItsRulePage()
    {
        var descriptor = new MagicNumberAnalyzer().SupportedDiagnostics[0];

        Assert.That(descriptor.HelpLinkUri, Does.EndWith("docs/rules/TG2002.md"));
        Assert.That(descriptor.Id, Is.EqualTo("TG2002"));
        Assert.That(descriptor.DefaultSeverity, Is.EqualTo(DiagnosticSeverity.Warning));
    }
}
