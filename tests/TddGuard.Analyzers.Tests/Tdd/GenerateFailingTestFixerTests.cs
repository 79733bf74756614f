using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NUnit.Framework;
using TddGuard.CodeFixes.Tdd;
using Runner = TddGuard.Analyzers.Tests.Tdd.CrossProjectFixRunner;

namespace TddGuard.Analyzers.Tests.Tdd;

[TestFixture]
[Property("Todo", "T02")]
public sealed class GenerateFailingTestFixerTests
{
    private const string TestProject = "Shop.Tests";
    private const string GeneratedFile = "CalculatorTests.cs";

    private const string Calculator = """
        namespace Shop.Pricing;

        public class Calculator
        {
            public int Add(int a, int b) => a + b;
        }
        """;

    // The analyzer sees a test naming the type, so it reports the member (TG1001), not the type (TG1002).
    private const string SeesTheType = "public class SeenTests { public void Sees() { Shop.Pricing.Calculator? calculator = null; } }";
    private const string SeesNothing = "public class SeenTests { }";

    private static readonly string[] s_pricingFolder = ["Pricing"];

    [TestCase(GeneratedFramework.NUnit, "using NUnit.Framework;\nusing Shop.Pricing;", "[TestFixture]\n", "[Test]", "Assert.Fail($\"Write the expectation for {nameof(Calculator)}.{nameof(Calculator.Add)}\");")]
    [TestCase(GeneratedFramework.XunitWithFail, "using Shop.Pricing;\nusing Xunit;", "", "[Fact]", "Assert.Fail($\"Write the expectation for {nameof(Calculator)}.{nameof(Calculator.Add)}\");")]
    [TestCase(GeneratedFramework.XunitWithoutFail, "using Shop.Pricing;\nusing Xunit;", "", "[Fact]", "Assert.True(false, $\"Write the expectation for {nameof(Calculator)}.{nameof(Calculator.Add)}\");")]
    [TestCase(GeneratedFramework.MSTest, "using Microsoft.VisualStudio.TestTools.UnitTesting;\nusing Shop.Pricing;", "[TestClass]\n", "[TestMethod]", "Assert.Fail($\"Write the expectation for {nameof(Calculator)}.{nameof(Calculator.Add)}\");")]
    public async Task GeneratesANewTestClassInTheTestProjectsFrameworkMirroringTheFolders(
        GeneratedFramework framework, string usings, string fixtureAttribute, string testAttribute, string failure)
    {
        var expected = $$"""
            {{usings}}

            namespace Shop.Tests.Pricing;

            {{fixtureAttribute}}public class CalculatorTests
            {
                {{testAttribute}}
                public void Add_BehavesAsExpected()
                {
                    // Arrange

                    // Act: exercise Calculator.Add

                    // Assert
                    {{failure}}
                }
            }

            """;
        using var runner = await Runner.CreateAsync(new ProductionDocument(Calculator, s_pricingFolder), SeesTheType, new TestProjectSpec(TestProject, framework, []));

        var fixedSolution = await ApplySingleActionAsync(runner, "Calculator.Add", "Generate failing test");

        var document = Runner.DocumentOf(fixedSolution, TestProject, GeneratedFile);
        Assert.That((await document.GetTextAsync()).ToString(), Is.EqualTo(expected));
        Assert.That(document.Folders, Is.EqualTo(s_pricingFolder));
        Assert.That(document.FilePath, Is.EqualTo($"/tests/{TestProject}/Pricing/{GeneratedFile}"));
    }

