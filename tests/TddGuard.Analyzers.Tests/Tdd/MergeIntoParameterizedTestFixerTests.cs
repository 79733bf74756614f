using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using NUnit.Framework;
using Verify = TddGuard.Analyzers.Tests.Tdd.TddCodeFixVerifier<
    TddGuard.Analyzers.Tdd.TestsDifferingOnlyInLiteralsAnalyzer,
    TddGuard.CodeFixes.Tdd.MergeIntoParameterizedTestFixer>;

namespace TddGuard.Analyzers.Tests.Tdd;

[TestFixture]
[Property("Todo", "T04")]
public sealed class MergeIntoParameterizedTestFixerTests
{
    private const string Calculator = """

        public static class Calculator
        {
            public static int Add(int a, int b) => a + b;
        }
        """;

    [Test]
    public async Task MergesNUnitTestsIntoTestCasesNamedAfterTheParametersTheyFeed()
    {
        const string source = """
            using NUnit.Framework;

            public class CalculatorTests
            {
                [Test]
                public void [|AddsOneAndTwo|]()
                {
                    // Arrange, act, assert.
                    var sum = Calculator.Add(1, 2);
                    Assert.That(sum, Is.EqualTo(3));
                }

                [Test]
                public void [|AddsTwoAndTwo|]()
                {
                    // Arrange, act, assert.
                    var sum = Calculator.Add(2, 2);
                    Assert.That(sum, Is.EqualTo(4));
                }

                [Test]
                public void Subtracts() => Assert.That(Calculator.Add(2, -1), Is.EqualTo(1));
            }
            """ + Calculator;
        const string fixedSource = """
            using NUnit.Framework;

            public class CalculatorTests
            {
                [TestCase(1, 3)]
                [TestCase(2, 4)]
                public void AddsOneAndTwo(int a, int expected)
                {
                    // Arrange, act, assert.
                    var sum = Calculator.Add(a, 2);
                    Assert.That(sum, Is.EqualTo(expected));
                }

                [Test]
                public void Subtracts() => Assert.That(Calculator.Add(2, -1), Is.EqualTo(1));
            }
            """ + Calculator;

        await Verify.VerifyAsync(source, fixedSource, StubLibrary.NUnit);
    }

    [TestCase(StubLibrary.XunitV2, "using Xunit;", "", "[Fact]", "[Theory]", "[InlineData(2, 1)]", "[InlineData(3, 2)]", "int expected, int a", "Assert.Equal(EXPECTED, Calculator.Add(VALUE, 1))")]
    [TestCase(StubLibrary.XunitV3, "using Xunit;", "", "[Fact]", "[Theory]", "[InlineData(2, 1)]", "[InlineData(3, 2)]", "int expected, int a", "Assert.Equal(EXPECTED, Calculator.Add(VALUE, 1))")]
    [TestCase(StubLibrary.MSTest, "using Microsoft.VisualStudio.TestTools.UnitTesting;", "[TestClass]", "[TestMethod]", "[TestMethod]", "[DataRow(2, 1)]", "[DataRow(3, 2)]", "int expected, int a", "Assert.AreEqual(EXPECTED, Calculator.Add(VALUE, 1))")]
    [TestCase(StubLibrary.TUnit, "using TUnit.Core;", "", "[Test]", "[Test]", "[Arguments(1, 2)]", "[Arguments(2, 3)]", "int a, int expected", "_ = TUnit.Assertions.Assert.That(Calculator.Add(VALUE, 1)).IsEqualTo(EXPECTED)")]
    public async Task MergesTestsOfEachFrameworkIntoItsDataRows(
        StubLibrary framework,
        string usingDirective,
        string classAttribute,
        string testAttribute,
        string tableAttribute,
        string firstRow,
        string secondRow,
        string parameters,
        string assertion)
    {
        var source = $$"""
            {{usingDirective}}

            {{classAttribute}}
            public class CalculatorTests
            {
                {{testAttribute}}
                public void [|IncrementsOne|]() => {{assertion.Replace("VALUE", "1").Replace("EXPECTED", "2")}};

                {{testAttribute}}
                public void [|IncrementsTwo|]() => {{assertion.Replace("VALUE", "2").Replace("EXPECTED", "3")}};
            }
            """ + Calculator;
        var fixedSource = $$"""
            {{usingDirective}}

            {{classAttribute}}
            public class CalculatorTests
            {
                {{tableAttribute}}
                {{firstRow}}
                {{secondRow}}
                public void IncrementsOne({{parameters}}) => {{assertion.Replace("VALUE", "a").Replace("EXPECTED", "expected")}};
            }
            """ + Calculator;

        await Verify.VerifyAsync(source, fixedSource, framework);
    }

