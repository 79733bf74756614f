using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TddGuard.Analyzers.Design;

/// <summary>Where to report on a declaration and what to call it in a message: its name as a reader finds it.</summary>
internal static class MemberNames
{
    public static (Location Location, string Name) Of(SyntaxNode declaration) => declaration switch
    {
        MethodDeclarationSyntax method => Named(method.Identifier),
        ConstructorDeclarationSyntax constructor => Named(constructor.Identifier),
        DestructorDeclarationSyntax destructor => (destructor.Identifier.GetLocation(), "~" + destructor.Identifier.ValueText),
        OperatorDeclarationSyntax op => (op.OperatorToken.GetLocation(), "operator " + op.OperatorToken.ValueText),
        ConversionOperatorDeclarationSyntax conversion =>
            (conversion.Type.GetLocation(), $"{conversion.ImplicitOrExplicitKeyword.ValueText} operator {conversion.Type}"),
        LocalFunctionStatementSyntax local => Named(local.Identifier),
        DelegateDeclarationSyntax @delegate => Named(@delegate.Identifier),
        BaseTypeDeclarationSyntax type => Named(type.Identifier),
        PropertyDeclarationSyntax property => Named(property.Identifier),
        EventDeclarationSyntax @event => Named(@event.Identifier),
        IndexerDeclarationSyntax indexer => (indexer.ThisKeyword.GetLocation(), "this[]"),
        AccessorDeclarationSyntax accessor => (accessor.Keyword.GetLocation(), OwnerNameOf(accessor) + "." + accessor.Keyword.ValueText),
        _ => Named(declaration.GetFirstToken()),
    };

    private static (Location Location, string Name) Named(SyntaxToken identifier) => (identifier.GetLocation(), identifier.ValueText);

    private static string OwnerNameOf(AccessorDeclarationSyntax accessor) =>
        accessor.Parent?.Parent is { } owner ? Of(owner).Name : string.Empty;
}
