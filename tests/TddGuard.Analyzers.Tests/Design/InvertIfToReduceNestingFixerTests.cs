using System.Threading.Tasks;
using NUnit.Framework;
using Verify = TddGuard.Analyzers.Tests.Verifiers.CodeFixVerifier<
    TddGuard.Analyzers.Design.NestingTooDeepAnalyzer,
    TddGuard.CodeFixes.Design.InvertIfToReduceNestingFixer>;

namespace TddGuard.Analyzers.Tests.Design;

[TestFixture]
[Property("Todo", "F03")]
public sealed class InvertIfToReduceNestingFixerTests
{
    [Test]
    public async Task InvertsTheLastIfOfAMethodBodyIntoAGuardWithReturn()
    {
        const string source = """
            class C
            {
                void M(bool a, bool b, bool c)
                {
                    System.Console.WriteLine();
                    if (a)
                    {
                        // keep me
                        if (b)
                        {
                            if (c)
                            {
                                [|while|] (a)
                                {
                                }
                            }
                        }
                    }
                }
            }
            """;
        const string fixedSource = """
            class C
            {
                void M(bool a, bool b, bool c)
                {
                    System.Console.WriteLine();
                    if (!a)
                    {
                        return;
                    }

                    // keep me
                    if (b)
                    {
                        if (c)
                        {
                            while (a)
                            {
                            }
                        }
                    }
                }
            }
            """;

        await Verify.VerifyAsync(source, fixedSource);
    }

    [Test]
    public async Task InvertsTheLastIfOfALoopBodyIntoAGuardWithContinue()
    {
        const string source = """
            class C
            {
                void M(int[] items, bool b)
                {
                    foreach (var item in items)
                    {
                        if (item > 0)
                        {
                            if (b)
                            {
                                [|lock|] (items)
                                {
                                }
                            }
                        }
                    }

                    System.Console.WriteLine();
                }
            }
            """;
        const string fixedSource = """
            class C
            {
                void M(int[] items, bool b)
                {
                    foreach (var item in items)
                    {
                        if (item <= 0)
                        {
                            continue;
                        }

                        if (b)
                        {
                            lock (items)
                            {
                            }
                        }
                    }

                    System.Console.WriteLine();
                }
            }
            """;

        await Verify.VerifyAsync(source, fixedSource);
    }

    [TestCase("!a", "a")]
    [TestCase("a == b", "a != b")]
    [TestCase("a != b", "a == b")]
    [TestCase("text is null", "text is not null")]
    [TestCase("text is not null", "text is null")]
    [TestCase("text is string s", "text is not string s")]
    [TestCase("Check()", "!Check()")]
    [TestCase("text.Length > 0", "text.Length <= 0")]
    [TestCase("text.Length >= 0", "text.Length < 0")]
    [TestCase("text.Length < 0", "text.Length >= 0")]
    [TestCase("text.Length <= 0", "text.Length > 0")]
    [TestCase("d > 0.5", "!(d > 0.5)")]
    [TestCase("a && b", "!(a && b)")]
    [TestCase("(a)", "!(a)")]
    [TestCase("true", "false")]
    public async Task NegatesTheCondition(string condition, string negated)
    {
        const string template = """
            class C
            {
                bool Check() => true;

                void M(bool a, bool b, string text, double d)
                {
                    CONDITION_LINE
                }
            }
            """;
        var source = template.Replace("CONDITION_LINE", $"if ({condition}) {{ if (a) {{ if (b) {{ [|for|] (;;) {{ }} }} }} }}");
        var fixedSource = template.Replace(
            "CONDITION_LINE",
            $$"""
            if ({{negated}})
                    {
                        return;
                    }

                    if (a) { if (b) { for (;;) { } } }
            """);

        await Verify.VerifyAsync(source, fixedSource);
    }

    [Test]
    public async Task KeepsACommentAfterTheLiftedBody()
    {
        const string source = """
            class C
            {
                void M(bool a)
                {
                    if (a) { if (a) { if (a) { [|if|] (a) { } } } /* why */ }
                }
            }
            """;
        const string fixedSource = """
            class C
            {
                void M(bool a)
                {
                    if (!a)
                    {
                        return;
                    }

                    if (a) { if (a) { if (a) { } } } /* why */
                }
            }
            """;

        await Verify.VerifyAsync(source, fixedSource);
    }

