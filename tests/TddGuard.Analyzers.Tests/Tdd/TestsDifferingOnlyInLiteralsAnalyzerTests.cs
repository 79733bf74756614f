using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using TddGuard.Analyzers.Tdd;
using Verify = TddGuard.Analyzers.Tests.Tdd.TddAnalyzerVerifier<TddGuard.Analyzers.Tdd.TestsDifferingOnlyInLiteralsAnalyzer>;

namespace TddGuard.Analyzers.Tests.Tdd;

[TestFixture]
[Property("Todo", "T04")]
public sealed class TestsDifferingOnlyInLiteralsAnalyzerTests
{
    [Test]
    public async Task ReportsEveryTestOfAGroupNamingItsSiblings()
    {
        const string source = """
            using NUnit.Framework;

            public class CalculatorTests
            {
                [Test]
                public void {|#0:AddsOneAndTwo|}()
                {
                    var sum = 1 + 2;
                    Assert.That(sum, Is.EqualTo(3));
                }

                [Test]
                public void {|#1:AddsTwoAndTwo|}()
                {
                    var sum = 2 + 2;
                    Assert.That(sum, Is.EqualTo(4));
                }

                [Test]
                public void {|#2:AddsZeroAndZero|}()
                {
                    var sum = 0 + 0;
                    Assert.That(sum, Is.EqualTo(0));
                }

                [Test]
                public void Subtracts()
                {
                    var difference = 2 - 1;
                    Assert.That(difference, Is.EqualTo(1));
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            StubLibrary.NUnit,
            Verify.Diagnostic("TG1005").WithLocation(0).WithLocation(0).WithLocation(1).WithLocation(2).WithArguments("AddsOneAndTwo", "'AddsTwoAndTwo' and 'AddsZeroAndZero'"),
            Verify.Diagnostic("TG1005").WithLocation(1).WithLocation(0).WithLocation(1).WithLocation(2).WithArguments("AddsTwoAndTwo", "'AddsOneAndTwo' and 'AddsZeroAndZero'"),
            Verify.Diagnostic("TG1005").WithLocation(2).WithLocation(0).WithLocation(1).WithLocation(2).WithArguments("AddsZeroAndZero", "'AddsOneAndTwo' and 'AddsTwoAndTwo'"));
    }

    [TestCase(StubLibrary.NUnit, "using NUnit.Framework;", "", "[Test]", "Assert.That(Twice(VALUE) == EXPECTED)")]
    [TestCase(StubLibrary.XunitV2, "using Xunit;", "", "[Fact]", "Assert.Equal(EXPECTED, Twice(VALUE))")]
    [TestCase(StubLibrary.XunitV3, "using Xunit;", "", "[Fact]", "Assert.Equal(EXPECTED, Twice(VALUE))")]
    [TestCase(StubLibrary.MSTest, "using Microsoft.VisualStudio.TestTools.UnitTesting;", "[TestClass]", "[TestMethod]", "Assert.AreEqual(EXPECTED, Twice(VALUE))")]
    [TestCase(StubLibrary.TUnit, "using TUnit.Core;", "", "[Test]", "_ = TUnit.Assertions.Assert.That(Twice(VALUE)).IsEqualTo(EXPECTED)")]
    public async Task ReportsTestsOfEveryFramework(StubLibrary framework, string usingDirective, string classAttribute, string testAttribute, string assertion)
    {
        var source = $$"""
            {{usingDirective}}

            {{classAttribute}}
            public class CalculatorTests
            {
                {{testAttribute}}
                public void {|#0:DoublesOne|}() => {{assertion.Replace("VALUE", "1").Replace("EXPECTED", "2")}};

                {{testAttribute}}
                public void {|#1:DoublesTwo|}() => {{assertion.Replace("VALUE", "2").Replace("EXPECTED", "4")}};

                private static int Twice(int value) => value * 2;
            }
            """;

        await Verify.VerifyAsync(
            source,
            framework,
            Verify.Diagnostic("TG1005").WithLocation(0).WithLocation(0).WithLocation(1).WithArguments("DoublesOne", "'DoublesTwo'"),
            Verify.Diagnostic("TG1005").WithLocation(1).WithLocation(0).WithLocation(1).WithArguments("DoublesTwo", "'DoublesOne'"));
    }

    [TestCase("\"one\"", "\"two\"")]
    [TestCase("'a'", "'b'")]
    [TestCase("true", "false")]
    [TestCase("1.5", "2.5")]
    [TestCase("1L", "2L")]
    [TestCase("1.5f", "2.5f")]
    [TestCase("@\"one\"", "\"two\"")]
    [TestCase("\"\"\"one\"\"\"", "\"two\"")]
    [TestCase("\"a\\nb\"", "\"c\"")]
    [TestCase("new System.Func<int>(() => 1)()", "new System.Func<int>(() => 2)()")]
    public async Task ReportsTestsThatDifferInAnyKindOfLiteral(string first, string second)
    {
        var source = $$"""
            using NUnit.Framework;

            public class ValueTests
            {
                [Test]
                public void {|#0:First|}() => Assert.That({{first}}, Is.EqualTo(null));

                [Test]
                public void {|#1:Second|}() => Assert.That({{second}}, Is.EqualTo(null));
            }
            """;

        await Verify.VerifyAsync(
            source,
            StubLibrary.NUnit,
            Verify.Diagnostic("TG1005").WithLocation(0).WithLocation(0).WithLocation(1).WithArguments("First", "'Second'"),
            Verify.Diagnostic("TG1005").WithLocation(1).WithLocation(0).WithLocation(1).WithArguments("Second", "'First'"));
    }

    // Each pair differs in what the description says.
    [TestCase("Assert.That(1 + 2 == 3);", "Assert.That(1 - 2 == -1);", Description = "an operator")]
    [TestCase("Assert.That(Add(1, 2) == 3);", "Assert.That(Sub(1, 2) == 3);", Description = "a called method")]
    [TestCase("Assert.That(1 == 1);", "Assert.That(1 == 1);", Description = "no literal: duplicates are not rows of a table")]
    [TestCase("Assert.That(1, Is.EqualTo(1));", "Assert.That(1.0, Is.EqualTo(1));", Description = "the type of a literal")]
    [TestCase("Assert.That(\"x\", Is.EqualTo(\"a\"));", "Assert.That(\"x\", Is.EqualTo(null));", Description = "null")]
    [TestCase("Assert.That(1m, Is.EqualTo(1));", "Assert.That(2m, Is.EqualTo(1));", Description = "a decimal, which no attribute can hold")]
    [TestCase("const int value = 1; Assert.That(value, Is.EqualTo(1));", "const int value = 2; Assert.That(value, Is.EqualTo(1));", Description = "a constant")]
    [TestCase("Assert.That(1 is 1);", "Assert.That(1 is 2);", Description = "a pattern")]
    [TestCase("switch (1) { case 1: break; } Assert.Pass();", "switch (1) { case 2: break; } Assert.Pass();", Description = "a case label")]
    [TestCase("Assert.That($\"{1,5}\" != \"\");", "Assert.That($\"{1,6}\" != \"\");", Description = "an interpolation alignment")]
    [TestCase("Assert.That($\"a{1}\" != \"\");", "Assert.That($\"b{1}\" != \"\");", Description = "interpolated text")]
    [TestCase("Assert.That(\"\"\"\n    a\n    \"\"\" != \"\");", "Assert.That(\"\"\"\n    b\n    \"\"\" != \"\");", Description = "multi-line text")]
    [TestCase("Assert.That(@\"a\nb\" != \"\");", "Assert.That(@\"c\nd\" != \"\");", Description = "multi-line verbatim text")]
    [TestCase("Assert.That(\"a\"u8.Length == 1);", "Assert.That(\"b\"u8.Length == 1);", Description = "UTF-8 text")]
    [TestCase("static int One() => 1; Assert.That(One() > 0);", "static int One() => 2; Assert.That(One() > 0);", Description = "a static local function")]
    [TestCase("System.Func<int> one = static () => 1; Assert.That(one() > 0);", "System.Func<int> one = static () => 2; Assert.That(one() > 0);", Description = "a static lambda")]
    public async Task DoesNotReportTestsThatDifferInMoreThanReplaceableLiterals(string first, string second)
    {
        var source = $$"""
            using NUnit.Framework;

            public class CalculatorTests
            {
                [Test]
                public void First()
                {
                    {{first}}
                }

                [Test]
                public void Second()
                {
                    {{second}}
                }

                private static int Add(int a, int b) => a + b;

                private static int Sub(int a, int b) => a - b;
            }
            """;

        await Verify.VerifyAsync(source, StubLibrary.NUnit);
    }

    [TestCase("[Test] public void First()", "[Test, Category(\"Slow\")] public void Second()", Description = "their attributes")]
    [TestCase("[Test, Category(\"Fast\")] public void First()", "[Test, Category(\"Slow\")] public void Second()", Description = "the values of their attributes")]
    [TestCase("[Test] public void First()", "[Test] public static void Second()", Description = "their modifiers")]
    [TestCase("[TestCase(1)] public void First(int value)", "[TestCase(2)] public void Second(int value)", Description = "they are data-driven already")]
    [TestCase("[Test, TestCase(1)] public void First()", "[Test, TestCase(2)] public void Second()", Description = "they are data-driven already")]
    public async Task DoesNotReportTestsWithDifferentSignatures(string first, string second)
    {
        var source = $$"""
            using NUnit.Framework;

            public class CalculatorTests
            {
                {{first}} => Assert.That(1 == 1);

                {{second}} => Assert.That(2 == 2);
            }
            """;

        await Verify.VerifyAsync(source, StubLibrary.NUnit);
    }

    [Test]
    public async Task DoesNotReportParameterizedOrGenericTestsOrTestsOfDifferentClasses()
    {
        const string source = """
            using NUnit.Framework;

            public class FirstTests
            {
                [Test]
                public void Adds() => Assert.That(1 + 1 == 2);

                [Test]
                public void WithValues([Values(1)] int value) => Assert.That(1 + 2 == 3);

                [Test]
                public void Generic<T>() => Assert.That(1 + 3 == 4);
            }

            public class SecondTests
            {
                [Test]
                public void Adds() => Assert.That(1 + 4 == 5);

                public void NotATest() => Assert.That(1 + 5 == 6);
            }
            """;

        await Verify.VerifyAsync(source, StubLibrary.NUnit);
    }

    [Test]
    public async Task ReportsAcrossPartsOfAPartialClassAndInNestedAndRecordClasses()
    {
        const string source = """
            using NUnit.Framework;

            public partial class CalculatorTests
            {
                [Test]
                public void {|#0:AddsOne|}() => Assert.That(1 + 1 == 2);
            }

            public partial class CalculatorTests
            {
                [Test]
                public void {|#1:AddsTwo|}() => Assert.That(1 + 2 == 3);

                public record Nested(int Value)
                {
                    [Test]
                    public void {|#2:IsOne|}() => Assert.That(Value == 1);

                    [Test]
                    public void {|#3:IsTwo|}() => Assert.That(Value == 2);
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            StubLibrary.NUnit,
            Verify.Diagnostic("TG1005").WithLocation(0).WithLocation(0).WithLocation(1).WithArguments("AddsOne", "'AddsTwo'"),
            Verify.Diagnostic("TG1005").WithLocation(1).WithLocation(0).WithLocation(1).WithArguments("AddsTwo", "'AddsOne'"),
            Verify.Diagnostic("TG1005").WithLocation(2).WithLocation(2).WithLocation(3).WithArguments("IsOne", "'IsTwo'"),
            Verify.Diagnostic("TG1005").WithLocation(3).WithLocation(2).WithLocation(3).WithArguments("IsTwo", "'IsOne'"));
    }

    [Test]
    public async Task StaysSilentOutsideTestProjects()
    {
        const string source = """
            namespace NUnit.Framework
            {
                public class TestAttribute : System.Attribute { }
            }

            public class CalculatorTests
            {
                [NUnit.Framework.Test]
                public void AddsOne() => System.Console.WriteLine(1 + 1 == 2);

                [NUnit.Framework.Test]
                public void AddsTwo() => System.Console.WriteLine(1 + 2 == 3);
            }
            """;

        await Verify.VerifyAsync(source, [], editorConfig: null);
    }

    [Test]
    public Task IgnoresTopLevelStatements() =>
        Verify.VerifyTopLevelStatementsAreIgnoredAsync("System.Console.WriteLine(1);");

    [TestCase("// <auto-generated/>\n")]
    [TestCase("// <autogenerated />\n")]
    public async Task SkipsGeneratedCode(string header)
    {
        var source = header + """
            using NUnit.Framework;

            public class CalculatorTests
            {
                [Test]
                public void AddsOne() => Assert.That(1 + 1 == 2);

                [Test]
                public void AddsTwo() => Assert.That(1 + 2 == 3);
            }
            """;

        await Verify.VerifyAsync(source, StubLibrary.NUnit);
    }

    [Test]
    public async Task SkipsFilesNamedAsGenerated()
    {
        var test = await Verify.CreateTestAsync(string.Empty, editorConfig: null, StubLibrary.NUnit);
        test.TestState.Sources.Clear();
        test.TestState.Sources.Add(("CalculatorTests.g.cs", """
            using NUnit.Framework;

            public class CalculatorTests
            {
                [Test]
                public void AddsOne() => Assert.That(1 + 1 == 2);

                [Test]
                public void AddsTwo() => Assert.That(1 + 2 == 3);
            }
            """));

        await test.RunAsync();
    }

    [TestCase("using NUnit.Framework; public class T { [Test] public void A() => Assert.That(1 == 1); [Test] public void B() => Assert.That(2 == ")]
    [TestCase("using NUnit.Framework; public class T { [Test] public void A() { Assert.That(1 == 1) } [Test] public void B() { Assert.That(2 == 2) } }")]
    [TestCase("using NUnit.Framework; public class T { [Test] public void A(); [Test] public void B(); }")]
    [TestCase("using NUnit.Framework; public class T { [Test] public void A() { case 1: } [Test] public void B() { case 2: } }")]
    [TestCase("using NUnit.Framework; public class T { [Test] public void A() => \"a; [Test] public void B() => \"b; }")]
    public async Task NeverThrowsOnHalfTypedCode(string source)
    {
        var run = await TddAnalyzerRunner.RunAsync(source, StubLibrary.NUnit, new TestsDifferingOnlyInLiteralsAnalyzer());

        Assert.That(run.Exceptions, Is.Empty);
    }

    [Test]
    public void DescriptorLinksToItsRulePage()
    {
        var descriptor = new TestsDifferingOnlyInLiteralsAnalyzer().SupportedDiagnostics[0];

        Assert.That(descriptor.HelpLinkUri, Does.EndWith("docs/rules/TG1005.md"));
        Assert.That(descriptor.Id, Is.EqualTo("TG1005"));
        Assert.That(descriptor.Category, Is.EqualTo("Tdd"));
        Assert.That(descriptor.DefaultSeverity, Is.EqualTo(DiagnosticSeverity.Warning));
    }
}