    [Test]
    public async Task PassesEachKindOfLiteralAsARowValueOfItsType()
    {
        const string source = """
            using NUnit.Framework;

            public class ValueTests
            {
                [Test]
                public void [|First|]()
                {
                    Assert.That(Describe("one", 'a', true, 1.5, 2L, 0.5f) == @"x");
                }

                [Test]
                public void [|Second|]()
                {
                    Assert.That(Describe("two", 'b', false, 2.5, 3L, 1.5f) == @"y");
                }

                private static string Describe(string text, char letter, bool flag, double ratio, long count, float share) => "";
            }
            """;
        const string fixedSource = """
            using NUnit.Framework;

            public class ValueTests
            {
                [TestCase("one", 'a', true, 1.5, 2L, 0.5f, @"x")]
                [TestCase("two", 'b', false, 2.5, 3L, 1.5f, @"y")]
                public void First(string text, char letter, bool flag, double ratio, long count, float share, string value7)
                {
                    Assert.That(Describe(text, letter, flag, ratio, count, share) == value7);
                }

                private static string Describe(string text, char letter, bool flag, double ratio, long count, float share) => "";
            }
            """;

        await Verify.VerifyAsync(source, fixedSource, StubLibrary.NUnit);
    }

    [Test]
    public async Task ConvertsRowValuesToTheTypeTheLiteralWasConvertedTo()
    {
        const string source = """
            using NUnit.Framework;

            public class ConversionTests
            {
                [Test]
                public void [|First|]()
                {
                    byte small = 1;
                    Assert.That(Widen(2) + small == Half(3));
                }

                [Test]
                public void [|Second|]()
                {
                    byte small = 4;
                    Assert.That(Widen(5) + small == Half(6));
                }

                private static long Widen(long wide) => wide;

                private static double Half(double whole) => whole / 2;
            }
            """;
        const string fixedSource = """
            using NUnit.Framework;

            public class ConversionTests
            {
                [TestCase((byte)1, 2L, 3D)]
                [TestCase((byte)4, 5L, 6D)]
                public void First(byte value1, long wide, double whole)
                {
                    byte small = value1;
                    Assert.That(Widen(wide) + small == Half(whole));
                }

                private static long Widen(long wide) => wide;

                private static double Half(double whole) => whole / 2;
            }
            """;

        await Verify.VerifyAsync(source, fixedSource, StubLibrary.NUnit);
    }

    [Test]
    public async Task AvoidsNamesTheTestAlreadyUses()
    {
        const string source = """
            using NUnit.Framework;

            public class ConversionTests
            {
                [Test]
                public void [|First|]()
                {
                    var a = 10;
                    var value1 = Calculator.Add(1, a);
                    Assert.That(value1, Is.EqualTo(11));
                }

                [Test]
                public void [|Second|]()
                {
                    var a = 10;
                    var value1 = Calculator.Add(2, a);
                    Assert.That(value1, Is.EqualTo(12));
                }
            }
            """ + Calculator;
        const string fixedSource = """
            using NUnit.Framework;

            public class ConversionTests
            {
                [TestCase(1, 11)]
                [TestCase(2, 12)]
                public void First(int a2, int expected)
                {
                    var a = 10;
                    var value1 = Calculator.Add(a2, a);
                    Assert.That(value1, Is.EqualTo(expected));
                }
            }
            """ + Calculator;

        await Verify.VerifyAsync(source, fixedSource, StubLibrary.NUnit);
    }

    [Test]
    public async Task KeepsOtherAttributesAndAQualifiedTestAttribute()
    {
        const string source = """
            public class CalculatorTests
            {
                [NUnit.Framework.Test, NUnit.Framework.Category("Slow")]
                public void [|AddsOne|]() => NUnit.Framework.Assert.That(Calculator.Add(1, 1) == 2);

                [NUnit.Framework.Test, NUnit.Framework.Category("Slow")]
                public void [|AddsTwo|]() => NUnit.Framework.Assert.That(Calculator.Add(1, 2) == 3);
            }
            """ + Calculator;
        const string fixedSource = """
            public class CalculatorTests
            {
                [NUnit.Framework.TestCase(1, 2)]
                [NUnit.Framework.TestCase(2, 3)]
                [NUnit.Framework.Category("Slow")]
                public void AddsOne(int b, int value2) => NUnit.Framework.Assert.That(Calculator.Add(1, b) == value2);
            }
            """ + Calculator;

        await Verify.VerifyAsync(source, fixedSource, StubLibrary.NUnit);
    }

    [Test]
    public async Task KeepsWindowsLineEndings()
    {
        var source = "using NUnit.Framework;\r\n\r\npublic class T\r\n{\r\n    [Test]\r\n    public void [|A|]() => Assert.That(1 == 1);\r\n\r\n    [Test]\r\n    public void [|B|]() => Assert.That(2 == 2);\r\n}\r\n";
        var fixedSource = "using NUnit.Framework;\r\n\r\npublic class T\r\n{\r\n    [TestCase(1, 1)]\r\n    [TestCase(2, 2)]\r\n    public void A(int value1, int value2) => Assert.That(value1 == value2);\r\n}\r\n";

        await Verify.VerifyAsync(source, fixedSource, StubLibrary.NUnit);
    }