    [TestCase(GeneratedFramework.NUnit, "NUnit.Framework", "using NUnit.Framework;\nusing Shop.Pricing;", "[TestFixture]\n    ", "[Test]")]
    [TestCase(GeneratedFramework.XunitWithFail, "Xunit", "using Shop.Pricing;\nusing Xunit;", "", "[Fact]")]
    [TestCase(GeneratedFramework.MSTest, "Microsoft.VisualStudio.TestTools.UnitTesting", "using Microsoft.VisualStudio.TestTools.UnitTesting;\nusing Shop.Pricing;", "[TestClass]\n    ", "[TestMethod]")]
    public async Task AddsTheTestToTheExistingTestClassAndTheMissingUsingDirective(
        GeneratedFramework framework, string frameworkNamespace, string usings, string fixtureAttribute, string testAttribute)
    {
        var existing = $$"""
            using {{frameworkNamespace}};

            namespace Shop.Tests
            {
                {{fixtureAttribute}}public class CalculatorTests
                {
                    {{testAttribute}}
                    public void Subtracts() => Assert.Fail("to do");
                }
            }
            """;
        var expected = $$"""
            {{usings}}

            namespace Shop.Tests
            {
                {{fixtureAttribute}}public class CalculatorTests
                {
                    {{testAttribute}}
                    public void Subtracts() => Assert.Fail("to do");

                    {{testAttribute}}
                    public void Add_BehavesAsExpected()
                    {
                        // Arrange

                        // Act: exercise Calculator.Add

                        // Assert
                        Assert.Fail($"Write the expectation for {nameof(Calculator)}.{nameof(Calculator.Add)}");
                    }
                }
            }
            """;
        using var runner = await Runner.CreateAsync(
            new ProductionDocument(Calculator, s_pricingFolder),
            SeesTheType,
            new TestProjectSpec(TestProject, framework, [("Arithmetic/CalculatorTests.cs", existing)]));

        var fixedSolution = await ApplySingleActionAsync(runner, "Calculator.Add", "Generate failing test");

        Assert.That(await Runner.TextOfAsync(fixedSolution, TestProject, GeneratedFile), Is.EqualTo(expected));
        Assert.That(fixedSolution.Projects.Single(project => project.Name == TestProject).Documents.Count(), Is.EqualTo(1));
    }

    [TestCase(GeneratedFramework.None, true)]
    [TestCase(GeneratedFramework.NUnit, false)]
    public async Task OffersNothingWithoutATestProjectThatReferencesTheProductionProject(GeneratedFramework framework, bool referencesProduction)
    {
        using var runner = await Runner.CreateAsync(
            new ProductionDocument(Calculator, s_pricingFolder),
            SeesTheType,
            new TestProjectSpec(TestProject, framework, [], referencesProduction));

        var actions = await runner.ActionsAsync(new GenerateFailingTestFixer(), await runner.DiagnosticAsync("Calculator.Add"));

        Assert.That(actions, Is.Empty);
    }

    [Test]
    public async Task OffersOneActionPerTestProjectNamingIt()
    {
        using var runner = await Runner.CreateAsync(
            new ProductionDocument(Calculator, s_pricingFolder),
            SeesTheType,
            new TestProjectSpec("Shop.UnitTests", GeneratedFramework.NUnit, []),
            new TestProjectSpec("Shop.IntegrationTests", GeneratedFramework.XunitWithFail, []));

        var actions = await runner.ActionsAsync(new GenerateFailingTestFixer(), await runner.DiagnosticAsync("Calculator.Add"));
        var fixedSolution = await Runner.ApplyAsync(actions[1]);

        Assert.That(string.Join(", ", actions.Select(action => action.Title)), Is.EqualTo("Generate failing test in Shop.UnitTests, Generate failing test in Shop.IntegrationTests"));
        Assert.That(await Runner.TextOfAsync(fixedSolution, "Shop.IntegrationTests", GeneratedFile), Does.Contain("[Fact]"));
        Assert.That(fixedSolution.Projects.Single(project => project.Name == "Shop.UnitTests").Documents, Is.Empty);
    }

    [Test]
    public async Task NeverOverwritesAFileThatHoldsAnotherClass()
    {
        const string unrelated = "public class CalculatorFacts { }\n";
        using var runner = await Runner.CreateAsync(
            new ProductionDocument(Calculator, s_pricingFolder),
            SeesTheType,
            new TestProjectSpec(TestProject, GeneratedFramework.NUnit, [("Pricing/CalculatorTests.cs", unrelated)]));

        var fixedSolution = await ApplySingleActionAsync(runner, "Calculator.Add", "Generate failing test");

        Assert.That(await Runner.TextOfAsync(fixedSolution, TestProject, GeneratedFile), Is.EqualTo(unrelated));
        Assert.That(Runner.DocumentOf(fixedSolution, TestProject, "CalculatorTests2.cs").FilePath, Is.EqualTo($"/tests/{TestProject}/Pricing/CalculatorTests2.cs"));
        Assert.That(await TestNamesAsync(fixedSolution, "CalculatorTests2.cs"), Is.EqualTo("Add_BehavesAsExpected"));
    }

