using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace TddGuard.Analyzers.Design;

/// <summary>
/// The collection types of the base class library whose contents anyone holding a reference can change, resolved
/// once per compilation. Types derived from them are mutable too; immutable, frozen and read-only types are not.
/// </summary>
internal sealed class MutableCollectionTypes
{
    private static readonly ImmutableArray<string> s_metadataNames = ImmutableArray.Create(
        "System.Collections.Generic.List`1",
        "System.Collections.Generic.Dictionary`2",
        "System.Collections.Generic.HashSet`1",
        "System.Collections.Generic.SortedSet`1",
        "System.Collections.Generic.SortedDictionary`2",
        "System.Collections.Generic.SortedList`2",
        "System.Collections.Generic.OrderedDictionary`2",
        "System.Collections.Generic.Queue`1",
        "System.Collections.Generic.Stack`1",
        "System.Collections.Generic.LinkedList`1",
        "System.Collections.Generic.PriorityQueue`2",
        "System.Collections.Concurrent.ConcurrentDictionary`2",
        "System.Collections.Concurrent.ConcurrentQueue`1",
        "System.Collections.Concurrent.ConcurrentStack`1",
        "System.Collections.Concurrent.ConcurrentBag`1",
        "System.Collections.Concurrent.BlockingCollection`1",
        "System.Collections.ObjectModel.Collection`1",
        "System.Collections.ObjectModel.ObservableCollection`1",
        "System.Collections.ArrayList",
        "System.Collections.Hashtable",
        "System.Collections.Queue",
        "System.Collections.Stack",
        "System.Collections.SortedList",
        "System.Collections.BitArray",
        "System.Collections.Specialized.NameValueCollection",
        "System.Collections.Specialized.StringCollection",
        "System.Collections.Specialized.StringDictionary",
        "System.Collections.Specialized.HybridDictionary",
        "System.Collections.Specialized.ListDictionary",
        "System.Collections.Specialized.OrderedDictionary");

    private readonly ImmutableHashSet<INamedTypeSymbol> _types;

    private MutableCollectionTypes(ImmutableHashSet<INamedTypeSymbol> types) => _types = types;

    public static MutableCollectionTypes Resolve(Compilation compilation)
    {
        var types = ImmutableHashSet.CreateBuilder<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var name in s_metadataNames)
        {
            if (compilation.GetTypeByMetadataName(name) is { } type)
            {
                types.Add(type);
            }
        }

        return new MutableCollectionTypes(types.ToImmutable());
    }

    /// <summary>Arrays, the listed collection types and every class derived from one of them.</summary>
    public bool IsMutableCollection(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol)
        {
            return true;
        }

        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (_types.Contains(current.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }
}
