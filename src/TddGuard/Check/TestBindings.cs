using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TddGuard.Check;

/// <summary>
/// What a test project binds to in the production assemblies, symbol by symbol: the documentation-comment IDs
/// (<c>T:</c>, <c>M:</c>, <c>P:</c>) of the types and members its code uses, taken from the compiler's semantic
/// model. This is the exact test map: an overload the tests never call, or a member that only shares its name with
/// a called one, is not in it.
/// </summary>
/// <param name="All">Everything the test project binds to.</param>
/// <param name="ByTestType">What each top-level type of the test project (a fixture, by full name) binds to.</param>
internal sealed record TestBindings(IReadOnlySet<string> All, IReadOnlyDictionary<string, IReadOnlySet<string>> ByTestType)
{
    /// <summary>Binds the code of <paramref name="tests"/> to the symbols of <paramref name="productionAssemblies"/>.</summary>
    public static TestBindings Of(Compilation tests, IReadOnlyCollection<string> productionAssemblies, CancellationToken cancellationToken)
    {
        var production = new HashSet<string>(productionAssemblies, StringComparer.OrdinalIgnoreCase);
        var byType = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var tree in tests.SyntaxTrees)
        {
            BindTree(tests.GetSemanticModel(tree), production, byType, cancellationToken);
        }

        var all = new HashSet<string>(byType.Values.SelectMany(ids => ids), StringComparer.Ordinal);
        return new TestBindings(all, byType.ToDictionary(pair => pair.Key, pair => (IReadOnlySet<string>)pair.Value, StringComparer.Ordinal));
    }

    private static void BindTree(SemanticModel model, HashSet<string> production, Dictionary<string, HashSet<string>> byType, CancellationToken cancellationToken)
    {
        foreach (var node in model.SyntaxTree.GetRoot(cancellationToken).DescendantNodes())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ids = BoundSymbols(model, node, cancellationToken)
                .Where(symbol => symbol.ContainingAssembly is { } assembly && production.Contains(assembly.Name))
                .SelectMany(WithContainingTypes)
                .Select(symbol => symbol.GetDocumentationCommentId())
                .OfType<string>()
                .ToList();
            if (ids.Count == 0)
            {
                continue;
            }

            var key = TestTypeOf(node);
            if (!byType.TryGetValue(key, out var bound))
            {
                bound = new HashSet<string>(StringComparer.Ordinal);
                byType.Add(key, bound);
            }

            bound.UnionWith(ids);
        }
    }

    /// <summary>The symbols <paramref name="node"/> binds to: calls, accesses, creations, operators, conversions, enumeration.</summary>
    private static IEnumerable<ISymbol> BoundSymbols(SemanticModel model, SyntaxNode node, CancellationToken cancellationToken)
    {
        var info = model.GetSymbolInfo(node, cancellationToken);
        if (info.Symbol is { } symbol)
        {
            yield return symbol;
        }
        else if (info.CandidateReason == CandidateReason.MemberGroup)
        {
            // nameof(Cart.Add) names every overload.
            foreach (var candidate in info.CandidateSymbols)
            {
                yield return candidate;
            }
        }

        if (node is ExpressionSyntax expression && model.GetConversion(expression, cancellationToken) is { IsUserDefined: true, MethodSymbol: { } conversion })
        {
            yield return conversion;
        }

        if (node is CommonForEachStatementSyntax loop && model.GetForEachStatementInfo(loop).GetEnumeratorMethod is { } enumerator)
        {
            yield return enumerator;
        }

        if (node.Parent is InitializerExpressionSyntax { RawKind: (int)SyntaxKind.CollectionInitializerExpression } && node is ExpressionSyntax element
            && model.GetCollectionInitializerSymbolInfo(element, cancellationToken).Symbol is { } add)
        {
            yield return add;
        }
    }

    /// <summary>A member, as its definition (an extension method as declared), with the types that contain it.</summary>
    private static IEnumerable<ISymbol> WithContainingTypes(ISymbol symbol)
    {
        var definition = symbol is IMethodSymbol { ReducedFrom: { } declared } ? declared : symbol.OriginalDefinition;
        if (definition is INamedTypeSymbol or IMethodSymbol or IPropertySymbol or IFieldSymbol or IEventSymbol)
        {
            yield return definition;
        }

        for (var type = definition.ContainingType; type is not null; type = type.ContainingType)
        {
            yield return type.OriginalDefinition;
        }
    }

    private static string TestTypeOf(SyntaxNode node) =>
        node.AncestorsAndSelf().OfType<BaseTypeDeclarationSyntax>().LastOrDefault() is { } type
            ? TypeName(type)
            : string.Empty;

    private static string TypeName(BaseTypeDeclarationSyntax type)
    {
        var namespaces = type.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Reverse().Select(declaration => declaration.Name.ToString());
        return string.Join(".", namespaces.Append(type.Identifier.ValueText));
    }
}
