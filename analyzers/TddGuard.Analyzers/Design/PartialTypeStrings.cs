using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Design;

/// <summary>
/// Gathers the strings of a type declared in several files, one file at a time, until every hand-written file of
/// the type has given its part. One per compilation; files may arrive on any thread, in any order.
/// </summary>
internal sealed class PartialTypeStrings(GeneratedTrees generatedTrees)
{
    private readonly ConcurrentDictionary<INamedTypeSymbol, Parts> _parts = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// Takes the strings one file holds of <paramref name="type"/>; returns all of the type's strings once the
    /// last of its files has given them (exactly once), null while files are missing.
    /// </summary>
    public List<LiteralUse>? Gather(INamedTypeSymbol type, SyntaxTree tree, List<LiteralUse> uses, CancellationToken cancellationToken)
    {
        if (type.DeclaringSyntaxReferences.Length <= 1)
        {
            return uses;
        }

        var files = new HashSet<SyntaxTree>(
            type.DeclaringSyntaxReferences
                .Select(reference => reference.SyntaxTree)
                .Where(file => !generatedTrees.IsGenerated(file, cancellationToken)));
        if (!files.Contains(tree))
        {
            // A file the compiler should have skipped as generated: its strings count nowhere.
            return null;
        }

        return files.Count == 1 ? uses : _parts.GetOrAdd(type, _ => new Parts(files)).Give(tree, uses);
    }

    private sealed class Parts(HashSet<SyntaxTree> files)
    {
        private readonly Dictionary<SyntaxTree, List<LiteralUse>> _given = [];

        public List<LiteralUse>? Give(SyntaxTree tree, List<LiteralUse> uses)
        {
            lock (_given)
            {
                if (_given.ContainsKey(tree))
                {
                    return null;
                }

                _given.Add(tree, uses);
                return _given.Count == files.Count ? _given.Values.SelectMany(given => given).ToList() : null;
            }
        }
    }
}
