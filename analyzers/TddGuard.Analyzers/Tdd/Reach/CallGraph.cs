using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Tdd.Reach;

/// <summary>
/// What the code of a compilation's members uses, member by member, found from the syntax first and bound only where
/// the syntax names something the compilation declares (a method, property, event or field of its own), creates an
/// object of a type it declares, or uses a pattern the compilation implements (operators, explicit conversions,
/// indexers, <c>foreach</c>, <c>await</c>, collection initializers). Implicit conversions are not looked for (asking
/// for every expression's conversion costs more than all the rest): the search counts them used with their type. <c>nameof</c> and attributes are not uses. A member's uses are bound
/// once, when the search first reaches it; members it never reaches are never bound.
/// </summary>
/// <remarks>
/// Used by the analyzer (one per compilation) and by <c>tddguard check</c>/<c>verify</c> (one per production
/// compilation, for many searches). Thread-safe: its caches are concurrent.
/// </remarks>
internal sealed class CallGraph
{
    private const string Nameof = "nameof";

    private readonly Compilation _compilation;
    private readonly Lazy<DeclaredNames> _declared;
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();
    private readonly ConcurrentDictionary<ISymbol, ImmutableArray<ISymbol>> _uses = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, ImmutableArray<ISymbol>> _staticUses = new(SymbolEqualityComparer.Default);

    /// <summary>The graph of <paramref name="compilation"/>'s own code.</summary>
    public CallGraph(Compilation compilation, CancellationToken cancellationToken)
        : this(compilation, new Lazy<DeclaredNames>(() => DeclaredNames.Of([compilation.Assembly.GlobalNamespace], SyntaxNames.DeclaresUsingAliases(compilation, cancellationToken), cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication))
    {
    }

    /// <summary>
    /// The graph of <paramref name="compilation"/>'s code, binding the names <paramref name="declared"/> holds: those of
    /// other projects too, when the search goes on into them.
    /// </summary>
    public CallGraph(Compilation compilation, DeclaredNames declared)
        : this(compilation, new Lazy<DeclaredNames>(() => declared))
    {
    }

    /// <summary>The names are worked out when a member's uses are first asked for, not for <see cref="Bind"/> alone.</summary>
    private CallGraph(Compilation compilation, Lazy<DeclaredNames> declared)
    {
        _compilation = compilation;
        _declared = declared;
    }

    private DeclaredNames Declared => _declared.Value;

    /// <summary>The compilation whose members this graph follows.</summary>
    public Compilation Compilation => _compilation;

    /// <summary>Whether <paramref name="symbol"/> is declared in source by this compilation.</summary>
    public bool IsOwn(ISymbol symbol) =>
        SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, _compilation.Assembly);

    /// <summary>
    /// The members, constructors, properties and events <paramref name="member"/>'s code uses (as definitions: generic
    /// instantiations and reduced extension methods mapped back), of this compilation or of referenced ones. A
    /// constructor also uses its type's instance initializers and the base constructor it calls implicitly.
    /// </summary>
    public ImmutableArray<ISymbol> UsesOf(ISymbol member, CancellationToken cancellationToken) =>
        _uses.GetOrAdd(member, key => Collect(MemberBodies.Of(key, cancellationToken), MemberBodies.ImplicitCallsOf(key), cancellationToken));

    /// <summary>What <paramref name="type"/>'s static constructor and static initializers use: run once the type is used.</summary>
    public ImmutableArray<ISymbol> StaticUsesOf(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        _staticUses.GetOrAdd(type, key => Collect(MemberBodies.StaticOf(key, cancellationToken), [], cancellationToken));

    /// <summary>What <paramref name="node"/> binds to: its symbol, or its candidates when binding is ambiguous.</summary>
    public IEnumerable<ISymbol> Bind(SyntaxNode node, CancellationToken cancellationToken) =>
        Bound(ModelOf(node.SyntaxTree).GetSymbolInfo(node, cancellationToken));

    /// <summary>
    /// A used symbol as the node of the graph: its definition; for a static field, the type whose static initializers
    /// reading it runs; <see langword="null"/> when it is no member.
    /// </summary>
    public static ISymbol? Definition(ISymbol symbol) => symbol switch
    {
        IFieldSymbol { IsStatic: true, IsConst: false } field => field.ContainingType.OriginalDefinition,
        IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction } => null,
        IMethodSymbol { AssociatedSymbol: IPropertySymbol or IEventSymbol } accessor => accessor.AssociatedSymbol!.OriginalDefinition,
        IMethodSymbol method => (method.ReducedFrom ?? method).OriginalDefinition,
        IPropertySymbol or IEventSymbol => symbol.OriginalDefinition,
        _ => null,
    };

