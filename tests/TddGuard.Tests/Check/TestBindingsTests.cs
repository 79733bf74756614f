using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NUnit.Framework;
using TddGuard.Check;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.Check;

/// <summary>What a test project binds to in the production projects, symbol by symbol (the exact test map).</summary>
[TestFixture]
[Property("Todo", "C06")]
public sealed class TestBindingsTests
{
    private const string Production = """
        namespace Shop;

        public class Cart : System.Collections.IEnumerable
        {
            public Cart() { }
            public Cart(int capacity) { }
            public int Add(int item) => item;
            public string Add(string item) => item;
            public int Count { get; set; }
            public int this[int index] => index;
            public static Cart operator +(Cart left, Cart right) => left;
            public static implicit operator int(Cart cart) => 0;
            public T Echo<T>(T value) => value;
            public System.Collections.IEnumerator GetEnumerator() => null!;
        }

        public static class Text
        {
            public static string Shout(this string value) => value;
        }

        public class Unused
        {
            public void Work() { }
        }
        """;

    private static readonly CSharpParseOptions s_latest = new(LanguageVersion.Latest);

    [TestCase("var cart = new Cart(); cart.Add(1);", "M:Shop.Cart.Add(System.Int32)")]
    [TestCase("new Cart(3);", "M:Shop.Cart.#ctor(System.Int32)")]
    [TestCase("Cart cart = new();", "M:Shop.Cart.#ctor")]
    [TestCase("var count = new Cart().Count;", "P:Shop.Cart.Count")]
    [TestCase("new Cart { Count = 2 };", "P:Shop.Cart.Count")]
    [TestCase("var item = new Cart()[0];", "P:Shop.Cart.Item(System.Int32)")]
    [TestCase("var sum = new Cart() + new Cart();", "M:Shop.Cart.op_Addition(Shop.Cart,Shop.Cart)")]
    [TestCase("int count = new Cart();", "M:Shop.Cart.op_Implicit(Shop.Cart)~System.Int32")]
    [TestCase("var echo = new Cart().Echo<string>(\"a\");", "M:Shop.Cart.Echo``1(``0)")]
    [TestCase("var loud = \"a\".Shout();", "M:Shop.Text.Shout(System.String)")]
    [TestCase("var loud = Text.Shout(\"a\");", "T:Shop.Text")]
    [TestCase("System.Func<int, int> add = new Cart().Add;", "M:Shop.Cart.Add(System.Int32)")]
    [TestCase("foreach (var item in new Cart()) { }", "M:Shop.Cart.GetEnumerator")]
    [TestCase("var name = nameof(Cart.Add);", "M:Shop.Cart.Add(System.String)")]
    [TestCase("var type = typeof(Cart);", "T:Shop.Cart")]
    public void BindsWhatTheTestCodeUses(string statements, string expectedId)
    {
        var bindings = Bind(statements);

        Assert.That(bindings.All, Does.Contain(expectedId));
    }

    [Test]
    public void AnOverloadTheTestsDoNotCallIsNotBound()
    {
        var bindings = Bind("new Cart().Add(1);");

        Assert.That(bindings.All, Does.Contain("M:Shop.Cart.Add(System.Int32)").And.Contain("T:Shop.Cart"));
        Assert.That(bindings.All, Does.Not.Contain("M:Shop.Cart.Add(System.String)").And.Not.Contain("T:Shop.Unused"));
    }

    [Test]
    public void OnlyTheProductionAssembliesSymbolsAreBound()
    {
        var bindings = Bind("System.Console.WriteLine(new Cart().Add(1));");

        Assert.That(bindings.All, Has.All.Contains("Shop."));
    }

    [Test]
    public void EachTestTypeKeepsWhatItBindsTo()
    {
        const string tests = """
            namespace Shop.Tests;

            public class CartTests
            {
                public void Adds() => new Shop.Cart().Add(1);
            }

            public class TextTests
            {
                public void Shouts() => Shop.Text.Shout("a");
            }
            """;

        var bindings = TestBindings.Of(Compile(tests), ["Shop"], CancellationToken.None);

        Assert.That(bindings.ByTestType["Shop.Tests.CartTests"], Does.Contain("M:Shop.Cart.Add(System.Int32)").And.Not.Contain("M:Shop.Text.Shout(System.String)"));
        Assert.That(bindings.ByTestType["Shop.Tests.TextTests"], Does.Contain("M:Shop.Text.Shout(System.String)"));
    }

    [TestCase("new Cart().Add(")]
    [TestCase("}}} class { void")]
    [TestCase("new Missing().Add(1);")]
    public void BrokenTestCodeBindsWhatItCanWithoutThrowing(string statements)
    {
        Assert.That(() => Bind(statements), Throws.Nothing);
    }

    private static TestBindings Bind(string statements)
    {
        var tests = $$"""
            using Shop;

            namespace Shop.Tests;

            public class CartTests
            {
                public void Test()
                {
                    {{statements}}
                }
            }
            """;
        return TestBindings.Of(Compile(tests), ["Shop"], CancellationToken.None);
    }

    private static CSharpCompilation Compile(string tests)
    {
        var platform = PlatformAssemblies.References();
        var production = CSharpCompilation.Create(
            "Shop",
            [CSharpSyntaxTree.ParseText(Production, s_latest)],
            platform,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        return CSharpCompilation.Create(
            "Shop.Tests",
            [CSharpSyntaxTree.ParseText(tests, s_latest)],
            [.. platform, production.ToMetadataReference()],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }
}
