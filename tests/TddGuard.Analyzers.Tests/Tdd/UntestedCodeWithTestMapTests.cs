using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using NUnit.Framework;
using TddGuard.Analyzers.Tdd;
using TddGuard.Analyzers.Tests.Verifiers;
using static TddGuard.Analyzers.Tests.Tdd.UntestedCodeRuns;
using Verify = TddGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<TddGuard.Analyzers.Tdd.UntestedCodeAnalyzer>;

namespace TddGuard.Analyzers.Tests.Tdd;

/// <summary>
/// TG1001/TG1002 decided from a semantic test map (<c>tddguard.testmap</c>: the documentation-comment IDs of the
/// production symbols the test projects bind to, written by <c>tddguard check</c>) instead of the test sources' names.
/// </summary>
[TestFixture]
[Property("Todo", "C06")]
public sealed class UntestedCodeWithTestMapTests
{
    private const string MapPath = "/obj/tddguard.testmap";

    [Test]
    public async Task ReportsAnOverloadThatNoTestCalls()
    {
        const string production = """
            public class Calculator
            {
                public int Add(int a, int b) => a + b;

                public string {|#0:Add|}(string a, string b) => a + b;
            }
            """;
        const string map = """
            T:Calculator
            M:Calculator.Add(System.Int32,System.Int32)
            """;

        await RunAsync(production, map, Untested(0, "Calculator.Add", NothingCalls));
    }

    [Test]
    public async Task ReportsAMemberThatOnlySharesItsNameWithACalledOne()
    {
        const string production = """
            public class Cart
            {
                public void Add(int item) { }
            }

            public class Ledger
            {
                public void {|#0:Add|}(int amount) { }

                public int Total() => 0;
            }
            """;
        const string map = """
            M:Cart.Add(System.Int32)
            M:Ledger.Total
            """;

        await RunAsync(production, map, Untested(0, "Ledger.Add", NothingCalls));
    }

    [Test]
    public async Task ReportsATypeTheMapDoesNotReachOnce()
    {
        const string production = """
            public class Calculator
            {
                public int Add(int a, int b) => a + b;
            }

            public sealed class {|#0:Ledger|}
            {
                public void Book(int amount) { }
            }
            """;

        await RunAsync(production, "M:Calculator.Add(System.Int32,System.Int32)", UntestedType(0, "Ledger", NothingUses));
    }

    [Test]
    public async Task ConstructorsIndexersAndOperatorsAreMatchedBySignature()
    {
        const string production = """
            public readonly struct Money
            {
                private readonly int _cents;

                public Money(int cents) { _cents = cents; }

                public {|#0:Money|}(int units, int cents) { _cents = units * 100 + cents; }

                public int this[int index] => _cents;

                public int {|#1:this|}[string name] => _cents;

                public static Money operator +(Money left, Money right) => new Money(left._cents + right._cents);

                public static Money operator {|#2:-|}(Money left, Money right) => new Money(left._cents - right._cents);
            }
            """;
        const string map = """
            T:Money
            M:Money.#ctor(System.Int32)
            P:Money.Item(System.Int32)
            M:Money.op_Addition(Money,Money)
            """;

        await RunAsync(
            production,
            map,
            Untested(0, "Money.Money", NothingCalls),
            Untested(1, "Money.this[]"),
            Untested(2, "Money.op_Subtraction"));
    }

    [Test]
    public async Task AnOverrideOrImplementationRunsWhenTheTestsCallWhatItOverridesOrImplements()
    {
        const string production = """
            public interface IShape
            {
                double Area();
            }

            public class Square : IShape
            {
                public double Area() => 4;

                public double {|#0:Perimeter|}() => 8;
            }

            public abstract class Animal
            {
                public virtual string Sound() => "...";
            }

            public sealed class Dog : Animal
            {
                public override string Sound() => "Woof";
            }
            """;
        const string map = """
            M:IShape.Area
            T:Square
            M:Animal.Sound
            T:Dog
            """;

        await RunAsync(production, map, Untested(0, "Square.Perimeter", NothingCalls));
    }

    [Test]
    public async Task ABaseTypeIsReachedThroughTheDerivedTypeTheTestsUse()
    {
        const string production = """
            public abstract class Shape
            {
                public double Scale(double factor) => factor;

                public string {|#0:Describe|}() => "shape";
            }

            public sealed class Circle : Shape
            {
            }
            """;
        const string map = """
            T:Circle
            M:Shape.Scale(System.Double)
            """;

        await RunAsync(production, map, Untested(0, "Shape.Describe", NothingCalls));
    }

