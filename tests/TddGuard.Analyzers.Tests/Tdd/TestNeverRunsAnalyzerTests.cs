using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using TddGuard.Analyzers.Tdd;
using Verify = TddGuard.Analyzers.Tests.Tdd.TddAnalyzerVerifier<TddGuard.Analyzers.Tdd.TestNeverRunsAnalyzer>;

namespace TddGuard.Analyzers.Tests.Tdd;

[TestFixture]
[Property("Todo", "T03")]
public sealed class TestNeverRunsAnalyzerTests
{
    private const string NUnitUsing = "using NUnit.Framework;";
    private const string XunitUsing = "using Xunit;";
    private const string MSTestUsing = "using Microsoft.VisualStudio.TestTools.UnitTesting;";
    private const string TUnitUsing = "using TUnit.Core;";

    [TestCase(StubLibrary.NUnit, NUnitUsing, "", "[Test]", "Assert.Pass()", "Test")]
    [TestCase(StubLibrary.XunitV2, XunitUsing, "", "[Fact]", "Assert.True(true)", "Fact")]
    [TestCase(StubLibrary.XunitV3, XunitUsing, "", "[Theory]", "Assert.True(true)", "Fact")]
    [TestCase(StubLibrary.MSTest, MSTestUsing, "[TestClass]", "[TestMethod]", "Assert.IsTrue(true)", "TestMethod")]
    [TestCase(StubLibrary.TUnit, TUnitUsing, "", "[Test]", "_ = TUnit.Assertions.Assert.That(1).IsEqualTo(1)", "Test")]
    public async Task ReportsAPublicMethodThatAssertsButHasNoTestAttribute(
        StubLibrary framework, string usingDirective, string classAttribute, string testAttribute, string assertion, string missingAttribute)
    {
        var source = $$"""
            {{usingDirective}}

            {{classAttribute}}
            public class CalculatorTests
            {
                {{testAttribute}}
                public void Adds() => {{assertion}};

                public void {|#0:Subtracts|}()
                {
                    {{assertion}};
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            framework,
            Verify.Diagnostic("TG1006").WithLocation(0).WithArguments("Subtracts", $"it asserts but has no test attribute; add [{missingAttribute}]"));
    }

    [TestCase(StubLibrary.NUnit, NUnitUsing, "[TestFixture]", "Assert.Pass()", "Test")]
    [TestCase(StubLibrary.MSTest, MSTestUsing, "[TestClass]", "Assert.IsTrue(true)", "TestMethod")]
    public async Task ReportsAMissingAttributeInAFixtureWithoutTests(StubLibrary framework, string usingDirective, string classAttribute, string assertion, string missingAttribute)
    {
        var source = $$"""
            {{usingDirective}}

            {{classAttribute}}
            public class CalculatorTests
            {
                public void {|#0:Adds|}() => {{assertion}};
            }
            """;

        await Verify.VerifyAsync(
            source,
            framework,
            Verify.Diagnostic("TG1006").WithLocation(0).WithArguments("Adds", $"it asserts but has no test attribute; add [{missingAttribute}]"));
    }

    [Test]
    public async Task ReportsAMissingAttributeWhenTheAssertionIsInAHelper()
    {
        const string source = """
            using System.Threading.Tasks;
            using NUnit.Framework;

            public class CalculatorTests
            {
                [Test]
                public void Adds() => Assert.Pass();

                public async Task {|#0:Subtracts|}()
                {
                    await Task.Yield();
                    Expect(2 - 1);
                }

                private static void Expect(int difference) => Assert.That(difference, Is.EqualTo(1));
            }
            """;

        await Verify.VerifyAsync(
            source,
            StubLibrary.NUnit,
            Verify.Diagnostic("TG1006").WithLocation(0).WithArguments("Subtracts", "it asserts but has no test attribute; add [Test]"));
    }

    [TestCase("private void Check() => Assert.Pass();")]
    [TestCase("public void Check() => Assert.Pass(); [Test] public void UsesCheck() => Check();")]
    [TestCase("public void Check() => Assert.Pass(); [Test] public void PassesCheck() => System.Array.ForEach(new[] { 1 }, _ => Check());")]
    [TestCase("public void Check(int value) => Assert.That(value, Is.EqualTo(1));")]
    [TestCase("public static void Check() => Assert.Pass();")]
    [TestCase("public virtual void Check() => Assert.Pass();")]
    [TestCase("public void Check<T>() => Assert.Pass();")]
    [TestCase("public int Check() { Assert.Pass(); return 1; }")]
    [TestCase("public void Log() => System.Console.WriteLine();")]
    [TestCase("[SetUp] public void Prepare() => Assert.Pass();")]
    [TestCase("[OneTimeTearDown] public void CleanUp() => Assert.Pass();")]
    [TestCase("[Ignore(\"later\")] public void Later() => Assert.Pass();")]
    [TestCase("public override string ToString() { Assert.Pass(); return \"\"; }")]
    [TestCase("public CalculatorTests() => Assert.Pass();")]
    public async Task DoesNotReportHelpersSetUpAndOtherMembers(string member)
    {
        var source = $$"""
            using NUnit.Framework;

            public class CalculatorTests
            {
                [Test]
                public void Adds() => Assert.Pass();

                {{member}}
            }
            """;

        await Verify.VerifyAsync(source, StubLibrary.NUnit);
    }

    [Test]
    public async Task DoesNotReportInterfaceImplementations()
    {
        const string source = """
            using System.Threading.Tasks;
            using NUnit.Framework;

            public interface IAsyncLifetime
            {
                Task InitializeAsync();
            }

            public class CalculatorTests : System.IDisposable, IAsyncLifetime
            {
                [Test]
                public void Adds() => Assert.Pass();

                public void Dispose() => Assert.Pass();

                public Task InitializeAsync()
                {
                    Assert.Pass();
                    return Task.CompletedTask;
                }
            }
            """;

        await Verify.VerifyAsync(source, StubLibrary.NUnit);
    }

    [Test]
    public async Task DoesNotReportOutsideTestClassesOrInAbstractOnes()
    {
        const string source = """
            using NUnit.Framework;

            public class Expectations
            {
                public void Check() => Assert.Pass();
            }

            public abstract class ContractTests
            {
                [Test]
                public void Holds() => Check();

                public void Check() => Assert.Pass();

                public void CheckMore() => Assert.Pass();
            }
            """;

        await Verify.VerifyAsync(source, StubLibrary.NUnit);
    }

    [TestCase(StubLibrary.NUnit, NUnitUsing, "", "[Test]", "it is async void, which NUnit cannot await; make it async Task")]
    [TestCase(StubLibrary.XunitV3, XunitUsing, "", "[Fact]", "it is async void, which xUnit v3 cannot await; make it async Task")]
    [TestCase(StubLibrary.MSTest, MSTestUsing, "[TestClass]", "[TestMethod]", "it is async void, which MSTest cannot await; make it async Task")]
    [TestCase(StubLibrary.TUnit, TUnitUsing, "", "[Test]", "it is async void, which TUnit cannot await; make it async Task")]
    public async Task ReportsAsyncVoidTestsWhereTheFrameworkCannotAwaitThem(StubLibrary framework, string usingDirective, string classAttribute, string testAttribute, string reason)
    {
        var source = $$"""
            {{usingDirective}}

            {{classAttribute}}
            public class CalculatorTests
            {
                {{testAttribute}}
                public async void {|#0:Waits|}() => await System.Threading.Tasks.Task.Yield();
            }
            """;

        await Verify.VerifyAsync(source, framework, Verify.Diagnostic("TG1006").WithLocation(0).WithArguments("Waits", reason));
    }

    [TestCase("void", "NUnit")]
    [TestCase("private void", "NUnit")]
    [TestCase("internal void", "NUnit")]
    [TestCase("protected void", "NUnit")]
    [TestCase("protected internal void", "NUnit")]
    [TestCase("private protected static void", "NUnit")]
    public async Task ReportsNonPublicNUnitTests(string modifiers, string framework)
    {
        var source = $$"""
            using NUnit.Framework;

            public class CalculatorTests
            {
                [Test]
                {{modifiers}} {|#0:Hidden|}() => Assert.Pass();
            }
            """;

        await Verify.VerifyAsync(
            source,
            StubLibrary.NUnit,
            Verify.Diagnostic("TG1006").WithLocation(0).WithArguments("Hidden", $"it is not public, which {framework} requires; make it public"));
    }

    [Test]
    public async Task ReportsEachReasonOfAnMSTestTest()
    {
        const string source = """
            using Microsoft.VisualStudio.TestTools.UnitTesting;

            [TestClass]
            public class CalculatorTests
            {
                [TestMethod]
                public static void {|#0:Shared|}() => Assert.IsTrue(true);

                [TestMethod]
                private void {|#1:Hidden|}() => Assert.IsTrue(true);

                [TestMethod]
                internal static async void {|#2:Everything|}() => await System.Threading.Tasks.Task.Yield();

                [TestMethod]
                public void Runs() => Assert.IsTrue(true);
            }
            """;

        await Verify.VerifyAsync(
            source,
            StubLibrary.MSTest,
            Verify.Diagnostic("TG1006").WithLocation(0).WithArguments("Shared", "it is static, which MSTest does not run; make it an instance method"),
            Verify.Diagnostic("TG1006").WithLocation(1).WithArguments("Hidden", "it is not public, which MSTest requires; make it public"),
            Verify.Diagnostic("TG1006").WithLocation(2).WithArguments("Everything", "it is async void, which MSTest cannot await; make it async Task"),
            Verify.Diagnostic("TG1006").WithLocation(2).WithArguments("Everything", "it is not public, which MSTest requires; make it public"),
            Verify.Diagnostic("TG1006").WithLocation(2).WithArguments("Everything", "it is static, which MSTest does not run; make it an instance method"));
    }

    [Test]
    public async Task AcceptsInternalMSTestTestsWhenTheAssemblyDiscoversInternals()
    {
        const string source = """
            using Microsoft.VisualStudio.TestTools.UnitTesting;

            [assembly: DiscoverInternals]

            [TestClass]
            public class CalculatorTests
            {
                [TestMethod]
                internal void Runs() => Assert.IsTrue(true);

                [TestMethod]
                private void {|#0:Hidden|}() => Assert.IsTrue(true);
            }
            """;

        await Verify.VerifyAsync(
            source,
            StubLibrary.MSTest,
            Verify.Diagnostic("TG1006").WithLocation(0).WithArguments("Hidden", "it is not public, which MSTest requires; make it public"));
    }

    [TestCase(StubLibrary.XunitV2, "[Fact] private async void Waits() => await System.Threading.Tasks.Task.Yield();")]
    [TestCase(StubLibrary.XunitV2, "[Fact] static void Shared() => Assert.True(true);")]
    [TestCase(StubLibrary.XunitV3, "[Fact] private static void Hidden() => Assert.True(true);")]
    [TestCase(StubLibrary.XunitV3, "[Theory] public void Generic<T>(T value) => Assert.True(value is not null);")]
    public async Task AcceptsWhatXunitRuns(StubLibrary framework, string member)
    {
        var source = $$"""
            using Xunit;

            public class CalculatorTests
            {
                {{member}}
            }
            """;

        await Verify.VerifyAsync(source, framework);
    }

    [TestCase("[Test] public static void Shared() => Assert.Pass();")]
    [TestCase("[TestCase(1)] public void Generic<T>(T value) => Assert.Pass();")]
    [TestCase("[TestCase(1, TypeArgs = new[] { typeof(int) })] public void Generic<T>(int value) => Assert.Pass();")]
    [TestCase("[Test] public async System.Threading.Tasks.Task Waits() => await System.Threading.Tasks.Task.Yield();")]
    public async Task AcceptsWhatNUnitRuns(string member)
    {
        var source = $$"""
            using NUnit.Framework;

            public class CalculatorTests
            {
                {{member}}
            }
            """;

        await Verify.VerifyAsync(source, StubLibrary.NUnit);
    }

    [TestCase(StubLibrary.NUnit, NUnitUsing, "[Test]", "NUnit")]
    [TestCase(StubLibrary.NUnit, NUnitUsing, "[TestCase(1)]", "NUnit")]
    [TestCase(StubLibrary.XunitV2, XunitUsing, "[Fact]", "xUnit")]
    [TestCase(StubLibrary.XunitV3, XunitUsing, "[Theory]", "xUnit v3")]
    [TestCase(StubLibrary.MSTest, MSTestUsing, "[TestMethod]", "MSTest")]
    public async Task ReportsGenericTestsWhoseTypeArgumentsCannotBeInferred(StubLibrary framework, string usingDirective, string attribute, string frameworkName)
    {
        var source = $$"""
            {{usingDirective}}

            public class CalculatorTests
            {
                {{attribute}}
                public void {|#0:Generic|}<T>(int value) { }
            }
            """;

        await Verify.VerifyAsync(
            source,
            framework,
            Verify.Diagnostic("TG1006").WithLocation(0).WithArguments("Generic", $"it is generic and {frameworkName} cannot infer its type arguments; make it non-generic"));
    }

    [Test]
    public async Task LeavesTUnitAccessibilityStaticAndGenericsToTUnit()
    {
        const string source = """
            using TUnit.Core;

            public class CalculatorTests
            {
                [Test]
                private static void Hidden<T>() { }
            }
            """;

        await Verify.VerifyAsync(source, StubLibrary.TUnit);
    }

    [Test]
    public async Task ReportsInPartialNestedAndRecordTestClasses()
    {
        const string source = """
            using NUnit.Framework;

            public partial class CalculatorTests
            {
                [Test]
                public void Adds() => Assert.Pass();
            }

            public partial class CalculatorTests
            {
                public void {|#0:Subtracts|}() => Assert.Pass();

                public class Nested
                {
                    [Test]
                    void {|#1:Hidden|}() => Assert.Pass();
                }
            }

            public record RecordTests(int Value)
            {
                [Test]
                public async void {|#2:Waits|}() => await System.Threading.Tasks.Task.Yield();
            }
            """;

        await Verify.VerifyAsync(
            source,
            StubLibrary.NUnit,
            Verify.Diagnostic("TG1006").WithLocation(0).WithArguments("Subtracts", "it asserts but has no test attribute; add [Test]"),
            Verify.Diagnostic("TG1006").WithLocation(1).WithArguments("Hidden", "it is not public, which NUnit requires; make it public"),
            Verify.Diagnostic("TG1006").WithLocation(2).WithArguments("Waits", "it is async void, which NUnit cannot await; make it async Task"));
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
                private async void Waits() => await System.Threading.Tasks.Task.Yield();
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
                private async void Waits() => await System.Threading.Tasks.Task.Yield();

                public void Subtracts() => Assert.Pass();
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
                private async void Waits() => await System.Threading.Tasks.Task.Yield();

                public void Subtracts() => Assert.Pass();
            }
            """));

        await test.RunAsync();
    }

    [TestCase("using NUnit.Framework; public class T { [Test] public void A() { } public void B() { Assert.")]
    [TestCase("using NUnit.Framework; public class T { [Test] async void A() { await }")]
    [TestCase("using NUnit.Framework; public class T { [Test] public void A<>() { } }")]
    [TestCase("using NUnit.Framework; public class T { [Test] public void A() { } public void () => Assert.Pass(); }")]
    [TestCase("using NUnit.Framework; public class T : Missing { [Test] public void A() { } public void B() => Assert.Pass(); }")]
    [TestCase("using NUnit.Framework; [Test] public void A() { } public class T { }")]
    public async Task NeverThrowsOnHalfTypedCode(string source)
    {
        var run = await TddAnalyzerRunner.RunAsync(source, StubLibrary.NUnit, new TestNeverRunsAnalyzer());

        Assert.That(run.Exceptions, Is.Empty);
    }

    [Test]
    public void DescriptorLinksToItsRulePage()
    {
        var descriptor = new TestNeverRunsAnalyzer().SupportedDiagnostics[0];

        Assert.That(descriptor.HelpLinkUri, Does.EndWith("docs/rules/TG1006.md"));
        Assert.That(descriptor.Id, Is.EqualTo("TG1006"));
        Assert.That(descriptor.Category, Is.EqualTo("Tdd"));
        Assert.That(descriptor.DefaultSeverity, Is.EqualTo(DiagnosticSeverity.Warning));
    }
}
