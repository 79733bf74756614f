using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using VerifyNumber = TddGuard.Analyzers.Tests.Verifiers.CodeFixVerifier<
    TddGuard.Analyzers.Design.MagicNumberAnalyzer,
    TddGuard.CodeFixes.Design.IntroduceNamedConstantFixer>;
using VerifyString = TddGuard.Analyzers.Tests.Verifiers.CodeFixVerifier<
    TddGuard.Analyzers.Design.MagicStringAnalyzer,
    TddGuard.CodeFixes.Design.IntroduceNamedConstantFixer>;

namespace TddGuard.Analyzers.Tests.Design;

[TestFixture]
[Property("Todo", "D01")]
public sealed class IntroduceNamedConstantFixerTests
{
    [Test]
    public async Task IntroducesAPrivateConstantForANumberAndUsesIt()
    {
        const string source = """
            class C
            {
                void M()
                {
                    System.Threading.Thread.Sleep([|500|]);
                }
            }
            """;
        const string fixedSource = """
            class C
            {
                private const int Value500 = 500;

                void M()
                {
                    System.Threading.Thread.Sleep(Value500);
                }
            }
            """;

        await VerifyNumber.VerifyAsync(source, fixedSource);
    }

    [TestCase("42L", "long", "Value42")]
    [TestCase("3u", "uint", "Value3")]
    [TestCase("4.5", "double", "Value4Point5")]
    [TestCase("4.5f", "float", "Value4Point5")]
    [TestCase("2.50m", "decimal", "Value2Point50")]
    [TestCase("1e-3", "double", "Value0Point001")]
    [TestCase("0xFF", "int", "Value255")]
    [TestCase("1_000", "int", "Value1000")]
    [TestCase("-5", "int", "ValueMinus5")]
    [TestCase("-0.25", "double", "ValueMinus0Point25")]
    [TestCase("-2147483648", "int", "ValueMinus2147483648")]
    public async Task KeepsTheNumberAsWrittenWithItsTypeAndNamesItAfterItsValue(string literal, string type, string name)
    {
        var source = $$"""
            class C
            {
                object M() => [|{{literal}}|];
            }
            """;
        var fixedSource = $$"""
            class C
            {
                private const {{type}} {{name}} = {{literal}};

                object M() => {{name}};
            }
            """;

        await VerifyNumber.VerifyAsync(source, fixedSource);
    }

    [Test]
    public async Task AddsTheConstantAfterTheExistingConstants()
    {
        const string source = """
            class C
            {
                private const int Known = 7;
                public const string Name = "c";

                private int _count;

                int M() => Known * [|60|] + _count;
            }
            """;
        const string fixedSource = """
            class C
            {
                private const int Known = 7;
                public const string Name = "c";
                private const int Value60 = 60;

                private int _count;

                int M() => Known * Value60 + _count;
            }
            """;

        await VerifyNumber.VerifyAsync(source, fixedSource);
    }

    [Test]
    public async Task KeepsCommentsAroundTheLiteralAndOnTheFirstMember()
    {
        const string source = """
            class C
            {
                /// <summary>Seconds in an hour.</summary>
                int M() => /* minutes */ [|60|] /* per hour */ * Minute;

                const int Minute = 60;
            }
            """;
        const string fixedSource = """
            class C
            {
                private const int Value60 = 60;

                /// <summary>Seconds in an hour.</summary>
                int M() => /* minutes */ Value60 /* per hour */ * Minute;

                const int Minute = 60;
            }
            """;

        await VerifyNumber.VerifyAsync(source, fixedSource);
    }

    [Test]
    public async Task ReusesAConstantItIntroducedBeforeForTheSameValue()
    {
        const string source = """
            class C
            {
                private const int Value60 = 60;

                int M() => [|60|];
            }
            """;
        const string fixedSource = """
            class C
            {
                private const int Value60 = 60;

                int M() => Value60;
            }
            """;

        await VerifyNumber.VerifyAsync(source, fixedSource);
    }

    [Test]
    public async Task PicksAFreeNameWhenTheNaturalOneIsTaken()
    {
        const string source = """
            class C
            {
                private const long Value60 = 60;

                int Value602() => [|60|];

                int M(int value) => value == [|602|] ? 0 : 1;
            }
            """;
        const string fixedSource = """
            class C
            {
                private const long Value60 = 60;
                private const int Value60_2 = 60;
                private const int Value602_2 = 602;

                int Value602() => Value60_2;

                int M(int value) => value == Value602_2 ? 0 : 1;
            }
            """;

        var test = VerifyNumber.CreateTest(source, fixedSource);
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }

