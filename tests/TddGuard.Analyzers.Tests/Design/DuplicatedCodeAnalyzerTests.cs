using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using TddGuard.Analyzers.Design;
using TddGuard.Analyzers.Tests.Verifiers;
using Verify = TddGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<TddGuard.Analyzers.Design.DuplicatedCodeAnalyzer>;

namespace TddGuard.Analyzers.Tests.Design;

[TestFixture]
[Property("Todo", "D07")]
public sealed class DuplicatedCodeAnalyzerTests
{
    private const string FirstStatement = "var total = 0;";
    private const string FiveMoreStatements =
        " var count = values.Length; total += values[0]; System.Console.WriteLine(total); if (count > 1) { total += values[1]; } System.Console.WriteLine(total * 2);";

    /// <summary>Six statements of six different shapes.</summary>
    private const string SixStatements = FirstStatement + FiveMoreStatements;

    [Test]
    public async Task ReportsBothPlacesOfSixStatementsThatDifferOnlyInNamesAndLiterals()
    {
        const string source = """
            class Orders
            {
                int Total(int[] prices)
                {
                    {|#0:var total = 0;|}
                    var count = prices.Length;
                    total += prices[0];
                    System.Console.WriteLine(total);
                    if (count > 1) { total += prices[1]; }
                    return total * 2;
                }

                int Sum(Item[] items)
                {
                    {|#1:Price sum = 10;|}
                    Item n = items.Length;
                    sum += items[5];
                    System.Console.WriteLine(sum);
                    if (n > 3) { sum += items[2]; }
                    return sum * 4;
                }
            }

            class Item { public static implicit operator Item(int value) => null; public static bool operator >(Item a, int b) => true; public static bool operator <(Item a, int b) => true; }

            class Price { public static implicit operator Price(int value) => null; public static Price operator +(Price a, Item b) => a; public static int operator *(Price a, int b) => 0; }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2016").WithLocation(0).WithLocation(1).WithArguments(6, "Test0.cs", 15),
            Verify.Diagnostic("TG2016").WithLocation(1).WithLocation(0).WithArguments(6, "Test0.cs", 5));
    }

    [Test]
    public async Task DoesNotReportFewerStatementsThanTheMinimum()
    {
        const string source = """
            class C
            {
                void A(int[] values) { var total = 0; var count = values.Length; total += values[0]; System.Console.WriteLine(total); if (count > 1) { total += values[1]; } }

                void B(int[] values) { var total = 0; var count = values.Length; total += values[0]; System.Console.WriteLine(total); if (count > 1) { total += values[1]; } }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task ReportsALongerDuplicateOncePerPlace()
    {
        var statements = MarkedSixStatements(0) + " total -= count; System.Console.Write(total); count *= total; return total;";
        var source = $$"""
            class C
            {
                int A(int[] values) { {{statements}} }

                int B(int[] values) { {{statements.Replace("#0", "#1")}} }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2016").WithLocation(0).WithLocation(1).WithArguments(10, "Test0.cs", 5),
            Verify.Diagnostic("TG2016").WithLocation(1).WithLocation(0).WithArguments(10, "Test0.cs", 3));
    }

    [Test]
    public async Task NamesTheOtherFile()
    {
        var test = Verify.CreateTest($$"""
            class A
            {
                void M(int[] values) { {{MarkedSixStatements(0)}} }
            }
            """);
        test.TestState.Sources.Add(("Other.cs", $$"""
            class B
            {
                void M(int[] values)
                {
                    {{MarkedSixStatements(1)}}
                }
            }
            """));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2016").WithLocation(0).WithLocation(1).WithArguments(6, "Other.cs", 5));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2016").WithLocation(1).WithLocation(0).WithArguments(6, "Test0.cs", 3));

        await test.RunAsync();
    }

    [Test]
    public async Task ReportsEveryCopyPointingToTheFirstOtherOne()
    {
        var source = $$"""
            class C
            {
                void A(int[] values) { {{MarkedSixStatements(0)}} }

                void B(int[] values) { {{MarkedSixStatements(1)}} }

                void D(int[] values) { {{MarkedSixStatements(2)}} }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2016").WithLocation(0).WithLocation(1).WithArguments(6, "Test0.cs", 5),
            Verify.Diagnostic("TG2016").WithLocation(1).WithLocation(0).WithArguments(6, "Test0.cs", 3),
            Verify.Diagnostic("TG2016").WithLocation(2).WithLocation(0).WithArguments(6, "Test0.cs", 3));
    }

    [TestCase("total += values[0];", "total -= values[0];")]
    [TestCase("System.Console.WriteLine(total);", "System.Console.Write(total);")]
    [TestCase("var count = values.Length;", "var count = values.Rank;")]
    [TestCase("if (count > 1) { total += values[1]; }", "while (count > 1) { total += values[1]; }")]
    [TestCase("if (count > 1) { total += values[1]; }", "if (count >= 1) { total += values[1]; }")]
    [TestCase("total += values[0];", "total += values[0] + 1;")]
    [TestCase("total += values[0];", "total += values[0]; total++;")]
    public async Task DoesNotReportStatementsThatDifferInShape(string original, string changed)
    {
        var copy = SixStatements.Replace(original, changed);
        var source = $$"""
            class C
            {
                void A(int[] values) { {{SixStatements}} }

                void B(int[] values) { {{copy}} }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task KeepsTheNamesOfCalledMethodsAndAccessedMembers()
    {
        const string source = """
            class C
            {
                void A(Dto dto, Entity e) { dto.Id = e.Id; dto.Name = e.Name; dto.City = e.City; dto.Zip = e.Zip; Save(dto); e.Touch(); }

                void B(Dto dto, Entity e) { dto.Age = e.Age; dto.Mail = e.Mail; dto.Phone = e.Phone; dto.Street = e.Street; Load(dto); e.Close(); }

                void Save(Dto dto) { }

                void Load(Dto dto) { }
            }

            class Dto { public int Id, Age; public string Name, Mail, City, Phone, Zip, Street; }

            class Entity { public int Id, Age; public string Name, Mail, City, Phone, Zip, Street; public void Touch() { } public void Close() { } }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task DoesNotReportRunsMadeOfOneOrTwoShapes()
    {
        const string source = """
            class C
            {
                private int _a, _b, _c, _d, _e, _f;

                C(int a, int b, int c, int d, int e, int f) { _a = a; _b = b; _c = c; _d = d; _e = e; Reset(); }

                C(string a, string b) { _f = 1; _e = 2; _d = 3; _c = 4; _b = 5; Reset(); }

                void Reset() { _a = 0; _a = 0; _a = 0; _a = 0; _a = 0; _a = 0; _a = 0; _a = 0; _a = 0; _a = 0; _a = 0; _a = 0; }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task DoesNotReportAStatementRunThatOverlapsItsOwnRepetition()
    {
        const string source = """
            class C
            {
                void M(System.Collections.Generic.List<int> list)
                {
                    var a = list.Count; list.Add(a); System.Console.WriteLine(a);
                    var b = list.Count; list.Add(b); System.Console.WriteLine(b);
                    var c = list.Count; list.Add(c); System.Console.WriteLine(c);
                }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task ReportsARepetitionWithinOneBlockOnceItNoLongerOverlaps()
    {
        const string source = """
            class C
            {
                void M(System.Collections.Generic.List<int> list)
                {
                    {|#0:var a = list.Count;|} list.Add(a); System.Console.WriteLine(a);
                    var b = list.Count; list.Add(b); System.Console.WriteLine(b);
                    {|#1:var c = list.Count;|} list.Add(c); System.Console.WriteLine(c);
                    var d = list.Count; list.Add(d); System.Console.WriteLine(d);
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2016").WithLocation(0).WithLocation(1).WithArguments(6, "Test0.cs", 7),
            Verify.Diagnostic("TG2016").WithLocation(1).WithLocation(0).WithArguments(6, "Test0.cs", 5));
    }

    [Test]
    public async Task ReportsDuplicatedSwitchSections()
    {
        var source = $$"""
            class C
            {
                void M(int kind, int[] values)
                {
                    switch (kind)
                    {
                        case 1:
                            {{MarkedSixStatements(0)}}
                            break;
                        case 2:
                            {|#1:var sum = 5;|} var n = values.Length; sum += values[3]; System.Console.WriteLine(sum); if (n > 2) { sum += values[4]; } System.Console.WriteLine(sum * 3);
                            break;
                    }
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2016").WithLocation(0).WithLocation(1).WithArguments(7, "Test0.cs", 11),
            Verify.Diagnostic("TG2016").WithLocation(1).WithLocation(0).WithArguments(7, "Test0.cs", 8));
    }

    [Test]
    public async Task ReportsANestedDuplicateOnlyAsPartOfTheEnclosingOne()
    {
        var source = $$"""
            class C
            {
                void A(int[] values, int[][] rows)
                {
                    {|#0:var first = rows[0];|} var last = rows[1]; System.Console.Write(first); first = last; last = null;
                    foreach (var row in rows) { {{SixStatements}} }
                }

                void B(int[] values, int[][] rows)
                {
                    {|#1:var first = rows[0];|} var last = rows[1]; System.Console.Write(first); first = last; last = null;
                    foreach (var row in rows) { {{SixStatements}} }
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2016").WithLocation(0).WithLocation(1).WithArguments(6, "Test0.cs", 11),
            Verify.Diagnostic("TG2016").WithLocation(1).WithLocation(0).WithArguments(6, "Test0.cs", 5));
    }

    [Test]
    public async Task ReportsDuplicatesInLambdasAndLocalFunctions()
    {
        var source = $$"""
            class C
            {
                System.Action<int[]> A() => values =>
                {
                    {{MarkedSixStatements(0)}}
                };

                void B()
                {
                    Local(new int[0]);

                    void Local(int[] values)
                    {
                        {{MarkedSixStatements(1)}}
                    }
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("TG2016").WithLocation(0).WithLocation(1).WithArguments(6, "Test0.cs", 14),
            Verify.Diagnostic("TG2016").WithLocation(1).WithLocation(0).WithArguments(6, "Test0.cs", 5));
    }

    [Test]
    public async Task ReportsAcrossPartialTypesRecordsAndPrimaryConstructors()
    {
        var test = Verify.CreateTest($$"""
            record Order(int Id)
            {
                void M(int[] values) { {{MarkedSixStatements(0)}} }
            }

            record struct Line(int Id)
            {
                void M(int[] values) { {{MarkedSixStatements(1)}} }
            }

            partial class Basket(int size)
            {
                public int Size => size;
            }
            """);
        test.TestState.Sources.Add(("Other.cs", $$"""
            partial class Basket
            {
                void M(int[] values) { {{MarkedSixStatements(2)}} }
            }
            """));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2016").WithLocation(0).WithLocation(1).WithArguments(6, "Test0.cs", 8));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2016").WithLocation(1).WithLocation(0).WithArguments(6, "Test0.cs", 3));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2016").WithLocation(2).WithLocation(0).WithArguments(6, "Test0.cs", 3));

        await test.RunAsync();
    }

    [Test]
    public async Task ReportsTopLevelStatements()
    {
        var test = Verify.CreateTest($$"""
            var values = new int[0];
            {{MarkedSixStatements(0)}}

            static class Report
            {
                public static void Print(int[] values)
                {
                    {{MarkedSixStatements(1)}}
                }
            }
            """);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2016").WithLocation(0).WithLocation(1).WithArguments(6, "Test0.cs", 8));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG2016").WithLocation(1).WithLocation(0).WithArguments(6, "Test0.cs", 2));

        await test.RunAsync();
    }

    [Test]
    public async Task ReadsTheMinimumFromEditorConfig()
    {
        const string source = """
            class C
            {
                void A(int[] values) { {|#0:var total = 0;|} var count = values.Length; total += values[0]; System.Console.WriteLine(total); }

                void B(int[] values) { {|#1:var total = 0;|} var count = values.Length; total += values[0]; System.Console.WriteLine(total); }
            }
            """;

        await Verify.VerifyAsync(
            source,
            "tddguard.min_duplicate_statements = 4",
            Verify.Diagnostic("TG2016").WithLocation(0).WithLocation(1).WithArguments(4, "Test0.cs", 5),
            Verify.Diagnostic("TG2016").WithLocation(1).WithLocation(0).WithArguments(4, "Test0.cs", 3));
    }

    [Test]
    public async Task DoesNotReportBelowAConfiguredMinimum()
    {
        const string source = $$"""
            class C
            {
                void A(int[] values) { {{SixStatements}} }

                void B(int[] values) { {{SixStatements}} }
            }
            """;

        await Verify.VerifyAsync(source, "tddguard.min_duplicate_statements = 7");
    }

    [TestCase("tddguard.min_duplicate_statements = several")]
    [TestCase("tddguard.min_duplicate_statements = 0")]
    [TestCase("tddguard.min_duplicate_statements = -6")]
    [TestCase("tddguard.min_duplicate_statements =")]
    public async Task FallsBackToTheDefaultMinimumForAnUnusableValue(string option)
    {
        var source = $$"""
            class C
            {
                void A(int[] values) { {{MarkedSixStatements(0)}} }

                void B(int[] values) { {{MarkedSixStatements(1)}} }

                void D(int[] values) { var total = 0; var count = values.Length; total += values[0]; System.Console.WriteLine(total); if (count > 1) { total += values[1]; } }
            }
            """;

        await Verify.VerifyAsync(
            source,
            option,
            Verify.Diagnostic("TG2016").WithLocation(0).WithLocation(1).WithArguments(6, "Test0.cs", 5),
            Verify.Diagnostic("TG2016").WithLocation(1).WithLocation(0).WithArguments(6, "Test0.cs", 3));
    }

    [Test]
    public async Task DoesNotReportInTestProjects()
    {
        var test = Verify.CreateTest($$"""
            class OrderTests
            {
                void A(int[] values) { {{SixStatements}} }

                void B(int[] values) { {{SixStatements}} }
            }
            """);
        test.TestState.AdditionalReferences.Add(FakeTestFramework.NUnit);

        await test.RunAsync();
    }

    [TestCase("// <auto-generated/>\n")]
    [TestCase("// <autogenerated />\n")]
    public async Task SkipsGeneratedCode(string header)
    {
        var source = header + $$"""
            class C
            {
                void A(int[] values) { {{SixStatements}} }

                void B(int[] values) { {{SixStatements}} }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Test]
    public async Task DoesNotReportACopyOfGeneratedCode()
    {
        var test = Verify.CreateTest($$"""
            class C
            {
                void A(int[] values) { {{SixStatements}} }
            }
            """);
        test.TestState.Sources.Add(("Generated.g.cs", $$"""
            class D
            {
                void B(int[] values) { {{SixStatements}} }
            }
            """));

        await test.RunAsync();
    }

    [TestCase("class C { void A() { a(); b = 1; c++; d(1); e.f(); g(); } void B() { a(); b = 1; c++; d(1); e.f(); g(")]
    [TestCase("class C { void A() { a(); b = 1; c++; d(1); e.f(); g(); } void B() { a() b = 1 c++ d(1) e.f() g() } }")]
    [TestCase("class C { void A(int k) { switch (k) { case 1: a(); b = 1; c++; d(1); e.f(); g(); case 2: a(); b = 1; c++; d(1); e.f(); g();")]
    [TestCase("a(); b = 1; c++; d(1); e.f(); g(); class C { void A() { a(); b = 1; c++; d(1); e.f(); g(); } }")]
    [TestCase("class C { void A() { if (a) { b(); } else if { } x = ; ; ; ; ; ; } void B() { if (a) { b(); } else if { } x = ; ; ; ; ; ; } }")]
    [TestCase("class C { void A() { { } { } { } { } { } { } } void B() { { } { } { } { } { } { } } }")]
    public async Task NeverThrowsOnHalfTypedCode(string source)
    {
        var run = await AnalyzerRunner.RunAsync(source, new DuplicatedCodeAnalyzer());

        Assert.That(run.Exceptions, Is.Empty);
    }

    [Test]
    public async Task StillReportsInCodeThatDoesNotCompile()
    {
        var run = await AnalyzerRunner.RunAsync(
            "class C { void A() { a(); b = 1; c++; d(1); e.f(); g(); } void B() { a(); b = 1; c++; d(1); e.f(); g(); } void D() { x(",
            new DuplicatedCodeAnalyzer());

        Assert.That(run.Diagnostics, Has.Length.EqualTo(2));
        Assert.That(run.Diagnostics[0].Id, Is.EqualTo("TG2016"));
    }

    [Test]
    public void DescriptorLinksToItsRulePageAndIsACompilationEndDiagnostic()
    {
        var descriptor = new DuplicatedCodeAnalyzer().SupportedDiagnostics[0];

        Assert.That(descriptor.HelpLinkUri, Does.EndWith("docs/rules/TG2016.md"));
        Assert.That(descriptor.Id, Is.EqualTo("TG2016"));
        Assert.That(descriptor.DefaultSeverity, Is.EqualTo(DiagnosticSeverity.Warning));
        Assert.That(descriptor.CustomTags, Does.Contain(WellKnownDiagnosticTags.CompilationEnd));
    }

    private static string MarkedSixStatements(int marker) => "{|#" + marker + ":" + FirstStatement + "|}" + FiveMoreStatements;
}
