using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace TddGuard.Analyzers.Tdd.Reach;

/// <summary>The types of compilations' own namespace trees, nested types included.</summary>
internal static class SourceTypes
{
    /// <summary>Every type declared under <paramref name="roots"/> (a compilation's <c>Assembly.GlobalNamespace</c>).</summary>
    public static IEnumerable<INamedTypeSymbol> Of(IEnumerable<INamespaceSymbol> roots, CancellationToken cancellationToken)
    {
        var pending = new Stack<INamespaceOrTypeSymbol>(roots);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var current = pending.Pop();
            if (current is INamedTypeSymbol type)
            {
                yield return type;
            }

            foreach (var nested in current is INamespaceSymbol space ? space.GetMembers().Cast<INamespaceOrTypeSymbol>() : current.GetTypeMembers())
            {
                pending.Push(nested);
            }
        }
    }
}