    [Test]
    public async Task NumbersATestWhoseNameIsTaken()
    {
        const string existing = """
            using NUnit.Framework;
            using Shop.Pricing;

            namespace Shop.Tests.Pricing;

            public class CalculatorTests
            {
                [Test]
                public void Add_BehavesAsExpected() => Assert.Fail("to do");

                [Test]
                public void Add_BehavesAsExpected2() => Assert.Fail("to do");
            }
            """;
        using var runner = await Runner.CreateAsync(
            new ProductionDocument(Calculator, s_pricingFolder),
            SeesTheType,
            new TestProjectSpec(TestProject, GeneratedFramework.NUnit, [("Pricing/CalculatorTests.cs", existing)]));

        var fixedSolution = await ApplySingleActionAsync(runner, "Calculator.Add", "Generate failing test");

        Assert.That(await TestNamesAsync(fixedSolution), Is.EqualTo("Add_BehavesAsExpected, Add_BehavesAsExpected2, Add_BehavesAsExpected3"));
    }

    [TestCase("public System.Threading.Tasks.Task<int> LoadAsync() => System.Threading.Tasks.Task.FromResult(1);", "Calculator.LoadAsync", "LoadAsync_BehavesAsExpected", "public async Task LoadAsync_BehavesAsExpected()")]
    [TestCase("public System.Threading.Tasks.ValueTask SaveAsync() => default;", "Calculator.SaveAsync", "SaveAsync_BehavesAsExpected", "public async Task SaveAsync_BehavesAsExpected()")]
    [TestCase("public Calculator(int seed) { _ = seed; }", "Calculator.Calculator", "Constructor_BehavesAsExpected", "$\"Write the expectation for {nameof(Calculator)}.{nameof(Calculator)}\"")]
    [TestCase("public int Total { get => 1; set { } }", "Calculator.Total", "Total_BehavesAsExpected", "$\"Write the expectation for {nameof(Calculator)}.{nameof(Calculator.Total)}\"")]
    [TestCase("public int this[int index] => index;", "Calculator.this[]", "Indexer_BehavesAsExpected", "$\"Write the expectation for {nameof(Calculator)}.this[]\"")]
    [TestCase("public static int Twice(int value) => value * 2;", "Calculator.Twice", "Twice_BehavesAsExpected", "$\"Write the expectation for {nameof(Calculator)}.{nameof(Calculator.Twice)}\"")]
    [TestCase("public TValue Echo<TValue>(TValue value) => value;", "Calculator.Echo", "Echo_BehavesAsExpected", "$\"Write the expectation for {nameof(Calculator)}.{nameof(Calculator.Echo)}\"")]
    [TestCase("protected int Half(int value) => value / 2;", "Calculator.Half", "Half_BehavesAsExpected", "$\"Write the expectation for {nameof(Calculator)}.Half\"")]
    public async Task NamesTheTestAfterTheKindOfMember(string member, string reported, string testName, string expectedText)
    {
        var production = $$"""
            namespace Shop.Pricing;

            public class Calculator
            {
                public Calculator() { }

                {{member}}
            }
            """;
        using var runner = await Runner.CreateAsync(new ProductionDocument(production, s_pricingFolder), SeesTheType, new TestProjectSpec(TestProject, GeneratedFramework.NUnit, []));

        var fixedSolution = await ApplySingleActionAsync(runner, reported, "Generate failing test");

        Assert.That(await TestNamesAsync(fixedSolution), Is.EqualTo(testName));
        Assert.That(await Runner.TextOfAsync(fixedSolution, TestProject, GeneratedFile), Does.Contain(expectedText));
    }

