using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using TddGuard.Analyzers.Design;
using TddGuard.Analyzers.Tests.Verifiers;
using Verify = TddGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<TddGuard.Analyzers.Design.CommentedOutCodeAnalyzer>;

namespace TddGuard.Analyzers.Tests.Design;

[TestFixture]
[Property("Todo", "D06")]
public sealed class CommentedOutCodeAnalyzerTests
{
    private const string InMethod = """
        class C
        {
            void M(int count)
            {
                System.Console.WriteLine(count);
                COMMENT
                System.Console.WriteLine();
            }
        }
        """;

    [TestCase("{|#0:// var total = count * 2;|}")]
    [TestCase("{|#0://System.Console.WriteLine(count);|}")]
    [TestCase("{|#0:// count++;|}")]
    [TestCase("{|#0:// int total;|}")]
    [TestCase("{|#0:// System.Text.StringBuilder builder;|}")]
    [TestCase("{|#0:// return;|}")]
    [TestCase("{|#0:// throw new System.InvalidOperationException(\"stop\");|}")]
    [TestCase("{|#0:/* System.Console.WriteLine(count); */|}")]
    [TestCase("{|#0:// if (count > 0) { System.Console.WriteLine(count); }|}")]
    [TestCase("{|#0:// foreach (var item in items) Process(item); // old loop|}")]
    [TestCase("{|#0:// await Task.Delay(10);|}")]
    public async Task ReportsACommentThatIsAStatement(string comment)
    {
        await Verify.VerifyAsync(InMethod.Replace("COMMENT", comment), Verify.Diagnostic("TG2015").WithLocation(0));
    }