    [Test]
    public async Task AvoidsANameThatALocalDeclaredLaterWouldHide()
    {
        const string source = """
            class C
            {
                bool M(string role)
                {
                    var result = role == [|"admin"|];
                    var Admin = result;
                    return Admin;
                }

                string Admin2() => "admin2";
            }
            """;
        const string fixedSource = """
            class C
            {
                private const string Admin3 = "admin";

                bool M(string role)
                {
                    var result = role == Admin3;
                    var Admin = result;
                    return Admin;
                }

                string Admin2() => "admin2";
            }
            """;

        await VerifyString.VerifyAsync(source, fixedSource);
    }

    [Test]
    public async Task IntroducesAStringConstantAndReplacesEveryOccurrenceOfItsValueInTheType()
    {
        const string source = """
            class C
            {
                const string Other = "x";

                static readonly string[] s_roles = { "admin" };

                bool IsAdmin(string role) => role == [|"admin"|];

                string Default() => "admin";

                string Different() => "Admin";
            }
            """;
        const string fixedSource = """
            class C
            {
                const string Other = "x";
                private const string Admin = "admin";

                static readonly string[] s_roles = { "admin" };

                bool IsAdmin(string role) => role == Admin;

                string Default() => Admin;

                string Different() => "Admin";
            }
            """;

        await VerifyString.VerifyAsync(source, fixedSource);
    }

    [TestCase("max retries", "MaxRetries")]
    [TestCase("application/json", "ApplicationJson")]
    [TestCase("HTTP_PROXY", "HttpProxy")]
    [TestCase("Content-Type", "ContentType")]
    [TestCase("camelCase value", "CamelCaseValue")]
    [TestCase("404", "Value404")]
    [TestCase("{0} items", "Value0Items")]
    [TestCase("über cool", "ÜberCool")]
    [TestCase("one two three four five six", "OneTwoThreeFour")]
    [TestCase("-", "Text")]
    [TestCase("a\\nb", "AB")]
    public async Task NamesAStringConstantAfterItsWords(string value, string name)
    {
        var source = $$"""
            class C
            {
                bool M(string s) => s == [|"{{value}}"|];
            }
            """;
        var fixedSource = $$"""
            class C
            {
                private const string {{name}} = "{{value}}";

                bool M(string s) => s == {{name}};
            }
            """;

        await VerifyString.VerifyAsync(source, fixedSource);
    }

    [Test]
    public async Task ReplacesARepeatedStringInEveryPartialDeclarationOfTheFileButNotItsMessagesOrNestedTypes()
    {
        const string source = """
            partial class Queue
            {
                string Name() => [|"orders"|];

                void Fail() => throw new System.InvalidOperationException("orders");
            }

            partial class Queue
            {
                string Topic() => [|"orders"|] + "/" + [|"orders"|];

                class Nested
                {
                    string Name() => "orders";
                }
            }
            """;
        const string fixedSource = """
            partial class Queue
            {
                private const string Orders = "orders";

                string Name() => Orders;

                void Fail() => throw new System.InvalidOperationException("orders");
            }

            partial class Queue
            {
                string Topic() => Orders + "/" + Orders;

                class Nested
                {
                    string Name() => "orders";
                }
            }
            """;

        await VerifyString.VerifyAsync(source, fixedSource);
    }

    [Test]
    public async Task IntroducesTheConstantInTheInnermostType()
    {
        const string source = """
            class Outer
            {
                int A() => 0;

                struct Inner
                {
                    int B() => [|42|];
                }

                record R(int X) : Base([|43|])
                {
                }

                record struct S(int X)
                {
                    int D() => [|44|];
                }
            }

            record Base(int Y);
            """;
        const string fixedSource = """
            class Outer
            {
                int A() => 0;

                struct Inner
                {
                    private const int Value42 = 42;

                    int B() => Value42;
                }

                record R(int X) : Base(Value43)
                {
                    private const int Value43 = 43;
                }

                record struct S(int X)
                {
                    private const int Value44 = 44;

                    int D() => Value44;
                }
            }

            record Base(int Y);
            """;

        await VerifyNumber.VerifyAsync(source, fixedSource);
    }