    [Test]
    public async Task NamesGenericTypesAndExtensionMethodsPlainly()
    {
        const string production = """
            namespace Shop.Pricing;

            public class Repository<TItem>
            {
                public int Count(TItem item) => 1;
            }

            public static class Prices
            {
                public static decimal Discounted(this decimal price) => price * 0.9m;
            }
            """;
        using var runner = await Runner.CreateAsync(new ProductionDocument(production, s_pricingFolder), SeesNothing, new TestProjectSpec(TestProject, GeneratedFramework.NUnit, []));
        var fixer = new GenerateFailingTestFixer();

        var repository = await Runner.ApplyAsync((await runner.ActionsAsync(fixer, await runner.DiagnosticAsync("Repository"))).Single());
        var prices = await Runner.ApplyAsync((await runner.ActionsAsync(fixer, await runner.DiagnosticAsync("Prices"))).Single());

        Assert.That(await Runner.TextOfAsync(repository, TestProject, "RepositoryTests.cs"), Does.Contain("public void Repository_BehavesAsExpected()").And.Contain("$\"Write the expectation for {nameof(Repository<object>)}\""));
        Assert.That(await Runner.TextOfAsync(prices, TestProject, "PricesTests.cs"), Does.Contain("public void Prices_BehavesAsExpected()").And.Contain("$\"Write the expectation for {nameof(Prices)}\""));
    }

    [TestCase("Repository.Count", "RepositoryTests.cs", "{nameof(Repository<object>)}.{nameof(Repository<object>.Count)}")]
    [TestCase("Ordered.First", "OrderedTests.cs", "{nameof(Ordered<int>)}.{nameof(Ordered<int>.First)}")]
    [TestCase("Prices.Discounted", "PricesTests.cs", "{nameof(Prices)}.{nameof(Prices.Discounted)}")]
    [TestCase("Slot.Size", "SlotTests.cs", "{nameof(Shelf.Slot)}.{nameof(Shelf.Slot.Size)}")]
    public async Task NamesMembersOfGenericStaticAndNestedTypesWithNameofThatCompiles(string reported, string fileName, string expectedMessage)
    {
        const string production = """
            namespace Shop.Pricing;

            public class Repository<TItem>
            {
                public int Count(TItem item) => 1;
            }

            public class Ordered<TKey> where TKey : struct
            {
                public TKey First() => default;
            }

            public static class Prices
            {
                public static decimal Discounted(this decimal price) => price * 0.9m;
            }

            public class Shelf
            {
                public class Slot
                {
                    public int Size() => 1;
                }
            }
            """;
        const string seesTheTypes = "public class SeenTests { public void Sees() { _ = typeof(Repository<int>); _ = typeof(Ordered<int>); _ = typeof(Prices); _ = typeof(Shelf.Slot); } }";
        using var runner = await Runner.CreateAsync(new ProductionDocument(production, s_pricingFolder), seesTheTypes, new TestProjectSpec(TestProject, GeneratedFramework.NUnit, []));

        var fixedSolution = await ApplySingleActionAsync(runner, reported, "Generate failing test");

        Assert.That(await Runner.TextOfAsync(fixedSolution, TestProject, fileName), Does.Contain($"Assert.Fail($\"Write the expectation for {expectedMessage}\");"));
    }

