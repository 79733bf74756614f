using System.Threading.Tasks;
using NUnit.Framework;
using Verify = TddGuard.Analyzers.Tests.Tdd.TddCodeFixVerifier<
    TddGuard.Analyzers.Tdd.TestNeverRunsAnalyzer,
    TddGuard.CodeFixes.Tdd.MakeTestRunnableFixer>;

namespace TddGuard.Analyzers.Tests.Tdd;

[TestFixture]
[Property("Todo", "T03")]
public sealed class MakeTestRunnableFixerTests
{
    [TestCase(StubLibrary.NUnit, "using NUnit.Framework;", "[Test]", "Assert.Pass()", "Test")]
    [TestCase(StubLibrary.XunitV2, "using Xunit;", "[Fact]", "Assert.True(true)", "Fact")]
    [TestCase(StubLibrary.MSTest, "using Microsoft.VisualStudio.TestTools.UnitTesting;", "[TestMethod]", "Assert.IsTrue(true)", "TestMethod")]
    [TestCase(StubLibrary.TUnit, "using TUnit.Core;", "[Test]", "_ = TUnit.Assertions.Assert.That(1).IsEqualTo(1)", "Test")]
    public async Task AddsTheFrameworksTestAttribute(StubLibrary framework, string usingDirective, string testAttribute, string assertion, string addedAttribute)
    {
        var source = $$"""
            {{usingDirective}}

            public class CalculatorTests
            {
                {{testAttribute}}
                public void Adds() => {{assertion}};

                // Subtracting is adding the opposite.
                public void [|Subtracts|]()
                {
                    {{assertion}};
                }
            }
            """;
        var fixedSource = $$"""
            {{usingDirective}}

            public class CalculatorTests
            {
                {{testAttribute}}
                public void Adds() => {{assertion}};

                // Subtracting is adding the opposite.
                [{{addedAttribute}}]
                public void Subtracts()
                {
                    {{assertion}};
                }
            }
            """;

        await Verify.VerifyAsync(source, fixedSource, framework);
    }

    [Test]
    public async Task AddsTheAttributeBeforeOtherAttributesAndItsUsingDirectiveWhenMissing()
    {
        const string source = """
            public class CalculatorTests
            {
                [NUnit.Framework.Test]
                public void Adds() => NUnit.Framework.Assert.Pass();

                [System.Obsolete]
                public void [|Subtracts|]() => NUnit.Framework.Assert.Pass();
            }
            """;
        const string fixedSource = """
            using NUnit.Framework;

            public class CalculatorTests
            {
                [NUnit.Framework.Test]
                public void Adds() => NUnit.Framework.Assert.Pass();

                [Test]
                [System.Obsolete]
                public void Subtracts() => NUnit.Framework.Assert.Pass();
            }
            """;

        await Verify.VerifyAsync(source, fixedSource, StubLibrary.NUnit);
    }

    [Test]
    public async Task MakesAnAsyncVoidTestAsyncTask()
    {
        const string source = """
            using NUnit.Framework;

            public class CalculatorTests
            {
                [Test]
                public async void [|Waits|]()
                {
                    await System.Threading.Tasks.Task.Yield();
                    Assert.Pass();
                }
            }
            """;
        const string fixedSource = """
            using System.Threading.Tasks;
            using NUnit.Framework;

            public class CalculatorTests
            {
                [Test]
                public async Task Waits()
                {
                    await System.Threading.Tasks.Task.Yield();
                    Assert.Pass();
                }
            }
            """;

        await Verify.VerifyAsync(source, fixedSource, StubLibrary.NUnit);
    }

    [TestCase("void", "public void")]
    [TestCase("private void", "public void")]
    [TestCase("internal void", "public void")]
    [TestCase("protected internal void", "public void")]
    [TestCase("private protected static void", "public static void")]
    [TestCase("static private void", "public static void")]
    [TestCase("/* keep */ private void", "/* keep */ public void")]
    public async Task MakesANonPublicNUnitTestPublic(string modifiers, string fixedModifiers)
    {
        var source = $$"""
            using NUnit.Framework;

            public class CalculatorTests
            {
                [Test]
                {{modifiers}} [|Hidden|]() => Assert.Pass();
            }
            """;
        var fixedSource = $$"""
            using NUnit.Framework;

            public class CalculatorTests
            {
                [Test]
                {{fixedModifiers}} Hidden() => Assert.Pass();
            }
            """;

        await Verify.VerifyAsync(source, fixedSource, StubLibrary.NUnit);
    }

    [TestCase("public static void", "public void")]
    [TestCase("static public void", "public void")]
    public async Task MakesAStaticMSTestTestAnInstanceMethod(string modifiers, string fixedModifiers)
    {
        var source = $$"""
            using Microsoft.VisualStudio.TestTools.UnitTesting;

            [TestClass]
            public class CalculatorTests
            {
                [TestMethod]
                {{modifiers}} [|Shared|]() => Assert.IsTrue(true);
            }
            """;
        var fixedSource = $$"""
            using Microsoft.VisualStudio.TestTools.UnitTesting;

            [TestClass]
            public class CalculatorTests
            {
                [TestMethod]
                {{fixedModifiers}} Shared() => Assert.IsTrue(true);
            }
            """;

        await Verify.VerifyAsync(source, fixedSource, StubLibrary.MSTest);
    }

    [Test]
    public async Task OffersNoFixForAGenericTest()
    {
        const string source = """
            using NUnit.Framework;

            public class CalculatorTests
            {
                [Test]
                public void [|Generic|]<T>() => Assert.Pass();
            }
            """;

        await Verify.VerifyAsync(source, source, StubLibrary.NUnit);
    }

    [Test]
    public async Task FixAllMakesEveryTestOfTheDocumentRunnable()
    {
        const string source = """
            using Microsoft.VisualStudio.TestTools.UnitTesting;

            [TestClass]
            public class CalculatorTests
            {
                [TestMethod]
                internal static async void [|[|[|Everything|]|]|]() => await System.Threading.Tasks.Task.Yield();

                [TestMethod]
                private void [|Hidden|]() => Assert.IsTrue(true);

                public void [|Forgotten|]() => Assert.IsTrue(true);
            }
            """;
        const string fixedSource = """
            using System.Threading.Tasks;
            using Microsoft.VisualStudio.TestTools.UnitTesting;

            [TestClass]
            public class CalculatorTests
            {
                [TestMethod]
                public async Task Everything() => await System.Threading.Tasks.Task.Yield();

                [TestMethod]
                public void Hidden() => Assert.IsTrue(true);

                [TestMethod]
                public void Forgotten() => Assert.IsTrue(true);
            }
            """;

        var test = await Verify.CreateTestAsync(source, fixedSource, StubLibrary.MSTest);
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }

    [Test]
    public async Task KeepsWindowsLineEndings()
    {
        var source = "using NUnit.Framework;\r\n\r\npublic class CalculatorTests\r\n{\r\n    [Test]\r\n    public void Adds() => Assert.Pass();\r\n\r\n    public void [|Subtracts|]() => Assert.Pass();\r\n}\r\n";
        var fixedSource = "using NUnit.Framework;\r\n\r\npublic class CalculatorTests\r\n{\r\n    [Test]\r\n    public void Adds() => Assert.Pass();\r\n\r\n    [Test]\r\n    public void Subtracts() => Assert.Pass();\r\n}\r\n";

        await Verify.VerifyAsync(source, fixedSource, StubLibrary.NUnit);
    }
}
