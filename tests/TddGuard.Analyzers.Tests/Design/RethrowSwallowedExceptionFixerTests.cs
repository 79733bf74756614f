using System.Threading.Tasks;
using NUnit.Framework;
using Verify = TddGuard.Analyzers.Tests.Verifiers.CodeFixVerifier<
    TddGuard.Analyzers.Design.SwallowedExceptionAnalyzer,
    TddGuard.CodeFixes.Design.RethrowSwallowedExceptionFixer>;

namespace TddGuard.Analyzers.Tests.Design;

[TestFixture]
[Property("Todo", "D03")]
public sealed class RethrowSwallowedExceptionFixerTests
{
    private const string Template = """
        using System;
        using System.IO;

        class C
        {
            void M()
            {
                try
                {
                    Console.WriteLine();
                }
                CATCH
            }
        }
        """;

    [TestCase(
        "[|catch|] (IOException)\n        {\n        }",
        "catch (IOException)\n        {\n            throw;\n        }")]
    [TestCase(
        "[|catch|] (IOException)\n        {\n            // nothing we can do\n        }",
        "catch (IOException)\n        {\n            // nothing we can do\n            throw;\n        }")]
    [TestCase(
        "[|catch|] (IOException)\n        {\n            // first\n\n            /* second */\n        }",
        "catch (IOException)\n        {\n            // first\n\n            /* second */\n            throw;\n        }")]
    [TestCase(
        "[|catch|] (IOException) { // why\n        }",
        "catch (IOException) { // why\n            throw;\n        }")]
    [TestCase("[|catch|] { }", "catch { throw; }")]
    [TestCase("[|catch|] {}", "catch { throw; }")]
    [TestCase("[|catch|] (IOException) { /* why */ }", "catch (IOException) { /* why */ throw; }")]
    [TestCase("[|catch|] { ; }", "catch { ; throw; }")]
    [TestCase(
        "[|catch|] (IOException exception) when (exception.HResult == 5)\n        {\n        }",
        "catch (IOException exception) when (exception.HResult == 5)\n        {\n            throw;\n        }")]
    [TestCase(
        "[|catch|]\n        {\n#if DEBUG\n            Console.WriteLine();\n#endif\n        }",
        "catch\n        {\n#if DEBUG\n            Console.WriteLine();\n#endif\n            throw;\n        }")]
    public async Task RethrowsAtTheEndOfTheCatchBlockKeepingEveryComment(string catchClause, string fixedClause)
    {
        await Verify.VerifyAsync(Template.Replace("CATCH", catchClause), Template.Replace("CATCH", fixedClause));
    }

    [Test]
    public async Task KeepsWindowsLineEndings()
    {
        var source = Template.Replace("CATCH", "[|catch|] (IOException)\n        {\n            // ignored\n        }").Replace("\n", "\r\n");
        var fixedSource = Template.Replace("CATCH", "catch (IOException)\n        {\n            // ignored\n            throw;\n        }").Replace("\n", "\r\n");

        await Verify.VerifyAsync(source, fixedSource);
    }

    [Test]
    public async Task KeepsTabIndentation()
    {
        const string source = "class C\n{\n\tvoid M()\n\t{\n\t\ttry\n\t\t{\n\t\t\tSystem.Console.WriteLine();\n\t\t}\n\t\t[|catch|]\n\t\t{\n\t\t}\n\t}\n}\n";
        const string fixedSource = "class C\n{\n\tvoid M()\n\t{\n\t\ttry\n\t\t{\n\t\t\tSystem.Console.WriteLine();\n\t\t}\n\t\tcatch\n\t\t{\n\t\t\tthrow;\n\t\t}\n\t}\n}\n";

        var test = Verify.CreateTest(source, fixedSource);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nindent_style = tab\n"));
        await test.RunAsync();
    }

    [Test]
    public async Task FixAllRethrowsInEveryEmptyCatch()
    {
        const string source = """
            using System;

            class C
            {
                void M()
                {
                    try
                    {
                        Console.WriteLine();
                    }
                    [|catch|] (FormatException)
                    {
                    }
                    catch (Exception)
                    {
                        try { Console.WriteLine(); } [|catch|] { }
                        throw;
                    }
                }

                Action N => () => { try { Console.WriteLine(); } [|catch|] (InvalidOperationException) { /* later */ } };
            }
            """;
        const string fixedSource = """
            using System;

            class C
            {
                void M()
                {
                    try
                    {
                        Console.WriteLine();
                    }
                    catch (FormatException)
                    {
                        throw;
                    }
                    catch (Exception)
                    {
                        try { Console.WriteLine(); } catch { throw; }
                        throw;
                    }
                }

                Action N => () => { try { Console.WriteLine(); } catch (InvalidOperationException) { /* later */ throw; } };
            }
            """;

        await Verify.VerifyAsync(source, fixedSource);
    }
}
