using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TddGuard.Analyzers.Shared;
using TddGuard.Analyzers.Tdd.Reach;

namespace TddGuard.Analyzers.Tdd;

/// <summary>
/// Whether any code of the compilation, tested or not, calls a member or uses a type: what a TG1001/TG1002 message
/// says after "No test reaches". The syntax gives the candidates (the simple names, and the target-typed
/// <c>new()</c> expressions, outside the member's own declaration); only those are bound, and only for findings.
/// A member mentioned too often to bind every mention counts as called.
/// </summary>
internal sealed class Callers(Compilation compilation, CallGraph graph, CancellationToken cancellationToken)
{
    /// <summary>The most mentions bound to answer one question; past it the answer is "called", without binding.</summary>
    private const int MostMentionsBound = 64;

    private readonly Lazy<MentionIndex> _mentions = new(() => MentionIndex.Of(compilation, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Whether code outside <paramref name="member"/>'s declaration calls it, or what it overrides or implements;
    /// operators, conversions and indexers are used without a name and count as called.
    /// </summary>
    public bool Call(ISymbol member) => member switch
    {
        IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator or MethodKind.Conversion } or IPropertySymbol { IsIndexer: true } => true,
        IMethodSymbol { MethodKind: MethodKind.Constructor } constructor => CallsConstructor(constructor),
        _ => Any(Mentions(member.Name, member), name => RefersTo(graph.Bind(name, cancellationToken), member)),
    };

    /// <summary>
    /// Whether code outside <paramref name="type"/> derives from it, creates it, or uses a static member of it (an
    /// instance member runs only on an object someone created).
    /// </summary>
    public bool Use(INamedTypeSymbol type) =>
        Derives(type)
        || Any(Mentions(type.Name, type), name => CreatesOrAccesses(name, type))
        || Any(Outside(_mentions.Value.TargetTypedCreations, type), creation => Creates(creation, type))
        || type.GetMembers().Where(member => member.IsStatic && CallGraph.Definition(member) is IMethodSymbol or IPropertySymbol or IEventSymbol)
            .Any(member => Any(Mentions(member.Name, type), name => RefersTo(graph.Bind(name, cancellationToken), member)));

    private bool CreatesOrAccesses(SyntaxNode name, INamedTypeSymbol type) =>
        name.Parent is MemberAccessExpressionSyntax
            ? graph.Bind(name, cancellationToken).Any(bound => SymbolEqualityComparer.Default.Equals(bound.OriginalDefinition, type))
            : name.FirstAncestorOrSelf<ObjectCreationExpressionSyntax>() is { } creation && Creates(creation, type);

    private bool Creates(SyntaxNode creation, INamedTypeSymbol type) =>
        graph.Bind(creation, cancellationToken).Any(bound => SymbolEqualityComparer.Default.Equals(bound.ContainingType?.OriginalDefinition, type));

    private bool CallsConstructor(IMethodSymbol constructor)
    {
        var type = constructor.ContainingType;
        if (Derives(type))
        {
            return true;
        }

        var creations = Mentions(type.Name, constructor)
            .Select(name => name.FirstAncestorOrSelf<ObjectCreationExpressionSyntax>())
            .OfType<SyntaxNode>()
            .Concat(_mentions.Value.TargetTypedCreations);
        return Any(creations, creation => RefersTo(graph.Bind(creation, cancellationToken), constructor));
    }

    private bool Derives(INamedTypeSymbol type) => _mentions.Value.BaseTypeNames.Contains(type.Name);

    private IEnumerable<SyntaxNode> Mentions(string name, ISymbol declared) => Outside(_mentions.Value.Of(name), declared);

    /// <summary><paramref name="nodes"/> but those inside <paramref name="declared"/>'s own declarations.</summary>
    private static IEnumerable<SyntaxNode> Outside(IEnumerable<SyntaxNode> nodes, ISymbol declared) =>
        nodes.Where(node => !declared.DeclaringSyntaxReferences.Any(reference => reference.SyntaxTree == node.SyntaxTree && reference.Span.Contains(node.SpanStart)));

    private static bool Any(IEnumerable<SyntaxNode> candidates, Func<SyntaxNode, bool> refers)
    {
        var bound = 0;
        foreach (var candidate in candidates)
        {
            if (++bound > MostMentionsBound || refers(candidate))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a bound symbol is <paramref name="member"/>, or what it overrides or implements (a call through it may run it).</summary>
    private static bool RefersTo(IEnumerable<ISymbol> bound, ISymbol member)
    {
        var targets = new HashSet<ISymbol>(Overrides.Chain(member).Concat(Overrides.Implemented(member)).Append(member).Select(symbol => symbol.OriginalDefinition), SymbolEqualityComparer.Default);
        return bound.Select(CallGraph.Definition).OfType<ISymbol>().Any(targets.Contains);
    }

    /// <summary>Every simple name and target-typed creation of a compilation's code, and the names its types derive from.</summary>
    private sealed class MentionIndex
    {
        private readonly Dictionary<string, List<SyntaxNode>> _names;

        private MentionIndex(Dictionary<string, List<SyntaxNode>> names, List<SyntaxNode> targetTypedCreations, HashSet<string> baseTypeNames)
        {
            _names = names;
            TargetTypedCreations = targetTypedCreations;
            BaseTypeNames = baseTypeNames;
        }

        public List<SyntaxNode> TargetTypedCreations { get; }

        public HashSet<string> BaseTypeNames { get; }

        public static MentionIndex Of(Compilation compilation, CancellationToken cancellationToken)
        {
            var names = new Dictionary<string, List<SyntaxNode>>(StringComparer.Ordinal);
            var creations = new List<SyntaxNode>();
            var baseTypes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var node in compilation.SyntaxTrees.SelectMany(tree => tree.GetRoot(cancellationToken).DescendantNodes()))
            {
                switch (node)
                {
                    case SimpleNameSyntax name:
                        Add(names, name.Identifier.ValueText, name);
                        break;
                    case ImplicitObjectCreationExpressionSyntax creation:
                        creations.Add(creation);
                        break;
                    case BaseTypeSyntax { Type: var baseType } when SyntaxNames.RightmostName(baseType) is { } baseName:
                        baseTypes.Add(baseName);
                        break;
                }
            }

            return new MentionIndex(names, creations, baseTypes);
        }

        public List<SyntaxNode> Of(string name) => _names.TryGetValue(name, out var mentions) ? mentions : [];

        private static void Add(Dictionary<string, List<SyntaxNode>> names, string name, SyntaxNode mention)
        {
            if (!names.TryGetValue(name, out var mentions))
            {
                mentions = [];
                names.Add(name, mentions);
            }

            mentions.Add(mention);
        }
    }
}
