using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using TddGuard.Analyzers.Tdd;
using Verify = TddGuard.Analyzers.Tests.Tdd.TddAnalyzerVerifier<TddGuard.Analyzers.Tdd.TestAssertsNothingAnalyzer>;

namespace TddGuard.Analyzers.Tests.Tdd;

[TestFixture]
[Property("Todo", "T03")]
public sealed class TestAssertsNothingAnalyzerTests
{
    private static IEnumerable<TestCaseData> TestsWithoutAssertion()
    {
        yield return new TestCaseData(StubLibrary.NUnit, "using NUnit.Framework;", "[Test]");
        yield return new TestCaseData(StubLibrary.NUnit, "using NUnit.Framework;", "[TestCase(1)]");
        yield return new TestCaseData(StubLibrary.NUnit, "using NUnit.Framework;", "[TestCaseSource(\"Cases\")]");
        yield return new TestCaseData(StubLibrary.NUnit, "using NUnit.Framework;", "[Theory]");
        yield return new TestCaseData(StubLibrary.NUnit, "using NUnit.Framework;", "[Combinatorial]");
        yield return new TestCaseData(StubLibrary.XunitV2, "using Xunit;", "[Fact]");
        yield return new TestCaseData(StubLibrary.XunitV3, "using Xunit;", "[Theory]");
        yield return new TestCaseData(StubLibrary.MSTest, "using Microsoft.VisualStudio.TestTools.UnitTesting;", "[TestMethod]");
        yield return new TestCaseData(StubLibrary.MSTest, "using Microsoft.VisualStudio.TestTools.UnitTesting;", "[DataTestMethod]");
        yield return new TestCaseData(StubLibrary.TUnit, "using TUnit.Core;", "[Test]");
    }

    [TestCaseSource(nameof(TestsWithoutAssertion))]
    public async Task ReportsATestOfEachFrameworkThatAssertsNothing(StubLibrary framework, string usingDirective, string attribute)
    {
        var source = $$"""
            {{usingDirective}}

            public class CalculatorTests
            {
                {{attribute}}
                public void {|#0:Adds|}()
                {
                    var sum = 1 + 2;
                    System.Console.WriteLine(sum);
                }
            }
            """;

        await Verify.VerifyAsync(source, framework, Verify.Diagnostic("TG1003").WithLocation(0).WithArguments("Adds"));
    }

    [TestCase(StubLibrary.NUnit, "using NUnit.Framework;", "[Test]", "Assert.That(sum, Is.EqualTo(3));")]
    [TestCase(StubLibrary.NUnit, "using NUnit.Framework;", "[Test]", "Assert.Multiple(() => Assert.That(sum == 3));")]
    [TestCase(StubLibrary.NUnit, "using NUnit.Framework;", "[Test]", "Assert.Throws<System.Exception>(() => { });")]
    [TestCase(StubLibrary.NUnit, "using NUnit.Framework;", "[Test]", "NUnit.Framework.Legacy.ClassicAssert.AreEqual(3, sum);")]
    [TestCase(StubLibrary.NUnit, "using NUnit.Framework;", "[Test]", "CollectionAssert.IsEmpty(new int[0]);")]
    [TestCase(StubLibrary.NUnit, "using NUnit.Framework;", "[Test]", "StringAssert.Contains(\"a\", \"abc\");")]
    [TestCase(StubLibrary.NUnit, "using NUnit.Framework;", "[Test]", "Assert.Pass();")]
    [TestCase(StubLibrary.XunitV2, "using Xunit;", "[Fact]", "Assert.Equal(3, sum);")]
    [TestCase(StubLibrary.XunitV2, "using Xunit;", "[Fact]", "var error = Record.Exception(() => { });")]
    [TestCase(StubLibrary.MSTest, "using Microsoft.VisualStudio.TestTools.UnitTesting;", "[TestMethod]", "Assert.AreEqual(3, sum);")]
    [TestCase(StubLibrary.MSTest, "using Microsoft.VisualStudio.TestTools.UnitTesting;", "[TestMethod]", "CollectionAssert.Contains(new[] { 3 }, sum);")]
    [TestCase(StubLibrary.MSTest, "using Microsoft.VisualStudio.TestTools.UnitTesting;", "[TestMethod]", "StringAssert.Contains(\"abc\", \"a\");")]
    [TestCase(StubLibrary.TUnit, "using TUnit.Core;", "[Test]", "_ = TUnit.Assertions.Assert.That(sum).IsEqualTo(3);")]
    public async Task DoesNotReportATestThatCallsItsFrameworksAssertions(StubLibrary framework, string usingDirective, string attribute, string assertion)
    {
        var source = $$"""
            {{usingDirective}}

            public class CalculatorTests
            {
                {{attribute}}
                public void Adds()
                {
                    var sum = 1 + 2;
                    {{assertion}}
                }
            }
            """;

        await Verify.VerifyAsync(source, framework);
    }