    [TestCase("// Adds one more.\n    [Test]\n    public void [|AddsTwo|]() => Assert.That(Calculator.Add(1, 2) == 3);", Description = "a comment before it")]
    [TestCase("[Test]\n    public void [|AddsTwo|]() => Assert.That(Calculator.Add(1, 2) == 3); // One more.", Description = "a comment after it")]
    [TestCase("[Test]\n    public void [|AddsTwo|]() => Assert.That(Calculator.Add(1, /* one more */ 2) == 3);", Description = "a comment inside it")]
    [TestCase("#region More\n    [Test]\n    public void [|AddsTwo|]() => Assert.That(Calculator.Add(1, 2) == 3);\n    #endregion", Description = "a directive")]
    public async Task OffersNoFixWhenRemovingATestWouldLoseSomething(string secondTest)
    {
        var source = $$"""
            using NUnit.Framework;

            public class CalculatorTests
            {
                [Test]
                public void [|AddsOne|]() => Assert.That(Calculator.Add(1, 1) == 2);

                {{secondTest}}
            }
            """ + Calculator;

        await Verify.VerifyAsync(source, source, StubLibrary.NUnit);
    }

    [TestCase("using Check = NUnit.Framework.TestAttribute;", "[Check]\n    public void", Description = "an alias of the test attribute")]
    [TestCase("using NUnit.Framework;", "[Test] public void", Description = "the test attribute on the method's line")]
    public async Task OffersNoFixForTestAttributesItCannotRewriteSafely(string usingDirective, string declaration)
    {
        var source = $$"""
            {{usingDirective}}

            public class CalculatorTests
            {
                {{declaration}} [|AddsOne|]() => NUnit.Framework.Assert.That(Calculator.Add(1, 1) == 2);

                {{declaration}} [|AddsTwo|]() => NUnit.Framework.Assert.That(Calculator.Add(1, 2) == 3);
            }
            """ + Calculator;

        await Verify.VerifyAsync(source, source, StubLibrary.NUnit);
    }

    [Test]
    public async Task OffersNoFixForAGroupSpreadOverPartialFiles()
    {
        var test = await Verify.CreateTestAsync(string.Empty, string.Empty, StubLibrary.NUnit);
        test.TestState.Sources.Clear();
        test.TestState.Sources.Add(("First.cs", """
            using NUnit.Framework;

            public partial class CalculatorTests
            {
                [Test]
                public void {|#0:AddsOne|}() => Assert.That(1 + 1 == 2);
            }
            """));
        test.TestState.Sources.Add(("Second.cs", """
            using NUnit.Framework;

            public partial class CalculatorTests
            {
                [Test]
                public void {|#1:AddsTwo|}() => Assert.That(1 + 2 == 3);
            }
            """));
        test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult("TG1005", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(0).WithLocation(1).WithArguments("AddsOne", "'AddsTwo'"));
        test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult("TG1005", DiagnosticSeverity.Warning).WithLocation(1).WithLocation(0).WithLocation(1).WithArguments("AddsTwo", "'AddsOne'"));

        // Nothing set for the fixed state: it inherits the sources and diagnostics above, so no fix may change them.
        test.FixedState.Sources.Clear();
        test.FixedState.InheritanceMode = StateInheritanceMode.AutoInheritAll;

        await test.RunAsync();
    }

    [Test]
    public async Task FixAllMergesEveryGroupOfTheDocumentOnce()
    {
        const string source = """
            using NUnit.Framework;

            public class CalculatorTests
            {
                [Test]
                public void [|AddsOne|]() => Assert.That(Calculator.Add(1, 1) == 2);

                [Test]
                public void [|IsPositive|]() => Assert.That(Calculator.Add(1, 1) > 0);

                [Test]
                public void [|AddsTwo|]() => Assert.That(Calculator.Add(1, 2) == 3);

                [Test]
                public void [|IsAlsoPositive|]() => Assert.That(Calculator.Add(2, 1) > 0);

                [Test]
                public void [|AddsThree|]() => Assert.That(Calculator.Add(1, 3) == 4);
            }
            """ + Calculator;
        const string fixedSource = """
            using NUnit.Framework;

            public class CalculatorTests
            {
                [TestCase(1, 2)]
                [TestCase(2, 3)]
                [TestCase(3, 4)]
                public void AddsOne(int b, int value2) => Assert.That(Calculator.Add(1, b) == value2);

                [TestCase(1)]
                [TestCase(2)]
                public void IsPositive(int a) => Assert.That(Calculator.Add(a, 1) > 0);
            }
            """ + Calculator;

        var test = await Verify.CreateTestAsync(source, fixedSource, StubLibrary.NUnit);
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }
}
