using System.Threading.Tasks;
using NUnit.Framework;
using Verify = TddGuard.Analyzers.Tests.Verifiers.CodeFixVerifier<
    TddGuard.Analyzers.Design.CommentedOutCodeAnalyzer,
    TddGuard.CodeFixes.Design.RemoveCommentedOutCodeFixer>;

namespace TddGuard.Analyzers.Tests.Design;

[TestFixture]
[Property("Todo", "D06")]
public sealed class RemoveCommentedOutCodeFixerTests
{
    [Test]
    public async Task RemovesTheLinesOfALineCommentBlockAndKeepsEverythingAround()
    {
        const string source = """
            class C
            {
                void M(int count)
                {
                    // Keep the count positive.
                    System.Console.WriteLine(count);

                    [|// if (count > 0)
                    // {
                    //     count--;
                    // }|]
                        System.Console.WriteLine(); // count = 0;
                }
            }
            """;
        const string fixedSource = """
            class C
            {
                void M(int count)
                {
                    // Keep the count positive.
                    System.Console.WriteLine(count);

                        System.Console.WriteLine(); // count = 0;
                }
            }
            """;

        await Verify.VerifyAsync(source, fixedSource);
    }

    [Test]
    public async Task RemovesAMultiLineBlockComment()
    {
        const string source = """
            class C
            {
                /* Why this type exists. */
                [|/*
                 * public int Count { get; set; }
                 */|]
                public int Total { get; set; }
            }
            """;
        const string fixedSource = """
            class C
            {
                /* Why this type exists. */
                public int Total { get; set; }
            }
            """;

        await Verify.VerifyAsync(source, fixedSource);
    }

    [Test]
    public async Task RemovesACommentOnTheLastLineOfTheFile()
    {
        const string source = "class C\n{\n}\n[|// class D { }|]";
        const string fixedSource = "class C\n{\n}\n";

        await Verify.VerifyAsync(source, fixedSource);
    }

    [Test]
    public async Task KeepsWindowsLineEndings()
    {
        const string source = "class C\r\n{\r\n    void M()\r\n    {\r\n        [|// M();|]\r\n        System.Console.WriteLine();\r\n    }\r\n}\r\n";
        const string fixedSource = "class C\r\n{\r\n    void M()\r\n    {\r\n        System.Console.WriteLine();\r\n    }\r\n}\r\n";

        await Verify.VerifyAsync(source, fixedSource);
    }

    [Test]
    public async Task FixAllRemovesEveryBlockInEveryDocument()
    {
        var test = Verify.CreateTest(string.Empty, string.Empty);
        test.TestState.Sources.Clear();
        test.TestState.Sources.Add(("A.cs", """
            [|// using System.Linq;|]
            class A
            {
                [|// int _count;|]

                void M()
                {
                    [|// M();|]

                    // Says why, stays.
                    System.Console.WriteLine();
                    [|/* return; */|]
                }
            }
            """));
        test.TestState.Sources.Add(("B.cs", """
            class B
            {
                [|// void Old() { }|]
            }
            """));
        test.FixedState.Sources.Clear();
        test.FixedState.Sources.Add(("A.cs", """
            class A
            {

                void M()
                {

                    // Says why, stays.
                    System.Console.WriteLine();
                }
            }
            """));
        test.FixedState.Sources.Add(("B.cs", """
            class B
            {
            }
            """));

        await test.RunAsync();
    }
}