    [TestCase("using FluentAssertions;", "sum.Should().Be(3);")]
    [TestCase("using AwesomeAssertions;", "sum.Should().Be(3);")]
    [TestCase("using Shouldly;", "sum.ShouldBe(3);")]
    [TestCase("using Shouldly;", "Should.Throw<System.Exception>(() => { });")]
    [TestCase("using NSubstitute;", "Substitute.For<System.IDisposable>().Received().Dispose();")]
    [TestCase("using NSubstitute;", "Substitute.For<System.IDisposable>().DidNotReceive().Dispose();")]
    [TestCase("using Moq;", "new Mock<System.IDisposable>().Verify(d => d.Dispose());")]
    [TestCase("using Moq;", "new Mock<System.IDisposable>().VerifyAll();")]
    [TestCase("using FakeItEasy;", "A.CallTo(() => A.Fake<System.IDisposable>().Dispose()).MustHaveHappened();")]
    [TestCase("using FakeItEasy;", "A.CallTo(() => A.Fake<System.IDisposable>().Dispose()).MustNotHaveHappened();")]
    public async Task DoesNotReportATestThatUsesAnAssertionLibrary(string usingDirective, string assertion)
    {
        var source = $$"""
            using NUnit.Framework;
            {{usingDirective}}

            public class CalculatorTests
            {
                [Test]
                public void Adds()
                {
                    var sum = 1 + 2;
                    {{assertion}}
                }
            }
            """;

        await Verify.VerifyAsync(source, [StubLibrary.NUnit, StubLibrary.AssertionLibraries], editorConfig: null);
    }

    [TestCase("Assume.That(sum == 3);")]
    [TestCase("TestContext.WriteLine(\"3\");")]
    [TestCase("try { sum++; } catch { throw; }")]
    [TestCase("System.Action check = () => System.Console.WriteLine(sum);")]
    [TestCase("")]
    public async Task ReportsWhatLooksBusyButProvesNothing(string statement)
    {
        var source = $$"""
            using NUnit.Framework;

            public class CalculatorTests
            {
                [Test]
                public void {|#0:Adds|}()
                {
                    var sum = 1 + 2;
                    {{statement}}
                }
            }
            """;

        await Verify.VerifyAsync(source, StubLibrary.NUnit, Verify.Diagnostic("TG1003").WithLocation(0).WithArguments("Adds"));
    }

    [TestCase("throw new System.NotImplementedException();")]
    [TestCase("if (sum != 3) { throw new System.InvalidOperationException(\"sum\"); }")]
    [TestCase("_ = sum > 0 ? sum : throw new System.ArgumentException();")]
    [TestCase("System.Array.ForEach(new[] { sum }, value => Assert.That(value > 0));")]
    [TestCase("void Check() => Assert.That(sum == 3); Check();")]
    public async Task CountsThrowsAndAssertionsInLambdasAndLocalFunctions(string statement)
    {
        var source = $$"""
            using NUnit.Framework;

            public class CalculatorTests
            {
                [Test]
                public void Adds()
                {
                    var sum = 1 + 2;
                    {{statement}}
                }
            }
            """;

        await Verify.VerifyAsync(source, StubLibrary.NUnit);
    }