    [Test]
    public async Task AnExtensionMethodTheTestsCallReachesItsStaticClass()
    {
        const string production = """
            public static class Text
            {
                public static string Shout(this string value) => value.ToUpperInvariant();

                public static string {|#0:Whisper|}(this string value) => value.ToLowerInvariant();
            }
            """;

        await RunAsync(production, "M:Text.Shout(System.String)", Untested(0, "Text.Whisper", NothingCalls));
    }

    [Test]
    public async Task GenericMembersAreMatchedByTheirDefinitions()
    {
        const string production = """
            public class Repository<T>
            {
                public T Find<TKey>(TKey key) => default!;

                public void {|#0:Save|}(T item) { }
            }
            """;

        await RunAsync(production, "M:Repository`1.Find``1(``0)", Untested(0, "Repository.Save", NothingCalls));
    }

    [Test]
    public async Task TheMapOverridesTheTestSourcesNames()
    {
        const string production = """
            public class Calculator
            {
                public int Add(int a, int b) => a + b;

                public int {|#0:Subtract|}(int a, int b) => a - b;
            }
            """;
        var test = CreateTest(production, "M:Calculator.Add(System.Int32,System.Int32)");
        test.TestState.AdditionalFiles.Add(("/tests/CalculatorTests.cs", "class CalculatorTests { void M() => new Calculator().Subtract(2, 1); }"));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[/tests/**.cs]\nbuild_metadata.AdditionalFiles.TddGuardTestSource = true\n"));
        test.ExpectedDiagnostics.Add(Untested(0, "Calculator.Subtract", NothingCalls));

        await test.RunAsync();
    }

    [TestCase("")]
    [TestCase("# written by tddguard check\n\n   \n")]
    [TestCase("not an id\nM:\nT:No.Such.Type\nM:Calculator.Add(\n\0\u00ff")]
    public async Task AMapThatNamesNothingUsableLeavesEveryTypeUntested(string map)
    {
        const string production = """
            public class {|#0:Calculator|}
            {
                public int Add(int a, int b) => a + b;
            }
            """;

        await RunAsync(production, map, UntestedType(0, "Calculator", NothingUses));
    }

    [TestCase("public class Calculator { public int Add(int a, int b) => a + ", "M:Calculator.Add(System.Int32,System.Int32)")]
    [TestCase("public class Calculator { public int this[", "P:Calculator.Item(System.Int32)")]
    [TestCase("public partial class { public Calculator(", "M:Calculator.#ctor")]
    [TestCase("public class Repository<T> : Repository<T> { public void Save(T item) { } }", "T:Repository`1")]
    public async Task NeverThrowsOnHalfTypedProductionCodeWithAMap(string source, string map)
    {
        var run = await AnalyzerRunner.RunWithAdditionalFilesAsync(source, new UntestedCodeAnalyzer(), (MapPath, map));

        Assert.That(run.Exceptions, Is.Empty);
    }

    [TestCase("", false)]
    [TestCase("# tddguard:reached\n", true)]
    [Property("Todo", "R03")]
    public async Task AMapOfEverythingReachedIsTakenAsTheReachWithoutSearchingAgain(string header, bool complete)
    {
        const string production = """
            public class Shop
            {
                public int Checkout(Cart cart) => cart.Add(1);
            }

            public class {|#0:Cart|}
            {
                public int Add(int item) => item;
            }
            """;
        var map = header + "T:Shop\nM:Shop.Checkout(Cart)\nM:Shop.#ctor";

        // A complete map says that nothing of Cart is reached or in use, though Checkout calls Add: it is not searched again.
        await RunAsync(production, map, complete ? [UntestedType(0, "Cart", NothingUses)] : []);
    }

    private static Task RunAsync(string production, string map, params DiagnosticResult[] expected) =>
        RunWithMapAsync(production, map, expected);

    private static CSharpAnalyzerTest<UntestedCodeAnalyzer, DefaultVerifier> CreateTest(string production, string map)
    {
        var test = Verify.CreateTest(production);
        test.TestState.AdditionalFiles.Add((MapPath, map));
        return test;
    }
}
