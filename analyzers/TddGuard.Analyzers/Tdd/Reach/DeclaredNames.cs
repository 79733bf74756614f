using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace TddGuard.Analyzers.Tdd.Reach;

/// <summary>
/// The names of the methods, properties and events a compilation declares in source, and whether it declares
/// indexers, operators or conversions: what the call graph's syntax filter lets through to binding.
/// </summary>
internal sealed class DeclaredNames
{
    private const string OperatorPrefix = "op_";

    private static readonly ImmutableHashSet<string> s_conversionNames = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        WellKnownMemberNames.ImplicitConversionName,
        WellKnownMemberNames.ExplicitConversionName,
        WellKnownMemberNames.CheckedExplicitConversionName);

    private readonly HashSet<string> _names;
    private readonly HashSet<string> _typeNames;

    private DeclaredNames(HashSet<string> names, HashSet<string> typeNames, bool hasAliases)
    {
        _names = names;
        _typeNames = typeNames;
        HasAliases = hasAliases;
        Indexers = names.Contains(WellKnownMemberNames.Indexer);
        Conversions = names.Overlaps(s_conversionNames);
        Operators = names.Any(name => name.StartsWith(OperatorPrefix, StringComparison.Ordinal) && !s_conversionNames.Contains(name));
    }

    /// <summary>Whether some file declares a using alias, so that a name in syntax may stand for any type.</summary>
    public bool HasAliases { get; }

    /// <summary>Whether the compilation declares an indexer.</summary>
    public bool Indexers { get; }

    /// <summary>Whether the compilation declares a user-defined operator other than a conversion.</summary>
    public bool Operators { get; }

    /// <summary>Whether the compilation declares a user-defined conversion.</summary>
    public bool Conversions { get; }

    /// <summary>
    /// Every type and member name the types of <paramref name="roots"/> (compilations' own namespace trees) declare;
    /// <paramref name="hasAliases"/> when a file of theirs declares a using alias.
    /// </summary>
    public static DeclaredNames Of(IEnumerable<INamespaceSymbol> roots, bool hasAliases, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var typeNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in SourceTypes.Of(roots, cancellationToken))
        {
            names.UnionWith(type.MemberNames);
            typeNames.Add(type.Name);
        }

        return new DeclaredNames(names, typeNames, hasAliases);
    }

    /// <summary>Whether the compilation declares a type named <paramref name="name"/>.</summary>
    public bool ContainsType(string name) => _typeNames.Contains(name);

    /// <summary>Whether some type of the compilation declares a member named <paramref name="name"/>.</summary>
    public bool Contains(string name) => _names.Contains(name);
}
