using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NUnit.Framework;
using TddGuard.Analyzers.Benchmarks;
using TddGuard.Analyzers.Design;

namespace TddGuard.Analyzers.Tests.Design;

/// <summary>
/// The type a call's receiver was declared with, read from declarations so that TG2014 need not bind the method
/// body of every <c>list.Add(x);</c>. Unknown (null) whenever the declarations alone cannot tell.
/// </summary>
[TestFixture]
[Property("Todo", "D06")]
public sealed class DeclaredReceiverTests
{
    private static readonly string[] s_localLocalField = ["System.Collections.Immutable.ImmutableList<int>", "System.Collections.Immutable.ImmutableList<int>", "System.Collections.Generic.List<int>"];

    private const string Usings = "using System; using System.Collections.Generic; using System.Collections.Immutable;\n";

    [TestCase("class C { List<int> _items = new(); void M() { _items.Probe(); } }", "System.Collections.Generic.List<int>")]
    [TestCase("class C { List<int> _items = new(); void M() { this._items.Probe(); } }", "System.Collections.Generic.List<int>")]
    [TestCase("class C { List<int>? _items; void M() { _items?.Probe(); } }", "System.Collections.Generic.List<int>?")]
    [TestCase("class C { ImmutableList<int> Items { get; } = []; void M() { Items.Probe(); } }", "System.Collections.Immutable.ImmutableList<int>")]
    [TestCase("class C { static HashSet<int> s_all = new(); void M() { s_all.Probe(); } }", "System.Collections.Generic.HashSet<int>")]
    [TestCase("class C { void M(IList<int> items) { items.Probe(); } }", "System.Collections.Generic.IList<int>")]
    [TestCase("class C { void M() { List<int> items = new(); items.Probe(); } }", "System.Collections.Generic.List<int>")]
    [TestCase("class C { void M(List<int>[] all) { foreach (List<int> items in all) { items.Probe(); } } }", "System.Collections.Generic.List<int>")]
    [TestCase("class B { protected HashSet<int> _set = new(); } class C : B { void M() { _set.Probe(); } }", "System.Collections.Generic.HashSet<int>")]
    [TestCase("class C { List<int> items = new(); void M() { ImmutableList<int> items = []; items.Probe(); } }", "System.Collections.Immutable.ImmutableList<int>")]
    [TestCase("class O { static List<int> s_items = new(); class C { void M() { s_items.Probe(); } } }", "System.Collections.Generic.List<int>")]
    [TestCase("class C { void M() { Local(new()); void Local(Dictionary<int, int> map) { map.Probe(); } } }", "System.Collections.Generic.Dictionary<int, int>")]
    [TestCase("class C { ImmutableArray<int>? _array; void M() { _array?.Probe(); } }", "System.Collections.Immutable.ImmutableArray<int>?")]
    [TestCase("class C<T> { T _items = default!; void M() { _items.Probe(); } }", "T")]
    public void ReadsTheTypeFromTheDeclaration(string code, string expected)
    {
        Assert.That(DeclaredTypeOfProbeReceiver(code)?.ToDisplayString(), Is.EqualTo(expected));
    }

    [TestCase("class C { void M() { var items = new List<int>(); items.Probe(); } }", TestName = "An implicitly typed local")]
    [TestCase("class C { void M(bool b) { if (b) { List<int> items = new(); } else { ImmutableList<int> items = []; items.Probe(); } } }", TestName = "Two declarations of the name in one member")]
    [TestCase("class C(List<int> items) { void M() { items.Probe(); } }", TestName = "A primary constructor parameter")]
    [TestCase("class C(List<int> items) { List<int> items = items; void M() { items.Probe(); } }", TestName = "A member named like a primary constructor parameter")]
    [TestCase("class C { void M() { Action<List<int>> a = items => items.Probe(); } }", TestName = "An implicitly typed lambda parameter")]
    [TestCase("class C { void M() { Get(out List<int> items); items.Probe(); } void Get(out List<int> l) => l = new(); }", TestName = "An out variable")]
    [TestCase("class C { void M(object o) { if (o is List<int> items) { items.Probe(); } } }", TestName = "A pattern variable")]
    [TestCase("class C { void M() { Unknown.Probe(); } }", TestName = "A name declared nowhere")]
    [TestCase("class C { void M() { Holder.Items.Probe(); } } static class Holder { public static List<int> Items = new(); }", TestName = "A member of another type")]
    [TestCase("class C { List<int> Items() => new(); void M() { Items().Probe(); } }", TestName = "A call as receiver")]
    [TestCase("class C { void M() { Probe(); } }", TestName = "No receiver")]
    [TestCase("class C { List<int> _items = new(); int _items2; void M() { _items.Probe(); } void _items() { } }", TestName = "A name with more than one member")]
    public void IsUnknownWhenTheDeclarationsCannotTell(string code)
    {
        Assert.That(DeclaredTypeOfProbeReceiver(code)?.ToDisplayString(), Is.Null);
    }

    [Test]
    public void ReadsALocalOfTopLevelStatementsDeclaredInAnotherStatement()
    {
        var type = DeclaredTypeOfProbeReceiver("List<int> items = new();\nitems.Probe();", OutputKind.ConsoleApplication);

        Assert.That(type?.ToDisplayString(), Is.EqualTo("System.Collections.Generic.List<int>"));
    }

    [Test]
    public void OneInstanceAnswersEveryCallOfACompilationEachInItsOwnMember()
    {
        const string code = """
            class C
            {
                List<int> items = new();
                void First() { ImmutableList<int> items = []; items.Probe(); items.Probe(); }
                void Second() { items.Probe(); }
            }
            """;
        var tree = CSharpSyntaxTree.ParseText(Usings + code, new CSharpParseOptions(LanguageVersion.CSharp12));
        var model = CorpusGenerator.Compile([tree]).GetSemanticModel(tree);
        var receivers = new DeclaredReceiver();

        var types = Probes(tree).Select(probe => receivers.TypeOf(probe, model, model.GetEnclosingSymbol(probe.SpanStart), CancellationToken.None)?.ToDisplayString());

        Assert.That(types, Is.EqualTo(s_localLocalField));
    }

    private static ITypeSymbol? DeclaredTypeOfProbeReceiver(string code, OutputKind kind = OutputKind.DynamicallyLinkedLibrary)
    {
        var tree = CSharpSyntaxTree.ParseText(Usings + code, new CSharpParseOptions(LanguageVersion.CSharp12));
        var compilation = CorpusGenerator.Compile([tree]).WithOptions(new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));
        var model = compilation.GetSemanticModel(tree);
        var probe = Probes(tree).Single();
        return new DeclaredReceiver().TypeOf(probe, model, model.GetEnclosingSymbol(probe.SpanStart), CancellationToken.None);
    }

    private static System.Collections.Generic.IEnumerable<InvocationExpressionSyntax> Probes(SyntaxTree tree) =>
        tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Where(call => call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Probe" } or MemberBindingExpressionSyntax { Name.Identifier.ValueText: "Probe" } or IdentifierNameSyntax { Identifier.ValueText: "Probe" });
}
