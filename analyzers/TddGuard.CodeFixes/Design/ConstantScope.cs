using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TddGuard.CodeFixes.Design;

/// <summary>
/// Where a new constant for a literal can live: a <c>private const</c> field of the innermost type around the
/// literal, or a local <c>const</c> of the top-level statements around it.
/// </summary>
internal sealed class ConstantScope
{
    private ConstantScope(INamedTypeSymbol? type, ImmutableArray<SyntaxNode> declarations)
    {
        Type = type;
        Declarations = declarations;
    }

    /// <summary>The type that gets a constant field; null for top-level statements, which get a local constant.</summary>
    public INamedTypeSymbol? Type { get; }

    /// <summary>The type's declarations in document order, or the compilation unit that holds the top-level statements.</summary>
    public ImmutableArray<SyntaxNode> Declarations { get; }

    /// <summary>Identifies the scope within one document: its first declaration.</summary>
    public SyntaxNode Anchor => Declarations[0];

    public static ConstantScope? Of(ExpressionSyntax value, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var ancestor in value.Ancestors())
        {
            switch (ancestor)
            {
                case GlobalStatementSyntax { Parent: CompilationUnitSyntax unit }:
                    return new ConstantScope(type: null, ImmutableArray.Create<SyntaxNode>(unit));
                case InterfaceDeclarationSyntax:
                    return null;
                case TypeDeclarationSyntax declaration:
                    return ForType(declaration, model, cancellationToken);
                case BaseTypeDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    /// <summary>The declaration that receives the constant: the one holding <paramref name="firstUse"/> when it has a body.</summary>
    public TypeDeclarationSyntax HomeFor(SyntaxNode firstUse)
    {
        var withBody = Declarations.OfType<TypeDeclarationSyntax>().Where(HasBody).ToList();
        return withBody.FirstOrDefault(declaration => declaration.Span.Contains(firstUse.Span)) ?? withBody[0];
    }

    /// <summary>The string literals of the scope's own code; nested types are scopes of their own.</summary>
    public IEnumerable<LiteralExpressionSyntax> StringLiterals()
    {
        var roots = Declarations[0] is CompilationUnitSyntax unit
            ? unit.Members.OfType<GlobalStatementSyntax>().Cast<SyntaxNode>()
            : Declarations;
        return roots
            .SelectMany(root => root.DescendantNodes(node => node == root || node is not BaseTypeDeclarationSyntax))
            .OfType<LiteralExpressionSyntax>()
            .Where(literal => literal.IsKind(SyntaxKind.StringLiteralExpression));
    }

    private static ConstantScope? ForType(TypeDeclarationSyntax declaration, SemanticModel model, CancellationToken cancellationToken)
    {
        if (model.GetDeclaredSymbol(declaration, cancellationToken) is not INamedTypeSymbol type
            || type.DeclaringSyntaxReferences.Any(part => part.SyntaxTree != declaration.SyntaxTree))
        {
            // Fix All changes each document on its own: a type declared in several documents could get the
            // same constant from each of them. Such types get no fix.
            return null;
        }

        var declarations = type.DeclaringSyntaxReferences
            .Select(part => part.GetSyntax(cancellationToken))
            .OfType<TypeDeclarationSyntax>()
            .OrderBy(part => part.SpanStart)
            .ToImmutableArray<SyntaxNode>();
        return declarations.OfType<TypeDeclarationSyntax>().Any(HasBody) ? new ConstantScope(type, declarations) : null;
    }

    private static bool HasBody(TypeDeclarationSyntax declaration) =>
        declaration.OpenBraceToken.IsKind(SyntaxKind.OpenBraceToken) && !declaration.OpenBraceToken.IsMissing;
}
