using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TddGuard.Analyzers.Design;

/// <summary>
/// The type the receiver of a call (<c>items.Add(x)</c>, <c>this.items.Add(x)</c>, <c>items?.Add(x)</c>) was
/// declared with, read from declarations only: a field or property of the enclosing types, or a parameter or local
/// declared once with its type written out. Asking the semantic model about the call instead binds the whole method
/// body again; this binds only the declared type.
/// </summary>
/// <remarks>Null whenever the declarations alone cannot tell (<c>var</c>, a name declared twice, a primary
/// constructor parameter, a name declared elsewhere, a receiver that is not a plain name). One instance per
/// compilation: it indexes the names each member declares once, however many calls of the member it is asked about.
/// </remarks>
internal sealed class DeclaredReceiver
{
    private readonly ConditionalWeakTable<SyntaxNode, ILookup<string, SyntaxToken>> _declarationsByScope = new();

    public ITypeSymbol? TypeOf(InvocationExpressionSyntax call, SemanticModel model, ISymbol? containingSymbol, CancellationToken cancellationToken)
    {
        var containingType = containingSymbol as INamedTypeSymbol ?? containingSymbol?.ContainingType;
        return Receiver(call) switch
        {
            IdentifierNameSyntax name => DeclarationsInScope(name) is { } declarations
                ? declarations.Length switch
                {
                    0 => MemberType(name.Identifier.ValueText, containingType, cancellationToken),
                    1 => WrittenType(declarations[0], model, cancellationToken),
                    _ => null,
                }
                : null,
            MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: IdentifierNameSyntax name } =>
                MemberType(name.Identifier.ValueText, containingType, cancellationToken),
            _ => null,
        };
    }

    private static ExpressionSyntax? Receiver(InvocationExpressionSyntax call) => call.Expression switch
    {
        MemberAccessExpressionSyntax access when access.IsKind(SyntaxKind.SimpleMemberAccessExpression) => access.Expression,
        MemberBindingExpressionSyntax when call.Parent is ConditionalAccessExpressionSyntax conditional && conditional.WhenNotNull == call => conditional.Expression,
        _ => null,
    };

    /// <summary>
    /// Every token declaring the name in the member the name is used in (all top-level statements for a name used
    /// in one); null when the name is not inside a member.
    /// </summary>
    private SyntaxToken[]? DeclarationsInScope(IdentifierNameSyntax name)
    {
        SyntaxNode? scope = name.FirstAncestorOrSelf<MemberDeclarationSyntax>();
        if (scope is GlobalStatementSyntax)
        {
            scope = scope.Parent;
        }

        return scope is null ? null : [.. _declarationsByScope.GetValue(scope, IndexDeclarations)[name.Identifier.ValueText]];
    }

    /// <summary>The identifier tokens of a scope that declare something (every other one is a use: a simple name).</summary>
    private static ILookup<string, SyntaxToken> IndexDeclarations(SyntaxNode scope) =>
        scope.DescendantTokens()
            .Where(token => token.IsKind(SyntaxKind.IdentifierToken) && token.Parent is not SimpleNameSyntax)
            .ToLookup(token => token.ValueText, System.StringComparer.Ordinal);

    /// <summary>The type written in the one declaration of a parameter, local, foreach or catch variable.</summary>
    private static ITypeSymbol? WrittenType(SyntaxToken declaration, SemanticModel model, CancellationToken cancellationToken)
    {
        var type = declaration.Parent switch
        {
            ParameterSyntax parameter => parameter.Type,
            VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax variables } => variables.Type,
            ForEachStatementSyntax loop => loop.Type,
            CatchDeclarationSyntax caught => caught.Type,
            _ => null,
        };
        if (type is null || type.IsVar)
        {
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        return model.GetSpeculativeTypeInfo(type.SpanStart, type, SpeculativeBindingOption.BindAsTypeOrNamespace).Type;
    }

    /// <summary>
    /// The type of the one field or property by that name in the enclosing types or their base types, the way name
    /// lookup finds it; null when a primary constructor parameter could be meant or the name is not one field or property.
    /// </summary>
    private static ITypeSymbol? MemberType(string name, INamedTypeSymbol? containingType, CancellationToken cancellationToken)
    {
        for (var type = containingType; type is not null; type = type.ContainingType)
        {
            if (HasPrimaryConstructorParameter(type, name, cancellationToken))
            {
                return null;
            }

            for (var declaring = type; declaring is not null; declaring = declaring.BaseType)
            {
                var members = declaring.GetMembers(name)
                    .Where(member => SymbolEqualityComparer.Default.Equals(declaring, type) || member.DeclaredAccessibility != Accessibility.Private)
                    .ToArray();
                if (members.Length > 0)
                {
                    return members.Length == 1 ? TypeOfValue(members[0]) : null;
                }
            }
        }

        return null;
    }

    private static ITypeSymbol? TypeOfValue(ISymbol member) => member switch
    {
        IFieldSymbol field => field.Type,
        IPropertySymbol { IsIndexer: false } property => property.Type,
        _ => null,
    };

    private static bool HasPrimaryConstructorParameter(INamedTypeSymbol type, string name, CancellationToken cancellationToken) =>
        type.DeclaringSyntaxReferences
            .Select(reference => reference.GetSyntax(cancellationToken))
            .OfType<TypeDeclarationSyntax>()
            .Any(declaration => declaration.ParameterList?.Parameters.Any(parameter => parameter.Identifier.ValueText == name) == true);
}
