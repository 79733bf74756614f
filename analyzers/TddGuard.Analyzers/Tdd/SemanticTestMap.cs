using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TddGuard.Analyzers.Tdd.Reach;

namespace TddGuard.Analyzers.Tdd;

/// <summary>
/// The exact test map <c>tddguard check</c> computes from the test projects' symbols: one documentation-comment ID
/// per line (<c>T:</c>, <c>M:</c>, <c>P:</c>) of each production symbol the tests bind to; <c>#</c> starts a comment.
/// Handed to a production compilation as the additional file <c>tddguard.testmap</c>, it replaces the approximation
/// from the test sources' names: overloads and same-named members of other types are told apart.
/// </summary>
internal sealed class SemanticTestMap : ITestReferences, IReachedCode
{
    /// <summary>The additional file's name.</summary>
    public const string FileName = "tddguard.testmap";

    /// <summary>The first line of a map that lists everything the tests reach (members and the types in use), not only their roots.</summary>
    public const string CompleteHeader = ReachedCodeMap.CompleteHeader;

    private const string CommentStart = "#";
    private const string TypePrefix = "T:";

    private readonly HashSet<string> _ids;
    private readonly HashSet<INamedTypeSymbol> _reachedTypes;

    private SemanticTestMap(HashSet<string> ids, HashSet<INamedTypeSymbol> reachedTypes, bool isComplete)
    {
        IsComplete = isComplete;
        _ids = ids;
        _reachedTypes = reachedTypes;
    }

    /// <summary>
    /// Whether the map lists everything the tests reach (<see cref="CompleteHeader"/>): then it is the reach itself, and
    /// the analyzer does not search again what <c>tddguard check</c> searched.
    /// </summary>
    public bool IsComplete { get; }

    /// <summary>The map among the additional files, if the build handed one.</summary>
    public static AdditionalText? Find(AnalyzerOptions options) =>
        options.AdditionalFiles.FirstOrDefault(file => string.Equals(System.IO.Path.GetFileName(file.Path), FileName, StringComparison.OrdinalIgnoreCase));

    public static SemanticTestMap Read(AdditionalText file, Compilation compilation, CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var text = file.GetText(cancellationToken);
        if (text is not null)
        {
            foreach (var line in text.Lines)
            {
                var id = line.ToString().Trim();
                if (id.Length > 0 && !id.StartsWith(CommentStart, StringComparison.Ordinal))
                {
                    ids.Add(id);
                }
            }
        }

        var isComplete = text is not null && text.Lines.Count > 0 && string.Equals(text.Lines[0].ToString().Trim(), CompleteHeader, StringComparison.Ordinal);
        return new SemanticTestMap(ids, ReachedTypes(ids, compilation, cancellationToken), isComplete);
    }

    public bool Reaches(INamedTypeSymbol type) => _reachedTypes.Contains(type.OriginalDefinition);

    public bool References(ISymbol member) =>
        IsListed(member)
        || Overrides.Chain(member).Any(IsListed)
        || Overrides.Implemented(member).Any(IsListed);

    public bool ReachesThroughMembers(ImmutableArray<ISymbol> members) => members.Any(References);

    /// <summary>In a complete map: a member listed as reached (its definition).</summary>
    bool IReachedCode.Reaches(ISymbol member) => CallGraph.Definition(member) is { } definition && IsListed(definition);

    /// <summary>In a complete map: a type listed as in use, or with a listed member.</summary>
    public bool IsUsed(INamedTypeSymbol type) =>
        IsListed(type) || type.GetMembers().Any(member => CallGraph.Definition(member) is { } definition && SymbolEqualityComparer.Default.Equals(definition.ContainingType, type.OriginalDefinition) && IsListed(definition));

    /// <summary>A member the tests bind to; what it overrides or implements is dispatched by the reach search.</summary>
    public bool IsRoot(ISymbol member) => IsListed(member);

    public bool MayHold(INamedTypeSymbol type) => IsListed(type) || type.InstanceConstructors.Any(IsListed);

    private bool IsListed(ISymbol symbol) =>
        symbol.OriginalDefinition.GetDocumentationCommentId() is { } id && _ids.Contains(id);

    private static HashSet<INamedTypeSymbol> ReachedTypes(HashSet<string> ids, Compilation compilation, CancellationToken cancellationToken)
    {
        var reached = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var id in ids.Where(id => id.StartsWith(TypePrefix, StringComparison.Ordinal)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var type in DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation).OfType<INamedTypeSymbol>())
            {
                for (var current = type.OriginalDefinition; current is not null && reached.Add(current); current = current.BaseType?.OriginalDefinition)
                {
                    reached.UnionWith(current.AllInterfaces.Select(contract => contract.OriginalDefinition));
                }
            }
        }

        return reached;
    }
}
