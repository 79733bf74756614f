using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using TddGuard.Analyzers.Design;
using TddGuard.Analyzers.Tests.Verifiers;
using Verify = TddGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<TddGuard.Analyzers.Design.NestingTooDeepAnalyzer>;

namespace TddGuard.Analyzers.Tests.Design;

[TestFixture]
[Property("Todo", "F02")]
public sealed class NestingTooDeepAnalyzerTests
{
    [Test]
    public async Task ReportsTheStatementThatFirstExceedsTheDefaultLimit()
    {
        const string source = """
            class C
            {
                void M(bool a, bool b, bool c, bool d)
                {
                    if (a)
                    {
                        if (b)
                        {
                            if (c)
                            {
                                {|#0:if|} (d)
                                {
                                    System.Console.WriteLine();
                                }
                            }
                        }
                    }
                }
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2001").WithLocation(0).WithArguments("if", 4, 3));
    }

    [Test]
    public async Task DoesNotReportNestingWithinTheLimit()
    {
        const string source = """
            class C
            {
                void M(bool a, bool b, bool c)
                {
                    if (a)
                    {
                        if (b)
                        {
                            if (c)
                            {
                                System.Console.WriteLine();
                            }
                            else
                            {
                                System.Console.WriteLine();
                            }
                        }
                    }
                }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [TestCase("for (var i = 0; i < 1; i++) { }", "for")]
    [TestCase("foreach (var x in new int[0]) { }", "foreach")]
    [TestCase("foreach (var (x, y) in new (int, int)[0]) { }", "foreach")]
    [TestCase("while (d) { }", "while")]
    [TestCase("do { } while (d);", "do")]
    [TestCase("switch (d) { default: break; }", "switch")]
    [TestCase("try { } finally { }", "try")]
    [TestCase("using (new System.IO.MemoryStream()) { }", "using")]
    [TestCase("lock (this) { }", "lock")]
    public async Task ReportsEveryKindOfControlStatement(string statement, string keyword)
    {
        var marked = statement.Insert(statement.IndexOf(keyword, System.StringComparison.Ordinal) + keyword.Length, "|}")
            .Insert(statement.IndexOf(keyword, System.StringComparison.Ordinal), "{|#0:");
        var source = $$"""
            class C
            {
                void M(bool a, bool b, bool c, bool d)
                {
                    if (a) { if (b) { if (c) { {{marked}} } } }
                }
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2001").WithLocation(0).WithArguments(keyword, 4, 3));
    }

    [TestCase("for (;;) { BODY }")]
    [TestCase("while (a) { BODY }")]
    [TestCase("do { BODY } while (a);")]
    [TestCase("switch (a) { case true: BODY break; }")]
    [TestCase("try { BODY } catch { }")]
    [TestCase("try { } catch { BODY }")]
    [TestCase("try { } finally { BODY }")]
    [TestCase("using (new System.IO.MemoryStream()) { BODY }")]
    [TestCase("lock (this) { BODY }")]
    [TestCase("if (a) { } else { BODY }")]
    public async Task EveryControlStatementAddsALevel(string outer)
    {
        var source = """
            class C
            {
                void M(bool a, bool b, bool c)
                {
                    OUTER
                }
            }
            """.Replace("OUTER", outer).Replace("BODY", "if (b) { if (c) { {|#0:if|} (a) { } } }");

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2001").WithLocation(0).WithArguments("if", 4, 3));
    }

    [TestCase("{ { { { System.Console.WriteLine(); } } } }")]
    [TestCase("checked { unchecked { checked { unchecked { System.Console.WriteLine(); } } } }")]
    [TestCase("using var s1 = new System.IO.MemoryStream(); using var s2 = new System.IO.MemoryStream(); using var s3 = new System.IO.MemoryStream(); using var s4 = new System.IO.MemoryStream();")]
    public async Task BlocksAndUsingDeclarationsDoNotAddALevel(string statements)
    {
        var source = """
            class C
            {
                void M(bool a, bool b, bool c)
                {
                    if (a) { if (b) { if (c) { STATEMENTS } } }
                }
            }
            """.Replace("STATEMENTS", statements);

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task CountsAnElseIfChainAsOneLevel()
    {
        const string source = """
            class C
            {
                void M(int n, bool b, bool c)
                {
                    if (n == 0)
                    {
                    }
                    else if (n == 1)
                    {
                    }
                    else if (n == 2)
                    {
                        if (b)
                        {
                            if (c)
                            {
                                {|#0:while|} (b) { }
                            }
                        }
                    }
                    else
                    {
                        if (b) { if (c) { System.Console.WriteLine(); } }
                    }
                }
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2001").WithLocation(0).WithArguments("while", 4, 3));
    }

    [Test]
    public async Task ReportsOnlyTheFirstStatementPastTheLimitNotItsDescendants()
    {
        const string source = """
            class C
            {
                void M(bool a)
                {
                    if (a) { if (a) { if (a) { {|#0:if|} (a) { if (a) { if (a) { } } } } } }
                }
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2001").WithLocation(0).WithArguments("if", 4, 3));
    }

    [Test]
    public async Task ReportsEachOffendingSiblingOnce()
    {
        const string source = """
            class C
            {
                void M(bool a)
                {
                    if (a) { if (a) { if (a) { {|#0:if|} (a) { } {|#1:while|} (a) { } } } }
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2001").WithLocation(0).WithArguments("if", 4, 3),
            Verify.Diagnostic("TG2001").WithLocation(1).WithArguments("while", 4, 3));
    }

    [TestCase("System.Action f = () => { BODY };")]
    [TestCase("System.Func<int, int> f = x => { BODY return x; };")]
    [TestCase("System.Action f = delegate { BODY };")]
    [TestCase("void Local() { BODY } Local();")]
    [TestCase("static void Local(bool a) { BODY } Local(a);")]
    public async Task FunctionsInsideCodeCountFromTheirOwnStart(string function)
    {
        var source = """
            class C
            {
                void M(bool a)
                {
                    if (a)
                    {
                        if (a)
                        {
                            if (a)
                            {
                                FUNCTION
                            }
                        }
                    }
                }
            }
            """.Replace("FUNCTION", function).Replace("BODY", "if (a) { if (a) { if (a) { } } }");

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task ReportsDeepNestingInsideALambdaRelativeToTheLambda()
    {
        const string source = """
            class C
            {
                System.Action M(bool a) => () =>
                {
                    if (a) { if (a) { if (a) { {|#0:if|} (a) { } } } }
                };
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2001").WithLocation(0).WithArguments("if", 4, 3));
    }

    [Test]
    public async Task SwitchExpressionArmsDoNotAddALevel()
    {
        const string source = """
            class C
            {
                int M(int n, bool a)
                {
                    if (a)
                    {
                        if (a)
                        {
                            if (a)
                            {
                                return n switch
                                {
                                    0 => n switch { 1 => 1, _ => 2 },
                                    1 => Run(() => { if (a) { if (a) { if (a) { } } } }),
                                    _ => 3,
                                };
                            }
                        }
                    }

                    return 0;
                }

                static int Run(System.Action action) => 0;
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task ReportsInTopLevelStatements()
    {
        var test = Verify.CreateTest("""
            var a = args.Length > 0;
            if (a) { if (a) { if (a) { {|#0:foreach|} (var arg in args) { } } } }
            """);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2001").WithLocation(0).WithArguments("foreach", 4, 3));

        await test.RunAsync();
    }

    [Test]
    public async Task ReportsInRecordsPrimaryConstructorsAccessorsAndPartialTypes()
    {
        const string source = """
            record R(bool A)
            {
                public bool P
                {
                    get
                    {
                        if (A) { if (A) { if (A) { {|#0:if|} (A) { } } } }
                        return A;
                    }
                }
            }

            partial class Service(bool a)
            {
                public Service() : this(true)
                {
                }

                public void Run()
                {
                    if (a) { if (a) { if (a) { {|#1:lock|} (this) { } } } }
                }
            }

            partial class Service
            {
                ~Service()
                {
                    if (a) { if (a) { if (a) { {|#2:while|} (a) { } } } }
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2001").WithLocation(0).WithArguments("if", 4, 3),
            Verify.Diagnostic("TG2001").WithLocation(1).WithArguments("lock", 4, 3),
            Verify.Diagnostic("TG2001").WithLocation(2).WithArguments("while", 4, 3));
    }

    [Test]
    public async Task ReadsTheLimitFromEditorConfig()
    {
        const string source = """
            class C
            {
                void M(bool a)
                {
                    if (a) { if (a) { if (a) { if (a) { if (a) { {|#0:if|} (a) { } } } } } }
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            "tddguard.max_nesting_depth = 5",
            Verify.Diagnostic("TG2001").WithLocation(0).WithArguments("if", 6, 5));
    }

    [TestCase("tddguard.max_nesting_depth = many")]
    [TestCase("tddguard.max_nesting_depth = 0")]
    [TestCase("tddguard.max_nesting_depth = -4")]
    [TestCase("tddguard.max_nesting_depth =")]
    public async Task FallsBackToTheDefaultLimitForAnUnusableValue(string option)
    {
        const string source = """
            class C
            {
                void M(bool a)
                {
                    if (a) { if (a) { if (a) { {|#0:if|} (a) { } } } }
                }
            }
            """;

        await Verify.VerifyAsync(source, option, Verify.Diagnostic("TG2001").WithLocation(0).WithArguments("if", 4, 3));
    }

    [TestCase("// <auto-generated/>\n")]
    [TestCase("// <autogenerated />\n")]
    public async Task SkipsGeneratedCode(string header)
    {
        var source = header + """
            class C
            {
                void M(bool a)
                {
                    if (a) { if (a) { if (a) { if (a) { } } } }
                }
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
                void M(bool a)
                {
                    if (a) { if (a) { if (a) { if (a) { } } } }
                }
            }
            """));

        await test.RunAsync();
    }

    [TestCase("class C { void M(bool a) { if (a) { if (a) { if (a) { if (a) { if (")]
    [TestCase("class C { void M(bool a) { if (a) { if (a) { if (a) { if")]
    [TestCase("class C { void M(bool a) { if (a) { if (a) { if (a) { else if (a) { } } } } } }")]
    [TestCase("if (a) { if (a) { if (a) { if (a) { } } } } class")]
    [TestCase("class C { int P => { if (a) { if (a) { if (a) { if (a) { } } } } }; }")]
    public async Task NeverThrowsOnHalfTypedCode(string source)
    {
        var run = await AnalyzerRunner.RunAsync(source, new NestingTooDeepAnalyzer());

        Assert.That(run.Exceptions, Is.Empty);
    }

    [Test]
    public async Task StillReportsInCodeThatDoesNotCompile()
    {
        var run = await AnalyzerRunner.RunAsync(
            "class C { void M(bool a) { if (a) { if (a) { if (a) { if (a) { if (",
            new NestingTooDeepAnalyzer());

        Assert.That(run.Diagnostics, Has.Length.EqualTo(1));
        Assert.That(run.Diagnostics[0].Id, Is.EqualTo("TG2001"));
    }

    [Test]
    public void DescriptorLinksToItsRulePage()
    {
        var descriptor = new NestingTooDeepAnalyzer().SupportedDiagnostics[0];

        Assert.That(descriptor.HelpLinkUri, Does.EndWith("docs/rules/TG2001.md"));
        Assert.That(descriptor.Id, Is.EqualTo("TG2001"));
        Assert.That(descriptor.DefaultSeverity, Is.EqualTo(DiagnosticSeverity.Warning));
    }
}
