using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using NUnit.Framework;
using TddGuard.Analyzers.Tdd;
using TddGuard.Analyzers.Tests.Verifiers;
using static TddGuard.Analyzers.Tests.Tdd.UntestedCodeRuns;
using Verify = TddGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<TddGuard.Analyzers.Tdd.UntestedCodeAnalyzer>;

namespace TddGuard.Analyzers.Tests.Tdd;

[TestFixture]
[Property("Todo", "T02")]
public sealed class UntestedCodeAnalyzerTests
{
    [Test]
    public async Task ReportsAPublicMethodThatNoTestReferences()
    {
        const string production = """
            public class Calculator
            {
                public int Add(int a, int b) => a + b;

                public int {|#0:Subtract|}(int a, int b)
                {
                    return a - b;
                }
            }
            """;
        const string tests = """
            public class CalculatorTests
            {
                public void AddsTwoNumbers() => Check(new Calculator().Add(1, 2) == 3);
                private static void Check(bool condition) { }
            }
            """;

        await RunAsync(production, [tests], Untested(0, "Calculator.Subtract", NothingCalls));
    }

    [Test]
    public async Task ReportsATypeThatNoTestReferencesOnceAndNotItsMembers()
    {
        const string production = """
            public class Calculator
            {
                public int Add(int a, int b) => a + b;
            }

            public sealed class {|#0:Ledger|}
            {
                private int _total;

                public void Book(int amount) => _total += amount;

                public int Total => _total;
            }
            """;
        const string tests = "public class CalculatorTests { public void Adds() => new Calculator().Add(1, 2); }";

        await RunAsync(production, [tests], UntestedType(0, "Ledger", NothingUses));
    }

    [Test]
    public async Task IgnoresWhatCannotHoldUntestedLogic()
    {
        const string production = """
            using System;

            public class Order
            {
                public Order() { }

                public string Name { get; set; } = "";
                public int Quantity { get; init; }
                public abstract class Rule { public abstract bool Applies(Order order); }
                internal int Hidden() => 1;
                private int Secret() => 2;
                private protected int Shared() => 3;
                public override string ToString() => Name;
            }

            public interface IOrderStore { void Save(Order order); }
            public enum Status { Open, Closed }
            public delegate void Changed(Order order);
            internal sealed class Helper { public int Work() => 1; }
            public record Line(string Product, int Quantity);
            public static class Empty { }
            """;
        const string tests = "public class OrderTests { public void Names() { var order = new Order { Name = \"a\" }; _ = order.ToString(); } }";

        await RunAsync(production, [tests]);
    }

    [Test]
    public async Task ReportsPropertiesWithLogicButNotAutoProperties()
    {
        const string production = """
            public class Account
            {
                private decimal _balance;

                public string Owner { get; set; } = "";

                public decimal {|#0:Balance|}
                {
                    get => _balance;
                    set => _balance = value < 0 ? 0 : value;
                }

                public bool {|#1:IsEmpty|} => _balance == 0;

                public int {|#2:this|}[int index] => index;
            }
            """;
        const string tests = "public class AccountTests { public void Owns() => _ = new Account { Owner = \"me\" }; }";

        await RunAsync(production, [tests], Untested(0, "Account.Balance", NothingCalls), Untested(1, "Account.IsEmpty", NothingCalls), Untested(2, "Account.this[]"));
    }

    [Test]
    public async Task ReportsAConstructorWithLogicWhenTestsNeverCreateTheType()
    {
        const string production = """
            public class Clock
            {
                private readonly int _offset;

                public {|#0:Clock|}(int offset)
                {
                    _offset = offset;
                }

                public static int Zero() => 0;
            }
            """;
        const string tests = "public class ClockTests { public void Zero() => _ = Clock.Zero(); }";

        await RunAsync(production, [tests], Untested(0, "Clock.Clock", NothingCalls));
    }

    [TestCase("_ = new Clock(1);")]
    [TestCase("Clock clock = new(1);")]
    [TestCase("var clocks = new Clock[] { new(1) };")]
    public async Task CountsAConstructorAsReferencedWhenTestsMayCreateTheType(string creation)
    {
        const string production = """
            public class Clock
            {
                private readonly int _offset;

                public Clock(int offset)
                {
                    _offset = offset;
                }

                public static int Zero() => 0;
            }
            """;
        var tests = $"public class ClockTests {{ public void Zero() {{ _ = Clock.Zero(); {creation} }} }}";

        await RunAsync(production, [tests]);
    }

    [TestCase("calculator.Add(1, 2);")]
    [TestCase("_ = nameof(Calculator.Add);")]
    [TestCase("System.Func<int, int, int> add = calculator.Add;")]
    public async Task CountsEveryKindOfReferenceAndEveryOverload(string use)
    {
        const string production = """
            public class Calculator
            {
                public int Add(int a, int b) => a + b;
                public double Add(double a, double b) => a + b;
            }
            """;
        var tests = $"public class CalculatorTests {{ public void Adds() {{ var calculator = new Calculator(); {use} }} }}";

        await RunAsync(production, [tests]);
    }