    [Test]
    public async Task FollowsHelpersOfTheTestClassTransitively()
    {
        const string source = """
            using NUnit.Framework;

            public class CalculatorTests
            {
                [Test]
                public void Adds() => Check(1 + 2);

                [Test]
                public void {|#0:Logs|}() => Log(1 + 2);

                private void Check(int sum) => Expect(sum);

                private static void Expect(int sum) => Assert.That(sum, Is.EqualTo(3));

                private static void Log(int sum) => System.Console.WriteLine(sum);
            }
            """;

        await Verify.VerifyAsync(source, StubLibrary.NUnit, Verify.Diagnostic("TG1003").WithLocation(0).WithArguments("Logs"));
    }

    [Test]
    public async Task FollowsHelpersInBaseClassesPartsAndOtherClassesOfTheTestProject()
    {
        const string source = """
            using NUnit.Framework;

            public abstract class CalculatorTestBase
            {
                protected void Expect(int sum) => Assert.That(sum, Is.EqualTo(3));
            }

            public static class Expectations
            {
                public static void ExpectThree(this int sum) => Assert.That(sum, Is.EqualTo(3));
            }

            public partial class CalculatorTests : CalculatorTestBase
            {
                [Test]
                public void AddsInBase() => Expect(1 + 2);

                [Test]
                public void AddsInExtension() => (1 + 2).ExpectThree();

                [Test]
                public void AddsInOtherPart() => ExpectInOtherPart(1 + 2);

                [Test]
                public void PassesAHelperAsADelegate() => System.Array.ForEach(new[] { 3 }, Expect);
            }

            public partial class CalculatorTests
            {
                private void ExpectInOtherPart(int sum) => Expect(sum);
            }
            """;

        await Verify.VerifyAsync(source, StubLibrary.NUnit);
    }

    [Test]
    public async Task SurvivesRecursiveHelpers()
    {
        const string source = """
            using NUnit.Framework;

            public class CalculatorTests
            {
                [Test]
                public void {|#0:Loops|}() => Ping(3);

                [Test]
                public void {|#1:LoopsTheOtherWay|}() => Pong(3);

                private void Ping(int n) { if (n > 0) Pong(n - 1); }

                private void Pong(int n) { if (n > 0) Ping(n - 1); }
            }
            """;

        await Verify.VerifyAsync(
            source,
            StubLibrary.NUnit,
            Verify.Diagnostic("TG1003").WithLocation(0).WithArguments("Loops"),
            Verify.Diagnostic("TG1003").WithLocation(1).WithArguments("LoopsTheOtherWay"));
    }

    [Test]
    public async Task FindsTheAssertionAtTheEndOfACycle()
    {
        const string source = """
            using NUnit.Framework;

            public class CalculatorTests
            {
                [Test]
                public void Loops() => Ping(3);

                private void Ping(int n) { if (n > 0) Pong(n - 1); }

                private void Pong(int n) { if (n > 0) Ping(n - 1); else Assert.Pass(); }
            }
            """;

        await Verify.VerifyAsync(source, StubLibrary.NUnit);
    }

    [TestCase("AssertValid(sum);", "")]
    [TestCase("VerifySum(sum);", "")]
    [TestCase("ExpectSum(sum);", "")]
    [TestCase("ShouldBeThree(sum);", "")]
    [TestCase("Check(sum);", "tddguard.assertion_methods = Check")]
    [TestCase("CheckSum(sum);", "tddguard.assertion_methods = Probe, Check*")]
    [TestCase("CheckSum(sum);", "tddguard.assertion_methods = Check *")]
    public async Task CountsMethodsNamedAsAssertions(string call, string option)
    {
        var source = $$"""
            using NUnit.Framework;
            using static Production.Checks;

            public class CalculatorTests
            {
                [Test]
                public void Adds()
                {
                    var sum = 1 + 2;
                    {{call}}
                }
            }
            """;
        var test = await Verify.CreateTestAsync(source, option.Length == 0 ? null : option, StubLibrary.NUnit);
        test.TestState.AdditionalReferences.Add(await ProductionLibraryAsync());

        await test.RunAsync();
    }

