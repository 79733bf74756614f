using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;

namespace TddGuard.CodeFixes.Design;

/// <summary>
/// Whether a static field declaration can become <c>readonly</c> without breaking the build or changing what the
/// program does: no variable of it is written anywhere in the solution outside its own type's static
/// constructor, it is not <c>volatile</c>, and its type is not a struct whose methods could mutate it.
/// </summary>
internal static class StaticFieldWrites
{
    public static async Task<bool> CanMakeReadonlyAsync(Document document, FieldDeclarationSyntax declaration, CancellationToken cancellationToken)
    {
        if (!declaration.Modifiers.Any(SyntaxKind.StaticKeyword)
            || declaration.Modifiers.Any(SyntaxKind.ReadOnlyKeyword)
            || declaration.Modifiers.Any(SyntaxKind.ConstKeyword)
            || declaration.Modifiers.Any(SyntaxKind.VolatileKeyword))
        {
            return false;
        }

        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model is null)
        {
            return false;
        }

        foreach (var variable in declaration.Declaration.Variables)
        {
            if (model.GetDeclaredSymbol(variable, cancellationToken) is not IFieldSymbol field
                || MayBeMutableStruct(field.Type)
                || await IsWrittenOutsideStaticConstructorAsync(field, document.Project.Solution, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
        }

        return true;
    }

    private static async Task<bool> IsWrittenOutsideStaticConstructorAsync(IFieldSymbol field, Solution solution, CancellationToken cancellationToken)
    {
        var references = await SymbolFinder.FindReferencesAsync(field, solution, cancellationToken).ConfigureAwait(false);
        foreach (var location in references.SelectMany(reference => reference.Locations))
        {
            var root = await location.Document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root?.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax reference || !IsWritten(reference))
            {
                continue;
            }

            var model = await location.Document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (model is null || !IsInStaticConstructorOf(reference, field.ContainingType, model, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Assigned, incremented, deconstructed into, or handed out by reference (<c>ref</c>, <c>out</c>, <c>&amp;</c>).</summary>
    private static bool IsWritten(ExpressionSyntax reference)
    {
        var expression = reference;
        while (expression.Parent is MemberAccessExpressionSyntax access && access.Name == expression
               || expression.Parent is ParenthesizedExpressionSyntax)
        {
            expression = (ExpressionSyntax)expression.Parent;
        }

        return expression.Parent switch
        {
            AssignmentExpressionSyntax assignment => assignment.Left == expression,
            ArgumentSyntax argument when !argument.RefKindKeyword.IsKind(SyntaxKind.None) => !argument.RefKindKeyword.IsKind(SyntaxKind.InKeyword),
            ArgumentSyntax { Parent: TupleExpressionSyntax tuple } => IsWritten(tuple),
            PrefixUnaryExpressionSyntax unary => unary.Kind() is SyntaxKind.PreIncrementExpression or SyntaxKind.PreDecrementExpression or SyntaxKind.AddressOfExpression,
            PostfixUnaryExpressionSyntax unary => unary.Kind() is SyntaxKind.PostIncrementExpression or SyntaxKind.PostDecrementExpression,
            RefExpressionSyntax => true,
            _ => false,
        };
    }

    /// <summary>Directly in a static constructor of the field's own type: not in a lambda or local function there.</summary>
    private static bool IsInStaticConstructorOf(SyntaxNode node, INamedTypeSymbol type, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var ancestor in node.Ancestors())
        {
            switch (ancestor)
            {
                case ConstructorDeclarationSyntax constructor when constructor.Modifiers.Any(SyntaxKind.StaticKeyword):
                    return SymbolEqualityComparer.Default.Equals(model.GetDeclaredSymbol(constructor, cancellationToken)?.ContainingType, type);
                case AnonymousFunctionExpressionSyntax:
                case LocalFunctionStatementSyntax:
                case MemberDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Calling a method on a readonly field of a mutable struct works on a copy, so the fix would silently
    /// change behaviour; type parameters might be such structs.
    /// </summary>
    private static bool MayBeMutableStruct(ITypeSymbol type)
    {
        if (type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T && type is INamedTypeSymbol { TypeArguments.Length: 1 } nullable)
        {
            return MayBeMutableStruct(nullable.TypeArguments[0]);
        }

        return type switch
        {
            ITypeParameterSymbol parameter => !parameter.HasReferenceTypeConstraint,
            { IsValueType: true } => type.TypeKind != TypeKind.Enum && type.SpecialType == SpecialType.None && !type.IsReadOnly,
            _ => false,
        };
    }
}