    [Test]
    public async Task CountsMembersReachedThroughADerivedTypeOrAnInterface()
    {
        const string production = """
            public interface IGreeter { string Greet(string name); }

            public abstract class GreeterBase : IGreeter
            {
                public string Greet(string name) => Prefix() + name;

                protected virtual string Prefix() => "Hello ";
            }

            public sealed class FriendlyGreeter : GreeterBase
            {
                protected override string Prefix() => "Hi ";
            }
            """;
        const string tests = "public class GreeterTests { public void Greets() { IGreeter greeter = new FriendlyGreeter(); _ = greeter.Greet(\"Ann\"); _ = nameof(GreeterBase.Prefix); } }";

        await RunAsync(production, [tests]);
    }

    [Test]
    public async Task CountsExtensionMethodsByName()
    {
        const string production = """
            public static class TextExtensions
            {
                public static string Shout(this string text) => text.ToUpperInvariant() + "!";
                public static string {|#0:Whisper|}(this string text) => text.ToLowerInvariant();
            }
            """;
        const string tests = "public class TextTests { public void Shouts() => _ = \"hi\".Shout(); }";

        await RunAsync(production, [tests], Untested(0, "TextExtensions.Whisper", NothingCalls));
    }

    [TestCase("using NUnit.Framework; public class CalculatorTests { [Test] public void Adds() => Assert.That(new Calculator().Add(1, 2), Is.EqualTo(3)); }")]
    [TestCase("using Xunit; public class CalculatorTests { [Fact] public void Adds() => Assert.Equal(3, new Calculator().Add(1, 2)); }")]
    [TestCase("using Microsoft.VisualStudio.TestTools.UnitTesting; [TestClass] public class CalculatorTests { [TestMethod] public void Adds() => Assert.AreEqual(3, new Calculator().Add(1, 2)); }")]
    public async Task ReadsTestsOfEveryFramework(string tests)
    {
        const string production = """
            public class Calculator
            {
                public int Add(int a, int b) => a + b;

                public int {|#0:Subtract|}(int a, int b) => a - b;
            }
            """;

        await RunAsync(production, [tests], Untested(0, "Calculator.Subtract", NothingCalls));
    }

    [Test]
    public async Task CountsWhatItsFrameworkCallsAsReachedThroughTheType()
    {
        const string production = """
            public interface IPriced { decimal Price(); }

            public sealed class Money : System.IComparable<Money>, IPriced
            {
                public Money(int amount) { Amount = amount; }

                public int Amount { get; }

                public int CompareTo(Money other) => Amount.CompareTo(other.Amount);

                public override string ToString() => Amount.ToString();

                public decimal {|#0:Price|}() => Amount;

                public int {|#1:Double|}() => Amount * 2;
            }
            """;
        const string tests = "public class MoneyTests { public void Sorts() => _ = System.Linq.Enumerable.ToList(System.Linq.Enumerable.Order(new[] { new Money(2), new Money(1) })); }";

        await RunAsync(production, [tests], Untested(0, "Money.Price", NothingCalls), Untested(1, "Money.Double", NothingCalls));
    }

    [Test]
    public async Task JudgesGenericTypesAndMethodsByName()
    {
        const string production = """
            public class Repository<TItem>
            {
                private readonly System.Collections.Generic.List<TItem> _items = new();

                public TItem Get(int index) => _items[index];

                public void {|#0:Put|}(TItem item) => _items.Add(item);

                public TResult Map<TResult>(int index, System.Func<TItem, TResult> map) => map(_items[index]);
            }
            """;
        const string tests = "public class RepositoryTests { public void Gets() { var repository = new Repository<string>(); _ = repository.Get(0); _ = repository.Map<int>(0, text => text.Length); } }";

        await RunAsync(production, [tests], Untested(0, "Repository.Put", NothingCalls));
    }

    [Test]
    public async Task JudgesStaticClassesByTheirMembers()
    {
        const string production = """
            public static class Prices
            {
                public static decimal WithTax(decimal net) => net * 1.2m;

                public static decimal {|#0:WithoutTax|}(decimal gross) => gross / 1.2m;
            }
            """;
        const string tests = "public class PricesTests { public void Taxes() => _ = Prices.WithTax(10m); }";

        await RunAsync(production, [tests], Untested(0, "Prices.WithoutTax", NothingCalls));
    }

