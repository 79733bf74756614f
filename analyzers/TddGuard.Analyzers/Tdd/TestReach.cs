using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TddGuard.Analyzers.Tdd.Reach;

namespace TddGuard.Analyzers.Tdd;

/// <summary>
/// What the tests of a production compilation reach: the members they use (<see cref="ITestReferences.IsRoot"/>)
/// and everything those call, create or dispatch to (<see cref="ReachSearch"/>). Computed once per compilation, on
/// first use; what nothing at all names is worked out only when a finding asks.
/// </summary>
internal sealed class TestReach
{
    private readonly ITestReferences _tests;
    private readonly ReachSearch _search;
    private readonly Lazy<Dictionary<string, List<(SyntaxTree Tree, int Position)>>> _namesUsed;

    private TestReach(Compilation compilation, ITestReferences tests, ReachSearch search, CancellationToken cancellationToken)
    {
        _tests = tests;
        _search = search;
        _namesUsed = new(() => NamesUsed(compilation, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Searches <paramref name="compilation"/> from what <paramref name="tests"/> use.</summary>
    public static TestReach Compute(Compilation compilation, ITestReferences tests, CancellationToken cancellationToken)
    {
        var symbols = SourceSymbols(compilation.Assembly.GlobalNamespace, cancellationToken).ToList();
        var roots = symbols.Where(symbol => symbol is not INamedTypeSymbol && tests.IsRoot(symbol));
        var held = symbols.OfType<INamedTypeSymbol>().Where(tests.MayHold);
        var search = ReachSearch.From(new CallGraph(compilation, cancellationToken), roots, held, cancellationToken);
        return new TestReach(compilation, tests, search, cancellationToken);
    }

    /// <summary>Whether a test reaches <paramref name="member"/>.</summary>
    public bool Reaches(ISymbol member) => _search.Reaches(member);

    /// <summary>Whether a test reaches <paramref name="type"/>: names it (or a type derived from it), creates it, or reaches a member of it.</summary>
    public bool Reaches(INamedTypeSymbol type) =>
        _tests.Reaches(type) || _search.IsUsed(type);

    /// <summary>
    /// Whether any code, tested or not, names <paramref name="member"/> outside its own declaration (by name only: a
    /// same-named member counts); operators, conversions and indexers are used without a name, so they always count.
    /// </summary>
    public bool IsNamedAnywhere(ISymbol member) => member switch
    {
        IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator or MethodKind.Conversion } or IPropertySymbol { IsIndexer: true } => true,
        IMethodSymbol { MethodKind: MethodKind.Constructor } => IsNamedOutside(member.ContainingType.Name, member),
        _ => IsNamedOutside(member.Name, member),
    };

    /// <summary>Whether any code, tested or not, names the type <paramref name="type"/> outside its own declarations.</summary>
    public bool IsNamedAnywhere(INamedTypeSymbol type) => IsNamedOutside(type.Name, type);

    private bool IsNamedOutside(string name, ISymbol declared) =>
        _tests.Names(name)
        || (_namesUsed.Value.TryGetValue(name, out var uses)
            && uses.Any(use => !declared.DeclaringSyntaxReferences.Any(reference => reference.SyntaxTree == use.Tree && reference.Span.Contains(use.Position))));

    /// <summary>The types and members of a compilation's own namespace tree, nested types included.</summary>
    private static IEnumerable<ISymbol> SourceSymbols(INamespaceSymbol root, CancellationToken cancellationToken)
    {
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var current = pending.Pop();
            if (current is INamedTypeSymbol type)
            {
                yield return type;
                foreach (var member in type.GetMembers().Where(member => member is not INamedTypeSymbol))
                {
                    yield return member;
                }
            }

            foreach (var nested in current is INamespaceSymbol space ? space.GetMembers().Cast<INamespaceOrTypeSymbol>() : current.GetTypeMembers())
            {
                pending.Push(nested);
            }
        }
    }

    /// <summary>Where the compilation's code uses each simple name (declarations are tokens, not names).</summary>
    private static Dictionary<string, List<(SyntaxTree Tree, int Position)>> NamesUsed(Compilation compilation, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, List<(SyntaxTree, int)>>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            foreach (var name in tree.GetRoot(cancellationToken).DescendantNodes().OfType<SimpleNameSyntax>())
            {
                var text = name.Identifier.ValueText;
                if (!names.TryGetValue(text, out var uses))
                {
                    uses = [];
                    names.Add(text, uses);
                }

                uses.Add((tree, name.SpanStart));
            }
        }

        return names;
    }
}