    [Test]
    public async Task LiftsABodyWithoutBraces()
    {
        const string source = """
            class C
            {
                void M(bool a)
                {
                    if (a) if (a) if (a) [|if|] (a) { }
                }
            }
            """;
        const string fixedSource = """
            class C
            {
                void M(bool a)
                {
                    if (!a)
                    {
                        return;
                    }

                    if (a) if (a) if (a) { }
                }
            }
            """;

        await Verify.VerifyAsync(source, fixedSource);
    }

    [Test]
    public async Task KeepsWindowsLineEndings()
    {
        var source = "class C\r\n{\r\n    void M(bool a)\r\n    {\r\n        if (a)\r\n        {\r\n            if (a) { if (a) { [|if|] (a) { } } }\r\n        }\r\n    }\r\n}\r\n";
        var fixedSource = "class C\r\n{\r\n    void M(bool a)\r\n    {\r\n        if (!a)\r\n        {\r\n            return;\r\n        }\r\n\r\n        if (a) { if (a) { if (a) { } } }\r\n    }\r\n}\r\n";

        await Verify.VerifyAsync(source, fixedSource);
    }

    [Test]
    public async Task UsesYieldBreakInIterators()
    {
        const string source = """
            using System.Collections.Generic;

            class C
            {
                IEnumerable<int> M(bool a)
                {
                    yield return 0;
                    if (a)
                    {
                        if (a) { if (a) { [|if|] (a) { yield return 1; } } }
                    }
                }
            }
            """;
        const string fixedSource = """
            using System.Collections.Generic;

            class C
            {
                IEnumerable<int> M(bool a)
                {
                    yield return 0;
                    if (!a)
                    {
                        yield break;
                    }

                    if (a) { if (a) { if (a) { yield return 1; } } }
                }
            }
            """;

        await Verify.VerifyAsync(source, fixedSource);
    }

    [Test]
    public async Task InvertsInsideLambdasAndLocalFunctions()
    {
        const string source = """
            class C
            {
                void M(bool a)
                {
                    System.Action f = () =>
                    {
                        if (a) { if (a) { if (a) { [|if|] (a) { } } } }
                    };

                    void Local()
                    {
                        if (a) { if (a) { if (a) { [|if|] (a) { } } } }
                    }
                }
            }
            """;
        const string fixedSource = """
            class C
            {
                void M(bool a)
                {
                    System.Action f = () =>
                    {
                        if (!a)
                        {
                            return;
                        }

                        if (a) { if (a) { if (a) { } } }
                    };

                    void Local()
                    {
                        if (!a)
                        {
                            return;
                        }

                        if (a) { if (a) { if (a) { } } }
                    }
                }
            }
            """;

        await Verify.VerifyAsync(source, fixedSource);
    }

    [TestCase("if (a) { if (a) { if (a) { [|if|] (a) { } } } } else { }")]
    [TestCase("if (a) { if (a) { if (a) { [|if|] (a) { } } } } System.Console.WriteLine();")]
    [TestCase("switch (a) { case true: if (a) { if (a) { [|if|] (a) { } } } break; }")]
    [TestCase("if (a) { } else if (a) { if (a) { if (a) { [|if|] (a) { } } } }")]
    [TestCase("if (a) { if (a) { if (a) { [|if|] (a) { } } }\n /* why */ }")]
    [TestCase("if (a) /* why */ { if (a) { if (a) { [|if|] (a) { } } } }")]
    public async Task OffersNoFixWhenNoEnclosingIfCanBecomeAGuard(string body)
    {
        var source = $$"""
            class C
            {
                void M(bool a)
                {
                    {{body}}
                }
            }
            """;

        await Verify.VerifyAsync(source, source);
    }

    [Test]
    public async Task FixAllInvertsEveryEligibleIfOnceEvenWhenSeveralDiagnosticsShareIt()
    {
        const string source = """
            class C
            {
                void M(bool a)
                {
                    if (a)
                    {
                        if (a) { if (a) { [|if|] (a) { } [|while|] (a) { } } }
                    }
                }

                void N(int[] items)
                {
                    foreach (var item in items)
                    {
                        if (item == 1)
                        {
                            if (item == 2) { [|for|] (;;) { } }
                        }
                    }
                }
            }
            """;
        const string fixedSource = """
            class C
            {
                void M(bool a)
                {
                    if (!a)
                    {
                        return;
                    }

                    if (a) { if (a) { if (a) { } while (a) { } } }
                }

                void N(int[] items)
                {
                    foreach (var item in items)
                    {
                        if (item != 1)
                        {
                            continue;
                        }

                        if (item == 2) { for (;;) { } }
                    }
                }
            }
            """;

        var test = Verify.CreateTest(source, fixedSource);
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }
}