    [Test]
    public async Task LeavesInternalTypesAloneEvenWhenTestsCanSeeThem()
    {
        const string production = """
            [assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Shop.Tests")]

            internal sealed class Ledger
            {
                private int _total;

                public void Book(int amount) => _total += amount;
            }

            public class Shop
            {
                internal int Stock() { return 1; }
            }
            """;
        const string tests = "public class ShopTests { public void Opens() => _ = new Shop(); }";

        await RunAsync(production, [tests]);
    }

    [Test]
    public async Task JudgesPartialTypesRecordsAndPrimaryConstructorsAsAWhole()
    {
        const string production = """
            public partial class Basket
            {
                public int Count() => 1;
            }

            public partial class Basket
            {
                public int {|#0:Clear|}() => 0;
            }

            public record Money(decimal Amount, string Currency)
            {
                public Money {|#1:Add|}(Money other) => this with { Amount = Amount + other.Amount };
            }

            public class Service(Basket basket)
            {
                public int Run() => basket.Count();
            }
            """;
        const string tests = """
            public class BasketTests
            {
                public void Counts() => _ = new Service(new Basket()).Run() + new Basket().Count();
                public void Money() => _ = new Money(1, "EUR").Amount;
            }
            """;

        await RunAsync(production, [tests], Untested(0, "Basket.Clear", NothingCalls), Untested(1, "Money.Add", NothingCalls));
    }

    [Test]
    public async Task ReadsEveryTestSourceFile()
    {
        const string production = """
            public class Calculator
            {
                public int Add(int a, int b) => a + b;
                public int Subtract(int a, int b) => a - b;
            }
            """;

        await RunAsync(
            production,
            ["public class AddTests { public void Adds() => _ = new Calculator().Add(1, 2); }", "public class SubtractTests { public void Subtracts() => _ = new Calculator().Subtract(2, 1); }"]);
    }

    [Test]
    public async Task OtherAdditionalFilesAreNotTests()
    {
        const string production = """
            public class {|#0:Calculator|}
            {
                public int Add(int a, int b) => a + b;
            }
            """;
        var test = CreateTest(production, ["public class OtherTests { }"]);
        test.TestState.AdditionalFiles.Add(("/docs/Calculator.md", "Calculator.Add adds."));
        test.TestState.AdditionalFiles.Add(("/src/Notes.cs", "class Notes { void M() => new Calculator().Add(1, 2); }"));
        test.ExpectedDiagnostics.Add(UntestedType(0, "Calculator", NothingUses));

        await test.RunAsync();
    }

    [Test]
    public async Task ReportsOnceThatAProjectWithoutTestSourcesCannotBeJudged()
    {
        var test = Verify.CreateTest("public class Calculator { public int Add(int a, int b) => a + b; }");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("TG1000", DiagnosticSeverity.Info).WithArguments("TestProject"));

        await test.RunAsync();
    }

    [TestCase("build_property.TddGuardIsTestProject = true")]
    [TestCase("build_property.tddguardistestproject = true")]
    public async Task SaysNothingInATestProject(string property)
    {
        var test = CreateTest("public class Calculator { public int Add(int a, int b) => a + b; }", []);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\n{property}\n"));

        await test.RunAsync();
    }

    [Test]
    public async Task SkipsGeneratedCode()
    {
        const string production = "// <auto-generated/>\npublic class Generated { public int Work() => 1; }";

        await RunAsync(production, ["public class NoTests { }"]);
    }

    [Test]
    public async Task TopLevelStatementsAndLocalFunctionsAreNotMembers()
    {
        var test = CreateTest(
            """
            System.Console.WriteLine(Twice(2));
            static int Twice(int value) => value * 2;
            """,
            ["public class ProgramTests { }"]);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;

        await test.RunAsync();
    }

    [TestCase("public class CalculatorTests { public void Adds() => new Calculator().Add(1, ")]
    [TestCase("}}}} class { void")]
    [TestCase("")]
    public async Task NeverThrowsOnBrokenTestSources(string brokenTests)
    {
        await RunAsync("public class Calculator { public int Add(int a, int b) => a + b; }", [brokenTests, "class T { void M() => new Calculator().Add(1, 2); }"]);
    }

    [TestCase("public class Calculator { public int Add(int a, int b) => a + ")]
    [TestCase("public class Calculator { public int this[")]
    [TestCase("public partial class { public Calculator(")]
    public async Task NeverThrowsOnHalfTypedProductionCode(string source)
    {
        var run = await AnalyzerRunner.RunAsync(source, new UntestedCodeAnalyzer());

        Assert.That(run.Exceptions, Is.Empty);
    }

    [TestCase("TG1000")]
    [TestCase("TG1001")]
    [TestCase("TG1002")]
    public void DescriptorLinksToItsRulePage(string id)
    {
        var descriptor = System.Linq.Enumerable.Single(new UntestedCodeAnalyzer().SupportedDiagnostics, rule => rule.Id == id);

        Assert.That(descriptor.HelpLinkUri, Does.EndWith($"docs/rules/{id}.md"));
    }
}
