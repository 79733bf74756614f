using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using TddGuard.Analyzers.Shared;
using TddGuard.Analyzers.Tdd.Reach;

namespace TddGuard.Check;

/// <summary>
/// What tests reach across the production projects, by documentation-comment ID: from the members they bind to
/// (<see cref="TestBindings"/>), through each project's code (<see cref="ReachSearch"/>, the analyzer's own search)
/// and on into the projects it references. Each project's call graph is built once and serves every search.
/// </summary>
internal sealed class ProductionReach
{
    private const string TypePrefix = "T:";

    private readonly IReadOnlyList<CallGraph> _graphs;

    /// <summary>The call graphs of <paramref name="production"/>, the projects that reference others first.</summary>
    public ProductionReach(IReadOnlyList<Compilation> production, CancellationToken cancellationToken)
    {
        var declared = DeclaredNames.Of(
            production.Select(compilation => compilation.Assembly.GlobalNamespace),
            production.Any(compilation => SyntaxNames.DeclaresUsingAliases(compilation, cancellationToken)),
            cancellationToken);
        _graphs = [.. ReferencingFirst(production).Select(compilation => new CallGraph(compilation, declared))];
    }

    /// <summary>
    /// Every member reached from <paramref name="roots"/> (IDs of what the tests bind to), and every type in use, with
    /// its distance: 0 for a root, 1 for what a root's code uses, and so on. The roots are kept even where no project
    /// holds them.
    /// </summary>
    public IReadOnlyDictionary<string, int> From(IReadOnlySet<string> roots, CancellationToken cancellationToken)
    {
        var distances = roots.ToDictionary(id => id, _ => 0, StringComparer.Ordinal);
        foreach (var graph in _graphs)
        {
            var compilation = graph.Compilation;
            var starts = new Dictionary<ISymbol, int>(SymbolEqualityComparer.Default);
            foreach (var (id, distance) in distances)
            {
                foreach (var symbol in DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation).Where(graph.IsOwn))
                {
                    starts[symbol] = distance;
                }
            }

            var held = roots.Where(id => id.StartsWith(TypePrefix, StringComparison.Ordinal))
                .SelectMany(id => DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation))
                .OfType<INamedTypeSymbol>()
                .Where(graph.IsOwn);
            var search = ReachSearch.From(graph, starts, held, cancellationToken);
            Merge(distances, search.Distances);
            Merge(distances, search.External);
            Merge(distances, search.UsedTypes.ToDictionary(used => (ISymbol)used.Key, used => used.Value, SymbolEqualityComparer.Default));
        }

        return distances;
    }

    private static void Merge(Dictionary<string, int> distances, IReadOnlyDictionary<ISymbol, int> reached)
    {
        foreach (var (symbol, distance) in reached)
        {
            if (symbol.GetDocumentationCommentId() is { } id && (!distances.TryGetValue(id, out var known) || distance < known))
            {
                distances[id] = distance;
            }
        }
    }

    /// <summary>The compilations ordered so that one comes before every compilation it references.</summary>
    private static IEnumerable<Compilation> ReferencingFirst(IReadOnlyList<Compilation> production)
    {
        var byName = production.Where(compilation => compilation.AssemblyName is not null)
            .GroupBy(compilation => compilation.AssemblyName!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.OrdinalIgnoreCase);
        var referencedBy = production.ToDictionary(
            compilation => compilation,
            compilation => production.Count(other => other != compilation && other.ReferencedAssemblyNames.Any(name => byName.TryGetValue(name.Name, out var found) && found == compilation)));
        var ready = new Queue<Compilation>(production.Where(compilation => referencedBy[compilation] == 0));
        var ordered = new List<Compilation>();
        while (ready.Count > 0)
        {
            var next = ready.Dequeue();
            ordered.Add(next);
            foreach (var name in next.ReferencedAssemblyNames)
            {
                if (byName.TryGetValue(name.Name, out var referenced) && referenced != next && --referencedBy[referenced] == 0)
                {
                    ready.Enqueue(referenced);
                }
            }
        }

        return ordered.Concat(production.Except(ordered));
    }
}