    [Test]
    public async Task IntroducesALocalConstantInTopLevelStatements()
    {
        const string source = """
            using System;

            // Dispatch the command.
            var command = args.Length > 0 ? args[0] : "help";
            if (command == [|"run"|])
            {
                Console.WriteLine("run");
            }
            """;
        const string fixedSource = """
            using System;

            const string Run = "run";

            // Dispatch the command.
            var command = args.Length > 0 ? args[0] : "help";
            if (command == Run)
            {
                Console.WriteLine(Run);
            }
            """;

        var test = VerifyString.CreateTest(source, fixedSource);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        await test.RunAsync();
    }

    [Test]
    public async Task IntroducesALocalConstantAtTheTopOfAFileOfTopLevelStatements()
    {
        const string source = """
            System.Console.WriteLine([|365|]);
            System.Console.WriteLine();
            """;
        const string fixedSource = """
            const int Value365 = 365;

            System.Console.WriteLine(Value365);
            System.Console.WriteLine();
            """;

        var test = VerifyNumber.CreateTest(source, fixedSource);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        await test.RunAsync();
    }

    [Test]
    public async Task UsesTheConfiguredLineEndingInAFileWithoutLineBreaks()
    {
        var test = VerifyNumber.CreateTest("class C { int M() => [|42|]; }", "class C {\r\n    private const int Value42 = 42;\r\n\r\n    int M() => Value42; }");
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nend_of_line = crlf\n"));

        await test.RunAsync();
    }

    [Test]
    public async Task KeepsWindowsLineEndings()
    {
        var source = "class C\r\n{\r\n    int M() => [|42|];\r\n}\r\n";
        var fixedSource = "class C\r\n{\r\n    private const int Value42 = 42;\r\n\r\n    int M() => Value42;\r\n}\r\n";

        await VerifyNumber.VerifyAsync(source, fixedSource);
    }

    [Test]
    public async Task FixAllIntroducesOneConstantPerValueAndType()
    {
        const string source = """
            class A
            {
                int M() => [|60|] + [|60|] * [|24|];

                int N() => [|-60|];
            }

            class B
            {
                int M() => [|60|];
            }
            """;
        const string fixedSource = """
            class A
            {
                private const int Value60 = 60;
                private const int Value24 = 24;
                private const int ValueMinus60 = -60;

                int M() => Value60 + Value60 * Value24;

                int N() => ValueMinus60;
            }

            class B
            {
                private const int Value60 = 60;

                int M() => Value60;
            }
            """;

        var test = VerifyNumber.CreateTest(source, fixedSource);
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }

    [Test]
    public async Task FixAllGivesDifferentValuesThatShareANameDifferentNames()
    {
        const string source = """
            class C
            {
                bool M(string s) => s == [|"max-retries"|] || s == [|"max_retries"|] || s == [|"max-retries"|];
            }
            """;
        const string fixedSource = """
            class C
            {
                private const string MaxRetries = "max-retries";
                private const string MaxRetries2 = "max_retries";

                bool M(string s) => s == MaxRetries || s == MaxRetries2 || s == MaxRetries;
            }
            """;

        var test = VerifyString.CreateTest(source, fixedSource);
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }

    [Test]
    public async Task OffersNoFixForATypeDeclaredInSeveralFiles()
    {
        var test = VerifyNumber.CreateTest(string.Empty, string.Empty);
        test.TestState.Sources.Clear();
        test.TestState.Sources.Add(("First.cs", "partial class C\n{\n    int M() => [|42|];\n}\n"));
        test.TestState.Sources.Add(("Second.cs", "partial class C\n{\n}\n"));
        test.FixedState.Sources.Clear();
        test.FixedState.Sources.Add(("First.cs", "partial class C\n{\n    int M() => [|42|];\n}\n"));
        test.FixedState.Sources.Add(("Second.cs", "partial class C\n{\n}\n"));

        await test.RunAsync();
    }

    [TestCase("interface I { int M() => [|42|]; }")]
    [TestCase("record R() : Base([|42|]); record Base(int X);")]
    public async Task OffersNoFixWhereNoConstantCanBeAdded(string source)
    {
        await VerifyNumber.VerifyAsync(source, source);
    }
}