    [TestCase("Check(sum);", "tddguard.assertion_methods = CheckSum")]
    [TestCase("CheckSum(sum);", "tddguard.assertion_methods = Check")]
    [TestCase("CheckSum(sum);", "tddguard.assertion_methods = *")]
    [TestCase("CheckSum(sum);", "tddguard.assertion_methods = , ,")]
    [TestCase("CheckSum(sum);", "tddguard.assertion_methods = Check-Sum*")]
    public async Task IgnoresNamesThatDoNotMatchAndUnusableEntries(string call, string option)
    {
        var source = $$"""
            using NUnit.Framework;
            using static Production.Checks;

            public class CalculatorTests
            {
                [Test]
                public void {|#0:Adds|}()
                {
                    var sum = 1 + 2;
                    {{call}}
                }
            }
            """;
        var test = await Verify.CreateTestAsync(source, option, StubLibrary.NUnit);
        test.TestState.AdditionalReferences.Add(await ProductionLibraryAsync());
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG1003").WithLocation(0).WithArguments("Adds"));

        await test.RunAsync();
    }

    [Test]
    public async Task TrustsHelpersOfACompiledTestInfrastructureLibrary()
    {
        const string source = """
            using NUnit.Framework;

            public class CalculatorTests
            {
                [Test]
                public void Adds() => Shared.Expectations.Three(1 + 2);

                [Test]
                public void {|#0:UsesProductionCode|}() => Production.Checks.CheckSum(1 + 2);
            }
            """;
        var test = await Verify.CreateTestAsync(source, editorConfig: null, StubLibrary.NUnit);
        test.TestState.AdditionalReferences.Add(await TestFrameworkStubs.CompileAsync(
            "Shared.Testing",
            "namespace Shared { public static class Expectations { public static void Three(int sum) => NUnit.Framework.Assert.That(sum == 3); } }",
            StubLibrary.NUnit));
        test.TestState.AdditionalReferences.Add(await ProductionLibraryAsync());
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG1003").WithLocation(0).WithArguments("UsesProductionCode"));

        await test.RunAsync();
    }

    [Test]
    public async Task DoesNotTrustTheFrameworksOwnSatelliteAssemblies()
    {
        const string source = """
            using Microsoft.VisualStudio.TestTools.UnitTesting;

            [TestClass]
            public class CalculatorTests
            {
                public TestContext Context { get; set; } = new();

                [TestMethod]
                public void {|#0:Logs|}() => Context.WriteLine("1 + 2");
            }
            """;
        var test = await Verify.CreateTestAsync(source, editorConfig: null, StubLibrary.MSTest);
        test.TestState.AdditionalReferences.Add(await TestFrameworkStubs.CompileAsync(
            "Microsoft.VisualStudio.TestPlatform.TestFramework.Extensions",
            """
            namespace Microsoft.VisualStudio.TestTools.UnitTesting
            {
                public class TestContext
                {
                    public void WriteLine(string message) => System.Console.WriteLine(message);

                    private static void Check() => Assert.IsTrue(true);
                }
            }
            """,
            StubLibrary.MSTest));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("TG1003").WithLocation(0).WithArguments("Logs"));