    [TestCase("Calculator.Add", "Calculator.Negate")]
    [TestCase("Calculator.Negate", "Calculator.Add")]
    public async Task TheGeneratedTestReferencesItsMemberSoTheMemberIsNoLongerReported(string reported, string stillReported)
    {
        const string production = """
            namespace Shop.Pricing;

            public class Calculator
            {
                public int Add(int a, int b) => a + b;
                public int Negate(int a) => -a;
            }
            """;
        using var runner = await Runner.CreateAsync(new ProductionDocument(production, s_pricingFolder), SeesTheType, new TestProjectSpec(TestProject, GeneratedFramework.NUnit, []));

        var fixedSolution = await ApplySingleActionAsync(runner, reported, "Generate failing test");
        var findings = await runner.DiagnosticsAsync(await Runner.TextOfAsync(fixedSolution, TestProject, GeneratedFile));

        Assert.That(findings.Select(finding => finding.GetMessage(System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(new[] { $"No test reaches '{stillReported}' (nothing calls it: dead or new code): write a failing test that drives it before (or instead of) this implementation" }));
    }

    [Test]
    public async Task TheGeneratedFixtureReachesItsTypeSoOnlyItsMembersAreReported()
    {
        const string production = """
            namespace Shop.Pricing;

            public sealed class Ledger
            {
                private int _total;

                public void Book(int amount) => _total += amount;
            }
            """;
        using var runner = await Runner.CreateAsync(new ProductionDocument(production, s_pricingFolder), SeesNothing, new TestProjectSpec(TestProject, GeneratedFramework.NUnit, []));

        var fixedSolution = await ApplySingleActionAsync(runner, "Ledger", "Generate failing test fixture");
        var findings = await runner.DiagnosticsAsync(await Runner.TextOfAsync(fixedSolution, TestProject, "LedgerTests.cs"));

        Assert.That(string.Join(", ", findings.Select(finding => finding.Id)), Is.EqualTo("TG1001"));
        Assert.That(findings[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture), Does.Contain("'Ledger.Book'"));
    }

    [Test]
    public async Task GeneratesAFixtureForAnUntestedTypeInABlockNamespaceBeforeCSharp10()
    {
        const string production = """
            namespace Shop.Pricing
            {
                public sealed class Ledger
                {
                    private int _total;

                    public void Book(int amount) => _total += amount;
                }
            }
            """;
        const string expected = """
            using NUnit.Framework;
            using Shop.Pricing;

            namespace Shop.Tests.Pricing
            {
                [TestFixture]
                public class LedgerTests
                {
                    [Test]
                    public void Ledger_BehavesAsExpected()
                    {
                        // Arrange

                        // Act: exercise Ledger

                        // Assert
                        Assert.Fail($"Write the expectation for {nameof(Ledger)}");
                    }
                }
            }

            """;
        using var runner = await Runner.CreateAsync(
            new ProductionDocument(production, s_pricingFolder),
            SeesNothing,
            new TestProjectSpec(TestProject, GeneratedFramework.NUnit, [], LanguageVersion: LanguageVersion.CSharp9));

        var fixedSolution = await ApplySingleActionAsync(runner, "Ledger", "Generate failing test fixture");

        Assert.That(await Runner.TextOfAsync(fixedSolution, TestProject, "LedgerTests.cs"), Is.EqualTo(expected));
    }

    [Test]
    public async Task KeepsTheLineEndingsOfTheTestDocument()
    {
        const string existing = """
            using NUnit.Framework;
            using Shop.Pricing;

            public class CalculatorTests
            {
            }
            """;
        using var runner = await Runner.CreateAsync(
            new ProductionDocument(Calculator, s_pricingFolder, "\r\n"),
            SeesTheType,
            new TestProjectSpec(TestProject, GeneratedFramework.NUnit, [("CalculatorTests.cs", existing)]));

        var fixedSolution = await ApplySingleActionAsync(runner, "Calculator.Add", "Generate failing test");
        var text = await Runner.TextOfAsync(fixedSolution, TestProject, GeneratedFile);

        Assert.That(text, Does.Contain("public void Add_BehavesAsExpected()\r\n    {\r\n        // Arrange\r\n"));
        Assert.That(text.Replace("\r\n", string.Empty), Does.Not.Contain("\n"));
    }

    [Test]
    public async Task AwaitsInTheTestOfAnAsyncMember()
    {
        const string production = """
            namespace Shop.Pricing;

            public class Calculator
            {
                public async System.Threading.Tasks.Task<int> LoadAsync() { await System.Threading.Tasks.Task.Yield(); return 1; }
            }
            """;
        using var runner = await Runner.CreateAsync(new ProductionDocument(production, s_pricingFolder), SeesTheType, new TestProjectSpec(TestProject, GeneratedFramework.XunitWithFail, []));

        var fixedSolution = await ApplySingleActionAsync(runner, "Calculator.LoadAsync", "Generate failing test");
        var text = await Runner.TextOfAsync(fixedSolution, TestProject, GeneratedFile);

        Assert.That(text, Does.StartWith("using System.Threading.Tasks;\nusing Shop.Pricing;\nusing Xunit;\n"));
        Assert.That(text, Does.Contain("public async Task LoadAsync_BehavesAsExpected()").And.Contain("// Act: exercise and await Calculator.LoadAsync\n        await Task.CompletedTask;\n"));
    }

    [Test]
    public async Task AddsUsingDirectivesToAFileWithoutAnyAndOpensAnEmptyOneLineClass()
    {
        const string existing = """
            namespace Shop.Tests.Pricing
            {
                public class CalculatorTests { }
            }
            """;
        const string expected = """
            using NUnit.Framework;
            using Shop.Pricing;

            namespace Shop.Tests.Pricing
            {
                public class CalculatorTests {
                    [Test]
                    public void Add_BehavesAsExpected()
                    {
                        // Arrange

                        // Act: exercise Calculator.Add

                        // Assert
                        Assert.Fail($"Write the expectation for {nameof(Calculator)}.{nameof(Calculator.Add)}");
                    }
                }
            }
            """;
        using var runner = await Runner.CreateAsync(
            new ProductionDocument(Calculator, s_pricingFolder),
            SeesTheType,
            new TestProjectSpec(TestProject, GeneratedFramework.NUnit, [(GeneratedFile, existing)]));

        var fixedSolution = await ApplySingleActionAsync(runner, "Calculator.Add", "Generate failing test");

        Assert.That(await Runner.TextOfAsync(fixedSolution, TestProject, GeneratedFile), Is.EqualTo(expected));
    }

    [Test]
    public async Task LeavesOutTheUsingDirectivesTheTestProjectDeclaresGlobal()
    {
        const string globalUsings = "global using NUnit.Framework;\nglobal using Shop.Pricing;\n";
        using var runner = await Runner.CreateAsync(
            new ProductionDocument(Calculator, s_pricingFolder),
            SeesTheType,
            new TestProjectSpec(TestProject, GeneratedFramework.NUnit, [("GlobalUsings.cs", globalUsings)]));

        var fixedSolution = await ApplySingleActionAsync(runner, "Calculator.Add", "Generate failing test");

        Assert.That(await Runner.TextOfAsync(fixedSolution, TestProject, GeneratedFile), Does.StartWith("namespace Shop.Tests.Pricing;\n\n[TestFixture]\n"));
    }

    [TestCase("", "using NUnit.Framework;\n\nnamespace Shop.Tests;\n")]
    [TestCase("namespace Shop;", "using NUnit.Framework;\n\nnamespace Shop.Tests;\n")]
    [TestCase("namespace Acme.Billing;", "using NUnit.Framework;\n\nnamespace Acme.Billing.Tests;\n")]
    public async Task PlacesTheTestClassInTheTestProjectsRootNamespacePlusTheProductionSuffix(string productionNamespace, string expectedStart)
    {
        var production = Calculator.Replace("namespace Shop.Pricing;", productionNamespace, System.StringComparison.Ordinal);
        using var runner = await Runner.CreateAsync(
            new ProductionDocument(production, []),
            SeesTheType.Replace("Shop.Pricing.", string.Empty, System.StringComparison.Ordinal),
            new TestProjectSpec(TestProject, GeneratedFramework.NUnit, []));

        var fixedSolution = await ApplySingleActionAsync(runner, "Calculator.Add", "Generate failing test");

        Assert.That(await Runner.TextOfAsync(fixedSolution, TestProject, GeneratedFile), Does.StartWith(expectedStart));
    }

    [TestCase(GeneratedFramework.NUnit)]
    [TestCase(GeneratedFramework.XunitWithoutFail)]
    [TestCase(GeneratedFramework.MSTest)]
    public async Task GeneratesTestsThatTddGuardsOwnRulesAccept(GeneratedFramework framework)
    {
        const string production = """
            namespace Shop.Pricing;

            public class Calculator
            {
                public int Add(int a, int b) => a + b;
                public System.Threading.Tasks.Task<int> LoadAsync() => System.Threading.Tasks.Task.FromResult(1);
            }
            """;
        using var runner = await Runner.CreateAsync(new ProductionDocument(production, s_pricingFolder), SeesTheType, new TestProjectSpec(TestProject, framework, []));
        var fixer = new GenerateFailingTestFixer();
        var action = (await runner.ActionsAsync(fixer, await runner.DiagnosticAsync("Calculator.Add"))).Single();

        var fixedSolution = await Runner.ApplyAsync((await runner.FixAllAsync(fixer, action, FixAllScope.Document))!);
        var findings = await Runner.AnalyzeAsync(fixedSolution.Projects.Single(project => project.Name == TestProject));

        Assert.That(findings, Is.Empty);
        Assert.That(await TestNamesAsync(fixedSolution), Is.EqualTo("Add_BehavesAsExpected, LoadAsync_BehavesAsExpected"));
    }

    [Test]
    public async Task FixesAllInOneTestClassPerTypeAndOneTestPerMember()
    {
        const string production = """
            namespace Shop.Pricing;

            public class Calculator
            {
                public int Add(int a, int b) => a + b;
                public double Add(double a, double b) => a + b;
                public int Negate(int a) => -a;
            }

            public sealed class Ledger
            {
                public int Total() => 0;
            }
            """;
        const string existing = """
            using NUnit.Framework;
            using Shop.Pricing;

            namespace Shop.Tests.Pricing;

            public class CalculatorTests
            {
                [Test]
                public void Negate_BehavesAsExpected() => Assert.Fail("to do");
            }
            """;
        using var runner = await Runner.CreateAsync(
            new ProductionDocument(production, s_pricingFolder),
            SeesTheType,
            new TestProjectSpec(TestProject, GeneratedFramework.NUnit, [("Pricing/CalculatorTests.cs", existing)]));
        var fixer = new GenerateFailingTestFixer();
        var action = (await runner.ActionsAsync(fixer, await runner.DiagnosticAsync("Calculator.Negate"))).Single();

        var fixAll = await runner.FixAllAsync(fixer, action, FixAllScope.Project);
        var fixedSolution = await Runner.ApplyAsync(fixAll!);

        Assert.That(await TestNamesAsync(fixedSolution), Is.EqualTo("Negate_BehavesAsExpected, Add_BehavesAsExpected, Add_BehavesAsExpected2, Negate_BehavesAsExpected2"));
        Assert.That(await TestNamesAsync(fixedSolution, "LedgerTests.cs"), Is.EqualTo("Ledger_BehavesAsExpected"));
        Assert.That(fixedSolution.Projects.Single(project => project.Name == TestProject).Documents.Count(), Is.EqualTo(2));
    }

    [TestCase(FixAllScope.Document)]
    [TestCase(FixAllScope.Solution)]
    public async Task FixesAllIntoTheTestProjectOfTheChosenAction(FixAllScope scope)
    {
        const string production = """
            namespace Shop.Pricing;

            public class Calculator
            {
                public int Add(int a, int b) => a + b;
                public int Negate(int a) => -a;
            }
            """;
        using var runner = await Runner.CreateAsync(
            new ProductionDocument(production, s_pricingFolder),
            SeesTheType,
            new TestProjectSpec("Shop.UnitTests", GeneratedFramework.NUnit, []),
            new TestProjectSpec("Shop.IntegrationTests", GeneratedFramework.MSTest, []));
        var fixer = new GenerateFailingTestFixer();
        var actions = await runner.ActionsAsync(fixer, await runner.DiagnosticAsync("Calculator.Add"));

        var fixAll = await runner.FixAllAsync(fixer, actions[1], scope);
        var fixedSolution = await Runner.ApplyAsync(fixAll!);

        Assert.That(fixAll!.Title, Is.EqualTo("Generate failing tests in Shop.IntegrationTests"));
        var root = await Runner.DocumentOf(fixedSolution, "Shop.IntegrationTests", GeneratedFile).GetSyntaxRootAsync();
        Assert.That(string.Join(", ", root!.DescendantNodes().OfType<MethodDeclarationSyntax>().Select(method => method.Identifier.ValueText)), Is.EqualTo("Add_BehavesAsExpected, Negate_BehavesAsExpected"));
        Assert.That(fixedSolution.Projects.Single(project => project.Name == "Shop.UnitTests").Documents, Is.Empty);
    }

    private static async Task<Solution> ApplySingleActionAsync(Runner runner, string reported, string title)
    {
        var actions = await runner.ActionsAsync(new GenerateFailingTestFixer(), await runner.DiagnosticAsync(reported));
        Assert.That(string.Join(", ", actions.Select(action => action.Title)), Is.EqualTo(title));
        return await Runner.ApplyAsync(actions[0]);
    }

    private static async Task<string> TestNamesAsync(Solution solution, string fileName = GeneratedFile)
    {
        var root = await Runner.DocumentOf(solution, TestProject, fileName).GetSyntaxRootAsync();
        return string.Join(", ", root!.DescendantNodes().OfType<MethodDeclarationSyntax>().Select(method => method.Identifier.ValueText));
    }
}
