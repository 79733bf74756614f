using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using TddGuard.Analyzers.Design;
using TddGuard.Analyzers.Tests.Verifiers;
using Verify = TddGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<TddGuard.Analyzers.Design.MethodTooLongAnalyzer>;

namespace TddGuard.Analyzers.Tests.Design;

[TestFixture]
[Property("Todo", "D02")]
public sealed class MethodTooLongAnalyzerTests
{
    [Test]
    public async Task ReportsAMethodLongerThanTheDefaultLimit()
    {
        var source = """
            class C
            {
                void {|#0:M|}()
                {
            BODY
                }
            }
            """.Replace("BODY", Statements(41));

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2005").WithLocation(0).WithArguments("M", 41, 40));
    }

    [Test]
    public async Task DoesNotReportAMethodAtTheLimit()
    {
        var source = """
            class C
            {
                void M()
                {
            BODY
                }
            }
            """.Replace("BODY", Statements(40));

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task CountsOnlyLinesThatHoldCode()
    {
        // 40 lines of code between the braces: 38 statements, and the first and last lines of the string literal
        // (where a token starts). Blank lines, comments, directives, disabled code and the lines inside a
        // multi-line string literal are not code a reader has to follow.
        var source = """
            class C
            {
                void M()
                {
                    // Step one.

                    /* A block
                       comment. */
            #region Details
            BODY
            #endregion
                    var text = @"first line
            second line
            third line
            fourth line";
            #if NEVER
                    System.Console.WriteLine();
                    System.Console.WriteLine();
            #endif
                }
            }
            """.Replace("BODY", Statements(38));

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task CountsEveryLineOfAStatementThatSpansSeveralAndTheBracesOfInnerBlocks()
    {
        var source = """
            class C
            {
                int {|#0:M|}(bool flag)
                {
                    if (flag)
                    {
            BODY
                    }

                    return Sum(
                        1,
                        2);
                }

                static int Sum(int a, int b) => a + b;
            }
            """.Replace("BODY", Statements(35));

        // if + { + 35 + } + 3 lines of the return statement.
        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2005").WithLocation(0).WithArguments("M", 41, 40));
    }

    [TestCase("public {|#0:C|}() { BODY }", "C")]
    [TestCase("static {|#0:C|}() { BODY }", "C")]
    [TestCase("~{|#0:C|}() { BODY }", "~C")]
    [TestCase("public static C operator {|#0:+|}(C a, C b) { BODY return a; }", "operator +")]
    [TestCase("public static implicit operator {|#0:int|}(C c) { BODY return 0; }", "implicit operator int")]
    [TestCase("public static explicit operator {|#0:string|}(C c) { BODY return \"\"; }", "explicit operator string")]
    [TestCase("int P { {|#0:get|} { BODY return 0; } }", "P.get")]
    [TestCase("int P { get => 0; {|#0:set|} { BODY } }", "P.set")]
    [TestCase("int P { get => 0; {|#0:init|} { BODY } }", "P.init")]
    [TestCase("int this[int i] { {|#0:get|} { BODY return i; } }", "this[].get")]
    [TestCase("event System.Action E { {|#0:add|} { BODY } remove { } }", "E.add")]
    [TestCase("event System.Action E { add { } {|#0:remove|} { BODY } }", "E.remove")]
    [TestCase("static T {|#0:Generic|}<T>(T t) { BODY return t; }", "Generic")]
    public async Task ReportsEveryKindOfMemberWithABody(string member, string name)
    {
        var source = "class C\n{\n    MEMBER\n}\n".Replace("MEMBER", member).Replace("BODY", "\n" + Statements(41));

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2005").WithLocation(0).WithArguments(name, 41, 40));
    }

    [TestCase("int {|#0:M|}() =>\n EXPRESSION;", "M")]
    [TestCase("int {|#0:P|} =>\n EXPRESSION;", "P")]
    [TestCase("int {|#0:this|}[int i] =>\n EXPRESSION;", "this[]")]
    [TestCase("int P { {|#0:get|} =>\n EXPRESSION; }", "P.get")]
    [TestCase("public static int operator {|#0:-|}(C c) =>\n EXPRESSION;", "operator -")]
    public async Task CountsTheLinesOfAnExpressionBody(string member, string name)
    {
        var expression = string.Join("\n", Enumerable.Repeat("    1 +", 40)) + "\n    1";
        var source = "class C\n{\n    MEMBER\n}\n".Replace("MEMBER", member).Replace("EXPRESSION", expression);

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2005").WithLocation(0).WithArguments(name, 41, 40));
    }

    [Test]
    public async Task DoesNotReportMembersWithoutABody()
    {
        const string source = """
            abstract partial class C
            {
                public abstract void M();
                public int P { get; set; }
                public event System.Action E;
                partial void N();
            }

            interface I
            {
                void M();
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task CountsLambdasAsPartOfTheirMember()
    {
        var source = """
            class C
            {
                void {|#0:M|}()
                {
                    System.Action action = () =>
                    {
            BODY
                    };
                    action();
                }
            }
            """.Replace("BODY", Statements(37));

        // Lambdas have no name to report and read as part of the member that writes them.
        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2005").WithLocation(0).WithArguments("M", 41, 40));
    }

    [Test]
    public async Task MeasuresALocalFunctionOnItsOwnAndLeavesItOutOfItsMember()
    {
        var source = """
            class C
            {
                void M()
                {
            METHOD
                    Helper();
                    Short();

                    void {|#0:Helper|}()
                    {
            HELPER
                    }

                    static void Short()
                    {
            SHORT
                    }
                }
            }
            """.Replace("METHOD", Statements(38)).Replace("HELPER", Statements(41)).Replace("SHORT", Statements(40));

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2005").WithLocation(0).WithArguments("Helper", 41, 40));
    }

    [Test]
    public async Task ReportsMembersOfRecordsPartialTypesAndTypesWithPrimaryConstructors()
    {
        var source = """
            record R(int A)
            {
                void {|#0:M|}()
                {
            BODY
                }
            }

            record struct S(int A)
            {
                void {|#1:M|}()
                {
            BODY
                }
            }

            partial class P(int a)
            {
                void {|#2:M|}()
                {
            BODY
                }
            }

            partial class P
            {
                class Nested
                {
                    void {|#3:N|}()
                    {
            BODY
                    }
                }
            }
            """.Replace("BODY", Statements(41));

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2005").WithLocation(0).WithArguments("M", 41, 40),
            Verify.Diagnostic("TG2005").WithLocation(1).WithArguments("M", 41, 40),
            Verify.Diagnostic("TG2005").WithLocation(2).WithArguments("M", 41, 40),
            Verify.Diagnostic("TG2005").WithLocation(3).WithArguments("N", 41, 40));
    }

    [Test]
    public async Task DoesNotMeasureTopLevelStatementsButMeasuresTheirLocalFunctions()
    {
        var test = Verify.CreateTest("""
            STATEMENTS
            Report();

            static void {|#0:Report|}()
            {
            BODY
            }
            """.Replace("STATEMENTS", Statements(60)).Replace("BODY", Statements(41)));
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2005").WithLocation(0).WithArguments("Report", 41, 40));

        await test.RunAsync();
    }

    [Test]
    public async Task ReadsTheLimitFromEditorConfig()
    {
        const string source = """
            class C
            {
                void Short()
                {
                    System.Console.WriteLine();
                    System.Console.WriteLine();
                }

                void {|#0:Long|}()
                {
                    System.Console.WriteLine();
                    System.Console.WriteLine();
                    System.Console.WriteLine();
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            "tddguard.max_method_lines = 2",
            Verify.Diagnostic("TG2005").WithLocation(0).WithArguments("Long", 3, 2));
    }

    [TestCase("tddguard.max_method_lines = long")]
    [TestCase("tddguard.max_method_lines = 0")]
    [TestCase("tddguard.max_method_lines = -40")]
    [TestCase("tddguard.max_method_lines =")]
    public async Task FallsBackToTheDefaultLimitForAnUnusableValue(string option)
    {
        var source = """
            class C
            {
                void Forty()
                {
            FORTY
                }

                void {|#0:FortyOne|}()
                {
            FORTY_ONE
                }
            }
            """.Replace("FORTY_ONE", Statements(41)).Replace("FORTY", Statements(40));

        await Verify.VerifyAsync(source, option, Verify.Diagnostic("TG2005").WithLocation(0).WithArguments("FortyOne", 41, 40));
    }

    [TestCase("// <auto-generated/>\n")]
    [TestCase("// <autogenerated />\n")]
    public async Task SkipsGeneratedCode(string header)
    {
        await Verify.VerifyAsync(header + "class C\n{\n    void M()\n    {\nBODY\n    }\n}\n".Replace("BODY", Statements(41)));
    }

    [Test]
    public async Task SkipsFilesNamedAsGenerated()
    {
        var test = Verify.CreateTest(string.Empty);
        test.TestState.Sources.Clear();
        test.TestState.Sources.Add(("Generated.g.cs", "class C\n{\n    void M()\n    {\nBODY\n    }\n}\n".Replace("BODY", Statements(41))));

        await test.RunAsync();
    }

    [Test]
    public async Task DoesNotReportInTestProjects()
    {
        // Tests hold their inputs and expected values literally; their length is data, not logic.
        var test = Verify.CreateTest("class Tests\n{\n    void Converts()\n    {\nBODY\n    }\n}\n".Replace("BODY", Statements(41)));
        test.TestState.AdditionalReferences.Add(FakeTestFramework.NUnit);

        await test.RunAsync();
    }

    [TestCase("class C { void M() { BODY")]
    [TestCase("class C { void M() => BODY")]
    [TestCase("class C { int P { get { BODY } set")]
    [TestCase("class C { int P => }")]
    [TestCase("class C { C() BODY } }")]
    [TestCase("class C { void M() { void Local() { BODY } }")]
    [TestCase("class C { public static C operator +(C a) { BODY")]
    [TestCase("class C { public static implicit operator (C c) { BODY } }")]
    [TestCase("class C { event System.Action E { add { BODY } remove")]
    [TestCase("BODY void Local() { BODY")]
    [TestCase("class C { ~() { BODY } }")]
    public async Task NeverThrowsOnHalfTypedCode(string source)
    {
        var run = await AnalyzerRunner.RunAsync(source.Replace("BODY", Statements(45)), new MethodTooLongAnalyzer());

        Assert.That(run.Exceptions, Is.Empty);
    }

    [Test]
    public async Task StillReportsInCodeThatDoesNotCompile()
    {
        var run = await AnalyzerRunner.RunAsync(
            "class C { void M() { Undefined();\n" + Statements(45),
            new MethodTooLongAnalyzer());

        Assert.That(run.Diagnostics, Has.Length.EqualTo(1));
        Assert.That(run.Diagnostics[0].Id, Is.EqualTo("TG2005"));
    }

    [Test]
    public void DescriptorLinksToItsRulePage()
    {
        var descriptor = new MethodTooLongAnalyzer().SupportedDiagnostics[0];

        Assert.That(descriptor.HelpLinkUri, Does.EndWith("docs/rules/TG2005.md"));
        Assert.That(descriptor.Id, Is.EqualTo("TG2005"));
        Assert.That(descriptor.DefaultSeverity, Is.EqualTo(DiagnosticSeverity.Warning));
    }

    private static string Statements(int count) =>
        string.Concat(Enumerable.Repeat("        System.Console.WriteLine();\n", count)).TrimEnd('\n');
}