        await test.RunAsync();
    }

    [Test]
    public async Task AnExpectedExceptionAttributeIsTheAssertion()
    {
        const string source = """
            using Microsoft.VisualStudio.TestTools.UnitTesting;

            [TestClass]
            public class CalculatorTests
            {
                [TestMethod]
                [ExpectedException(typeof(System.DivideByZeroException))]
                public void DividesByZero()
                {
                    var zero = 0;
                    System.Console.WriteLine(1 / zero);
                }
            }
            """;

        await Verify.VerifyAsync(source, StubLibrary.MSTest);
    }

    [Test]
    public async Task RecognisesTheRoslynTestingLibrarysRunAsync()
    {
        const string source = """
            using NUnit.Framework;

            namespace Microsoft.CodeAnalysis.Testing
            {
                public class AnalyzerTest
                {
                    public System.Threading.Tasks.Task RunAsync() => System.Threading.Tasks.Task.CompletedTask;
                }
            }

            public class AnalyzerTests
            {
                [Test]
                public async System.Threading.Tasks.Task Reports()
                {
                    var test = new Microsoft.CodeAnalysis.Testing.AnalyzerTest();
                    await test.RunAsync();
                }
            }
            """;

        await Verify.VerifyAsync(source, StubLibrary.NUnit);
    }

    [Test]
    public async Task IgnoresMethodsThatAreNotTests()
    {
        const string source = """
            using NUnit.Framework;

            public class CalculatorTests
            {
                [SetUp]
                public void Prepare() { }

                public void Helper() { }

                public CalculatorTests() { }

                [Test]
                public void Adds() => Assert.That(1 + 2 == 3);
            }

            public abstract class Base
            {
                [Test]
                public abstract void Abstract();
            }
            """;

        await Verify.VerifyAsync(source, StubLibrary.NUnit);
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
                public void Adds() { }
            }
            """;

        await Verify.VerifyAsync(source, [], editorConfig: null);
    }

    [Test]
    public async Task ReportsInNestedTypesRecordsAndAsyncTests()
    {
        const string source = """
            using System.Threading.Tasks;
            using Xunit;

            public class Outer
            {
                public class InnerTests
                {
                    [Fact]
                    public async Task {|#0:Waits|}() => await Task.Yield();
                }
            }

            public record RecordTests(int Value)
            {
                [Fact]
                public void {|#1:Reads|}() => System.Console.WriteLine(Value);
            }
            """;

        await Verify.VerifyAsync(
            source,
            StubLibrary.XunitV3,
            Verify.Diagnostic("TG1003").WithLocation(0).WithArguments("Waits"),
            Verify.Diagnostic("TG1003").WithLocation(1).WithArguments("Reads"));
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
                public void Adds() { }
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
                public void Adds() { }
            }
            """));

        await test.RunAsync();
    }

    [TestCase("using NUnit.Framework; public class T { [Test] public void M() { Helper(")]
    [TestCase("using NUnit.Framework; public class T { [Test] public void M() => Missing.Assert(; }")]
    [TestCase("using NUnit.Framework; public class T { [Test] public void M() { Helper(); } void Helper() => Helper(); }")]
    [TestCase("using NUnit.Framework; public class T { [Test] public void M() { throw; } }")]
    [TestCase("using NUnit.Framework; public class T { [Test(] public void M() { } }")]
    [TestCase("using NUnit.Framework; public class T { [Test] public void M() { Partial(); } partial void Partial(); }")]
    public async Task NeverThrowsOnHalfTypedCode(string source)
    {
        var run = await TddAnalyzerRunner.RunAsync(source, StubLibrary.NUnit, new TestAssertsNothingAnalyzer());

        Assert.That(run.Exceptions, Is.Empty);
    }

    [Test]
    public async Task StillReportsInCodeThatDoesNotCompile()
    {
        var run = await TddAnalyzerRunner.RunAsync(
            "using NUnit.Framework; public class T { [Test] public void M() { var x = 1; Missing(x); } }",
            StubLibrary.NUnit,
            new TestAssertsNothingAnalyzer());

        Assert.That(run.Diagnostics, Has.Length.EqualTo(1));
        Assert.That(run.Diagnostics[0].Id, Is.EqualTo("TG1003"));
    }

    [Test]
    public void DescriptorLinksToItsRulePage()
    {
        var descriptor = new TestAssertsNothingAnalyzer().SupportedDiagnostics[0];

        Assert.That(descriptor.HelpLinkUri, Does.EndWith("docs/rules/TG1003.md"));
        Assert.That(descriptor.Id, Is.EqualTo("TG1003"));
        Assert.That(descriptor.Category, Is.EqualTo("Tdd"));
        Assert.That(descriptor.DefaultSeverity, Is.EqualTo(DiagnosticSeverity.Warning));
    }

    /// <summary>Production code the tests call: its methods are no assertions, whatever their names suggest.</summary>
    private static Task<MetadataReference> ProductionLibraryAsync() =>
        TestFrameworkStubs.CompileAsync(
            "Production",
            """
            namespace Production
            {
                public static class Checks
                {
                    public static void AssertValid(int sum) { }
                    public static void VerifySum(int sum) { }
                    public static void ExpectSum(int sum) { }
                    public static void ShouldBeThree(int sum) { }
                    public static void Check(int sum) { }
                    public static void CheckSum(int sum) { }
                }
            }
            """);
}