    private ImmutableArray<ISymbol> Collect(IEnumerable<SyntaxNode> bodies, IEnumerable<ISymbol> implicitCalls, CancellationToken cancellationToken)
    {
        var uses = new HashSet<ISymbol>(implicitCalls.Select(Definition).OfType<ISymbol>(), SymbolEqualityComparer.Default);
        foreach (var body in bodies)
        {
            var model = ModelOf(body.SyntaxTree);
            foreach (var node in body.DescendantNodesAndSelf(descendIntoChildren: node => !IsNameofOrAttribute(node)))
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var used in UsedBy(node, model, cancellationToken))
                {
                    uses.UnionWith(CreatedThroughConstraints(used).Prepend(used).Select(Definition).OfType<ISymbol>());
                }
            }
        }

        return uses.ToImmutableArray();
    }

    /// <summary>
    /// The constructors a generic member may call through a <c>new()</c> constraint: those without parameters of the
    /// type arguments it is given (<c>AddIfNotAlready&lt;TableExtension&gt;()</c> creates a <c>TableExtension</c>).
    /// </summary>
    private static IEnumerable<ISymbol> CreatedThroughConstraints(ISymbol used)
    {
        var arguments = used switch
        {
            IMethodSymbol method => method.TypeParameters.Zip(method.TypeArguments, (parameter, argument) => (parameter, argument))
                .Concat(TypeArgumentsOf(method.ContainingType)),
            INamedTypeSymbol or IPropertySymbol or IEventSymbol => TypeArgumentsOf(used as INamedTypeSymbol ?? used.ContainingType),
            _ => [],
        };
        return arguments
            .Where(pair => pair.parameter.HasConstructorConstraint && pair.argument is INamedTypeSymbol)
            .SelectMany(pair => ((INamedTypeSymbol)pair.argument).InstanceConstructors.Where(constructor => constructor.Parameters.Length == 0));
    }

    private static IEnumerable<(ITypeParameterSymbol parameter, ITypeSymbol argument)> TypeArgumentsOf(INamedTypeSymbol? type) =>
        type is null ? [] : type.TypeParameters.Zip(type.TypeArguments, (parameter, argument) => (parameter, argument)).Concat(TypeArgumentsOf(type.ContainingType));

    private SemanticModel ModelOf(SyntaxTree tree) => _models.GetOrAdd(tree, key => _compilation.GetSemanticModel(key));

    private IEnumerable<ISymbol> UsedBy(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken) =>
        node switch
        {
            SimpleNameSyntax name when Declared.Contains(name.Identifier.ValueText) => Bound(model.GetSymbolInfo(name, cancellationToken)),
            ObjectCreationExpressionSyntax creation when IsOwnType(creation.Type) => Bound(model.GetSymbolInfo(node, cancellationToken)),
            ImplicitObjectCreationExpressionSyntax creation when MayBeOwnType(creation) => Bound(model.GetSymbolInfo(node, cancellationToken)),
            ConstructorInitializerSyntax or PrimaryConstructorBaseTypeSyntax => Bound(model.GetSymbolInfo(node, cancellationToken)),
            ElementAccessExpressionSyntax or ElementBindingExpressionSyntax when Declared.Indexers => Bound(model.GetSymbolInfo(node, cancellationToken)),
            BinaryExpressionSyntax or PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax or AssignmentExpressionSyntax when Declared.Operators
                => Bound(model.GetSymbolInfo(node, cancellationToken)),
            CastExpressionSyntax when Declared.Conversions => Bound(model.GetSymbolInfo(node, cancellationToken)),
            CommonForEachStatementSyntax loop when Declared.Contains(WellKnownMemberNames.GetEnumeratorMethodName) => Enumeration(model.GetForEachStatementInfo(loop)),
            AwaitExpressionSyntax awaited when Declared.Contains(WellKnownMemberNames.GetAwaiter) => Awaiting(model.GetAwaitExpressionInfo(awaited)),
            ExpressionSyntax { Parent: InitializerExpressionSyntax { RawKind: (int)SyntaxKind.CollectionInitializerExpression, Parent: var created } } element
                when IsOwnCollection(created) => Bound(model.GetCollectionInitializerSymbolInfo(element, cancellationToken)),
            _ => [],
        };

    /// <summary>
    /// Whether <paramref name="type"/> may name a type of the project, or one with a type of the project among its type
    /// arguments (another assembly's generic type may create it through a <c>new()</c> constraint); an alias may name
    /// anything.
    /// </summary>
    private bool IsOwnType(TypeSyntax type) =>
        Declared.HasAliases
        || type.DescendantNodesAndSelf().OfType<SimpleNameSyntax>().Any(name => Declared.ContainsType(name.Identifier.ValueText));

    /// <summary>Whether a collection initializer's object is of a type the project declares (or target-typed): its <c>Add</c> may be ours.</summary>
    private bool IsOwnCollection(SyntaxNode? created) =>
        Declared.Contains(WellKnownMemberNames.CollectionInitializerAddMethodName)
        && created switch
        {
            ObjectCreationExpressionSyntax creation => IsOwnType(creation.Type),
            ImplicitObjectCreationExpressionSyntax creation => MayBeOwnType(creation),
            _ => false,
        };

    /// <summary>
    /// Whether a target-typed <c>new()</c> may create a type of the project: unless the type it gets is written out
    /// beside it (a field, property or local declared with a type of another assembly).
    /// </summary>
    private bool MayBeOwnType(ImplicitObjectCreationExpressionSyntax creation) =>
        creation.Parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Type: { IsVar: false } type } } } => IsOwnType(type),
            EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => IsOwnType(property.Type),
            _ => true,
        };

    private static IEnumerable<ISymbol> Bound(SymbolInfo info) =>
        info.Symbol is { } symbol ? new[] { symbol } : info.CandidateSymbols.AsEnumerable();

    private static IEnumerable<ISymbol> Enumeration(ForEachStatementInfo info) =>
        new ISymbol?[] { info.GetEnumeratorMethod, info.MoveNextMethod, info.CurrentProperty, info.DisposeMethod }.OfType<ISymbol>();

    private static IEnumerable<ISymbol> Awaiting(AwaitExpressionInfo info) =>
        new ISymbol?[] { info.GetAwaiterMethod, info.IsCompletedProperty, info.GetResultMethod }.OfType<ISymbol>();

    private static bool IsNameofOrAttribute(SyntaxNode node) =>
        node is AttributeListSyntax
        || node is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: Nameof }, ArgumentList.Arguments.Count: 1 };
}