    [Test]
    public async Task ReportsConsecutiveLineCommentsAsOneBlock()
    {
        const string source = """
            class C
            {
                void M(int count)
                {
                    {|#0:// if (count > 0)
                    // {
                    //     System.Console.WriteLine(count);
                    //
                    //     count--;
                    // }|}
                    System.Console.WriteLine();
                }
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2015").WithLocation(0));
    }

    [Test]
    public async Task ReportsAMultiLineBlockCommentOnItsOwnLines()
    {
        const string source = """
            class C
            {
                void M(int count)
                {
                    {|#0:/*
                     * count = 0;
                     * System.Console.WriteLine(count);
                     */|}
                    System.Console.WriteLine();
                }
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2015").WithLocation(0));
    }

    [Test]
    public async Task ReportsBlocksSeparatedByABlankLineOrByCodeSeparately()
    {
        const string source = """
            class C
            {
                void M(int count)
                {
                    {|#0:// count = 1;|}

                    {|#1:// count = 2;|}
                    System.Console.WriteLine(count);
                    {|#2:// count = 3;|}
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2015").WithLocation(0),
            Verify.Diagnostic("TG2015").WithLocation(1),
            Verify.Diagnostic("TG2015").WithLocation(2));
    }

    [Test]
    public async Task ReportsMembersUsingsAndTypes()
    {
        const string source = """
            {|#0:// using System.Linq;|}
            using System;

            {|#1:// class Legacy { }|}
            class C
            {
                {|#2:// private int _count;
                // public int Count { get; set; }|}

                {|#4:// public void Reset()
                // {
                //     Count = 0;
                // }|}
                public void M() => Console.WriteLine();

                {|#5:// public C() : this(1) { }|}
            }
            {|#6:// record R(int X);|}
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2015").WithLocation(0),
            Verify.Diagnostic("TG2015").WithLocation(1),
            Verify.Diagnostic("TG2015").WithLocation(2),
            Verify.Diagnostic("TG2015").WithLocation(4),
            Verify.Diagnostic("TG2015").WithLocation(5),
            Verify.Diagnostic("TG2015").WithLocation(6));
    }

    [TestCase("// Counts the items the user selected.")]
    [TestCase("// count")]
    [TestCase("// Dispose()")]
    [TestCase("// e.g. foo(bar)")]
    [TestCase("// e.g. foo(bar);")]
    [TestCase("// i.e. call Reset();")]
    [TestCase("// TODO: call Reset();")]
    [TestCase("// NOTE: count = 0;")]
    [TestCase("// TODO: handle (negative) counts")]
    [TestCase("// https://example.com/docs?page=2;")]
    [TestCase("// See https://example.com/a(b).")]
    [TestCase("// Copyright (c) Contoso. All rights reserved.")]
    [TestCase("// Licensed under the MIT license; see LICENSE in the root.")]
    [TestCase("// ==========")]
    [TestCase("// ----- (helpers) -----")]
    [TestCase("// (1) parse; (2) check; (3) run.")]
    [TestCase("// Usage:\n        //   var x = new Foo();")]
    [TestCase("// Returns -1 when missing; 0 otherwise.")]
    [TestCase("// if the cache is empty, call Load() first")]
    [TestCase("// a = b")]
    [TestCase("// i = 0 (reset);")]
    [TestCase("// x => x * 2")]
    [TestCase("// this is a test;")]
    [TestCase("// count;")]
    [TestCase("// Keep going;")]
    [TestCase("// Do it;")]
    [TestCase("// default;")]
    [TestCase("// }")]
    [TestCase("// {")]
    [TestCase("// } else {")]
    [TestCase("// [Test]")]
    [TestCase("//// count = 0;")]
    [TestCase("/* count */")]
    [TestCase("/* Why: the order (a, b) matters; see ADR 7. */")]
    [TestCase("//")]
    [TestCase("/**/")]
    public async Task DoesNotReportProse(string comment)
    {
        await Verify.VerifyAsync(InMethod.Replace("COMMENT", comment));
    }

    [Test]
    public async Task DoesNotReportABlockThatMixesProseAndCode()
    {
        const string source = """
            class C
            {
                void M(int count)
                {
                    // The old way:
                    // count = 0;
                    System.Console.WriteLine(count);
                }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task DoesNotReportDocumentationTrailingOrInlineComments()
    {
        const string source = """
            class C
            {
                /// <summary>count = 0;</summary>
                /// <code>var total = count * 2;</code>
                void M(int count)
                {
                    System.Console.WriteLine(count); // count = 0;
                    System.Console.WriteLine(/* count = 0; */ count);
                    /* count = 0; */ System.Console.WriteLine(count);
                    var text = "// count = 0;";
                }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task DoesNotReportCodeLookingLinesInsideStringsOrDisabledCode()
    {
        const string source = """"
            class C
            {
                string verbatim = @"
            // count = 0;
            ";
                string raw = """
                    /* count = 0; */
                    """;
            #if NEVER_DEFINED
                // int count = 0;
            #endif
            }
            """";

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task ReportsALineCommentInsideABlockCommentOnce()
    {
        const string source = """
            class C
            {
                {|#0:/*
                // count = 0;
                int total = 0;
                */|}
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("TG2015").WithLocation(0));
    }

    [Test]
    public async Task ReportsInTopLevelStatementsAndAtTheEndOfTheFile()
    {
        var test = Verify.CreateTest("""
            System.Console.WriteLine();
            {|#0:// System.Console.WriteLine(args.Length);|}
            {|#1:/* return 1; */|}
            """);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2015").WithLocation(0));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2015").WithLocation(1));

        await test.RunAsync();
    }

    [Test]
    public async Task ReportsTheSameBlockInEveryFileAndReadsACommentBesideADocumentationComment()
    {
        const string first = """
            // Copyright (c) the authors. Licensed under the MIT licence (see LICENSE).
            class A
            {
                /// <summary>Counts.</summary>
                {|#0:// private int _count;|}
                void M()
                {
                    {|#1:// System.Console.WriteLine(1);|}
                }
            }
            """;
        const string second = """
            // Copyright (c) the authors. Licensed under the MIT licence (see LICENSE).
            class B
            {
                void M()
                {
                    // System.Console.WriteLine(1);
                }
            }
            """;
        var test = Verify.CreateTest(first);
        test.TestState.Sources.Add(("B.cs", second));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2015").WithLocation(0));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2015").WithLocation(1));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2015").WithSpan("B.cs", 6, 9, 6, 40));

        await test.RunAsync();
    }

    [Test]
    public async Task SkipsGeneratedCode()
    {
        var test = Verify.CreateTest(string.Empty);
        test.TestState.Sources.Clear();
        test.TestState.Sources.Add(("Header.cs", "// <auto-generated/>\nclass A\n{\n    // int count = 0;\n}\n"));
        test.TestState.Sources.Add(("Generated.g.cs", "class B\n{\n    // int count = 0;\n}\n"));

        await test.RunAsync();
    }

    [TestCase("class C { void M() { // count = 0;")]
    [TestCase("class C { void M() {\n/* count = 0;")]
    [TestCase("class C {\n// void M() {\n")]
    [TestCase("// count = 0;\nclass")]
    [TestCase("#if DEBUG\n// count = 0;\n#endif\nclass C { }")]
    [TestCase("#region R\n// count = 0;\n#endregion")]
    [TestCase("#if false\n// count = 0;\n#else\n/* count = 0; */\n#endif")]
    [TestCase("/*/ count = 0; /*/")]
    [TestCase("// #if DEBUG\n// count = 0;\n// #endif")]
    [TestCase("class C { string s = @\"\n// count = 0;\n\"; }")]
    public async Task NeverThrowsOnHalfTypedCode(string source)
    {
        var run = await AnalyzerRunner.RunAsync(source, new CommentedOutCodeAnalyzer());

        Assert.That(run.Exceptions, Is.Empty);
    }

    [Test]
    public void DescriptorLinksToItsRulePage()
    {
        var descriptor = new CommentedOutCodeAnalyzer().SupportedDiagnostics[0];

        Assert.That(descriptor.HelpLinkUri, Does.EndWith("docs/rules/TG2015.md"));
        Assert.That(descriptor.Id, Is.EqualTo("TG2015"));
        Assert.That(descriptor.DefaultSeverity, Is.EqualTo(DiagnosticSeverity.Warning));
    }
}
