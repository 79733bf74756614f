using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using TddGuard.Analyzers.Tdd.Reach;

namespace TddGuard.Analyzers.Tdd;

/// <summary>
/// What the tests of a production compilation reach: the members they use (<see cref="ITestReferences.IsRoot"/>)
/// and everything those call, create or dispatch to (<see cref="ReachSearch"/>). Computed once per compilation, on
/// first use; whether other code calls what no test reaches is worked out only when a finding asks (<see cref="Tdd.Callers"/>).
/// </summary>
internal sealed class TestReach
{
    private readonly ITestReferences _tests;
    private readonly IReachedCode _search;

    private TestReach(ITestReferences tests, IReachedCode search, Callers callers)
    {
        _tests = tests;
        _search = search;
        Callers = callers;
    }

    /// <summary>Whether any code, tested or not, calls a member or uses a type: the reason a finding gives.</summary>
    public Callers Callers { get; }

    /// <summary>
    /// Searches <paramref name="compilation"/> from what <paramref name="tests"/> use; a complete map from
    /// <c>tddguard check</c> is the reach already, and is taken as it is.
    /// </summary>
    public static TestReach Compute(Compilation compilation, ITestReferences tests, CancellationToken cancellationToken)
    {
        if (tests is SemanticTestMap { IsComplete: true } complete)
        {
            return new TestReach(tests, complete, new Callers(compilation, new CallGraph(compilation, cancellationToken), cancellationToken));
        }

        var symbols = SourceSymbols(compilation.Assembly.GlobalNamespace, cancellationToken).ToList();
        var roots = symbols.Where(symbol => symbol is not INamedTypeSymbol && tests.IsRoot(symbol));
        var held = symbols.OfType<INamedTypeSymbol>().Where(tests.MayHold);
        var graph = new CallGraph(compilation, cancellationToken);
        var search = ReachSearch.From(graph, roots, held, cancellationToken);
        return new TestReach(tests, search, new Callers(compilation, graph, cancellationToken));
    }

    /// <summary>Whether a test reaches <paramref name="member"/>.</summary>
    public bool Reaches(ISymbol member) => _search.Reaches(member);

    /// <summary>Whether a test reaches <paramref name="type"/>: names it (or a type derived from it), creates it, or reaches a member of it.</summary>
    public bool Reaches(INamedTypeSymbol type) =>
        _tests.Reaches(type) || _search.IsUsed(type);

    /// <summary>The types and members of a compilation's own namespace tree, nested types included.</summary>
    private static IEnumerable<ISymbol> SourceSymbols(INamespaceSymbol root, CancellationToken cancellationToken) =>
        SourceTypes.Of([root], cancellationToken)
            .SelectMany(type => type.GetMembers().Where(member => member is not INamedTypeSymbol).Prepend(type));
}
