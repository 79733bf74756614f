using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using NUnit.Framework;
using TddGuard.Verify;

namespace TddGuard.Tests.Verify;

[TestFixture]
[Property("Todo", "C07")]
public sealed class MutantSchemataTests
{
    private const string File = "src/Shop/Shop.cs";

    private const string Source = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;

        namespace Shop;

        public class Base
        {
            protected Base(int seed) { Seed = seed; }
            public int Seed { get; }
        }

        public sealed partial class Cart : Base
        {
            private readonly List<int> _items = new();
            private int _limit;

            public Cart() : this(1) { }
            public Cart(int seed) : base(seed) => _limit = seed;
            static Cart() { }
            ~Cart() { }

            public int Add(int price) { _items.Add(price); return _items.Count; }
            public int Total() => _items.Count == 0 ? 0 : _items[0];
            public void Clear() => _items.Clear();
            public int Fail() => throw new InvalidOperationException("no");
            public async Task WarmAsync() => await Task.Yield();
            public async Task<int> CountAsync() => await Task.FromResult(_items.Count);
            public IEnumerable<int> Items() { foreach (var item in _items) { yield return item; } }
            public ref int First() => ref System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_items)[0];
            public int Limit { get => _limit; set => _limit = value; }
            public int Count => _items.Count;
            public int this[int index] => _items[index];
            public int Auto { get; set; }
            public static Cart operator +(Cart cart, int price) { cart.Add(price); return cart; }
            public static explicit operator int(Cart cart) => cart.Total();
            public abstract class Nested { public abstract void Hook(); public virtual int Depth() { return 1; } }
            public void Local() { int Twice(int x) => x * 2; _ = Twice(1); Func<int> lambda = () => 1; _ = lambda(); }
            partial void Noop();
        }

        public interface IShop { int Default() => 1; void Abstract(); }
        """;

    private static readonly string[] s_expectedIds =
    [
        "M:Shop.Base.#ctor(System.Int32)",
        "M:Shop.Cart.#ctor",
        "M:Shop.Cart.#ctor(System.Int32)",
        "M:Shop.Cart.#cctor",
        "M:Shop.Cart.Add(System.Int32)",
        "M:Shop.Cart.Total",
        "M:Shop.Cart.Clear",
        "M:Shop.Cart.Fail",
        "M:Shop.Cart.WarmAsync",
        "M:Shop.Cart.CountAsync",
        "M:Shop.Cart.Items",
        "M:Shop.Cart.First",
        "M:Shop.Cart.get_Limit",
        "M:Shop.Cart.set_Limit(System.Int32)",
        "M:Shop.Cart.get_Count",
        "M:Shop.Cart.get_Item(System.Int32)",
        "M:Shop.Cart.op_Addition(Shop.Cart,System.Int32)",
        "M:Shop.Cart.op_Explicit(Shop.Cart)~System.Int32",
        "M:Shop.Cart.Nested.Depth",
        "M:Shop.Cart.Local",
        "M:Shop.IShop.Default",
    ];

    [Test]
    public void FindsEveryMemberWithABodyButFinalizersAutoAccessorsAndAbstractOnes()
    {
        var members = Members(Source);

        Assert.That(members.Select(member => member.Id), Is.EqualTo(s_expectedIds));
        Assert.That(members.Select(member => member.Project), Is.All.EqualTo("Shop"));
    }

    [Test]
    public void AnAccessorKnowsItsProperty()
    {
        var members = Members(Source);

        Assert.That(members.Single(member => member.Id == "M:Shop.Cart.set_Limit(System.Int32)").AssociatedId, Is.EqualTo("P:Shop.Cart.Limit"));
        Assert.That(members.Single(member => member.Id == "M:Shop.Cart.get_Count").AssociatedId, Is.EqualTo("P:Shop.Cart.Count"));
        Assert.That(members.Single(member => member.Id == "M:Shop.Cart.Add(System.Int32)").AssociatedId, Is.Null);
    }

    [Test]
    public void AMemberKnowsWhereItsDeclarationIs()
    {
        var add = Members(Source).Single(member => member.Id == "M:Shop.Cart.Add(System.Int32)");

        Assert.That(add.Location, Is.EqualTo(new SourceLocation(File, 23, 5)));
        Assert.That(add.LastLine, Is.EqualTo(23));
        Assert.That(add.Text, Does.StartWith("public int Add(int price)"));
    }

    [Test]
    public void EveryVariantCompilesBehindItsOwnGuardAndKeepsTheLineNumbers()
    {
        var members = Members(Source);

        var rewritten = MutantSchemata.Rewrite(SourceText.From(Source), members.Select((member, index) => (member, index + 1)));

        var errors = Compile(rewritten, MutantSchemata.SwitchSource).GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        Assert.That(errors, Is.Empty, rewritten);
        var guards = Regex.Matches(rewritten, @"Active == (\d+)\) throw new global::System.NotImplementedException\(""tddguard red variant (\d+)""\);")
            .Select(match => (Guard: match.Groups[1].Value, Message: match.Groups[2].Value))
            .ToList();
        Assert.That(guards.Select(guard => guard.Message), Is.EqualTo(guards.Select(guard => guard.Guard)), "each variant's exception names it");
        Assert.That(guards.Select(guard => int.Parse(guard.Guard, System.Globalization.CultureInfo.InvariantCulture)), Is.EquivalentTo(Enumerable.Range(1, members.Count)));
        Assert.That(rewritten.Split('\n'), Has.Length.EqualTo(Source.Split('\n').Length));
    }

    [Test]
    public void OnlyTheChosenMembersGetAGuard()
    {
        var members = Members(Source);
        var total = members.Single(member => member.Id == "M:Shop.Cart.Total");

        var rewritten = MutantSchemata.Rewrite(SourceText.From(Source), [(total, 7)]);

        Assert.That(rewritten, Does.Contain("public int Total() { if (global::TddGuardMutants.Active == 7) throw new global::System.NotImplementedException(\"tddguard red variant 7\"); return _items.Count == 0 ? 0 : _items[0]; }"));
        Assert.That(Regex.Matches(rewritten, "TddGuardMutants"), Has.Count.EqualTo(1));
    }

    [Test]
    public void TheSwitchReadsItsVariableOnceOrItsSharedSwitchAtEveryCall()
    {
        Assert.That(MutantSchemata.SwitchSource, Does.Contain($"GetEnvironmentVariable(\"{MutantSchemata.Variable}\")").And.Contain($"GetEnvironmentVariable(\"{MutantSchemata.SharedVariable}\")"));
        Assert.That(MutantSchemata.SwitchSource, Does.Contain("static int Active => s_shared == null ? s_fixed : s_shared.ReadInt32(0);"));
    }

    [TestCase(LanguageVersion.CSharp7_3, NullableContextOptions.Disable)]
    [TestCase(LanguageVersion.Latest, NullableContextOptions.Enable)]
    public void TheSwitchCompilesWithoutAWarningInOldAndNullableProjects(LanguageVersion version, NullableContextOptions nullable)
    {
        var compilation = Compile(version, nullable, "internal static class Use { internal static int Now => global::TddGuardMutants.Active; }", MutantSchemata.SwitchSource);

        Assert.That(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning), Is.Empty);
    }

    [TestCase("tddguard red variant 3", 3, true)]
    [TestCase("System.NotImplementedException : tddguard red variant 12", 12, true)]
    [TestCase("tddguard red variant 3", 4, false)]
    [TestCase("tddguard red variant 31", 3, false)]
    [TestCase("Expected: 5 But was: 4", 3, true)]
    [TestCase("System.TypeInitializationException : The type initializer for 'Shop.Prices' threw an exception.", 3, false)]
    public void AFailureIsItsOwnVariantsUnlessItCarriesAnotherVariantsMarkOrAFailedTypeInitializer(string message, int variant, bool own)
    {
        Assert.That(MutantSchemata.IsOwnFailure(message, variant), Is.EqualTo(own));
    }

    private static System.Collections.Generic.IReadOnlyList<ProductionMember> Members(string source)
    {
        var compilation = Compile(source);
        var tree = compilation.SyntaxTrees[0];
        return MutantSchemata.Members(tree, compilation.GetSemanticModel(tree), "Shop");
    }

    private static CSharpCompilation Compile(params string[] sources) => Compile(LanguageVersion.Latest, NullableContextOptions.Disable, sources);

    private static CSharpCompilation Compile(LanguageVersion version, NullableContextOptions nullable, params string[] sources)
    {
        var folder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetDirectoryName(path) == folder)
            .Select(path => MetadataReference.CreateFromFile(path));
        return CSharpCompilation.Create(
            "Shop",
            sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(version), index == 0 ? File : "Switch.g.cs")),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: nullable));
    }
}
