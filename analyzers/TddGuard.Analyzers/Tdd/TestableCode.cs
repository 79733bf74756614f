using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TddGuard.Analyzers.Tdd;

/// <summary>Which production types and members carry logic a test must drive.</summary>
internal static class TestableCode
{
    public static bool IsTestableType(INamedTypeSymbol type) =>
        type.TypeKind is TypeKind.Class or TypeKind.Struct
        && !type.IsImplicitlyDeclared
        && IsVisibleOutsideAssembly(type);

    /// <summary>Public (or protected) methods, constructors, operators, properties and indexers that have a body.</summary>
    public static ImmutableArray<ISymbol> MembersWithLogic(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        type.GetMembers().Where(member => IsExposed(member) && HasLogic(member, cancellationToken)).ToImmutableArray();

    public static string DisplayName(ISymbol member) => member switch
    {
        IMethodSymbol { MethodKind: MethodKind.Constructor } => $"{member.ContainingType.Name}.{member.ContainingType.Name}",
        IPropertySymbol { IsIndexer: true } => $"{member.ContainingType.Name}.this[]",
        _ => $"{member.ContainingType.Name}.{member.Name}",
    };

    private static bool IsVisibleOutsideAssembly(INamedTypeSymbol type)
    {
        for (ISymbol? current = type; current is INamedTypeSymbol named; current = named.ContainingType)
        {
            if (named.DeclaredAccessibility != Accessibility.Public)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsExposed(ISymbol member) =>
        !member.IsImplicitlyDeclared
        && !member.IsAbstract
        && !member.IsExtern
        && member.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal
        && member switch
        {
            IMethodSymbol method => method.MethodKind is MethodKind.Ordinary or MethodKind.Constructor or MethodKind.UserDefinedOperator or MethodKind.Conversion,
            IPropertySymbol => true,
            _ => false,
        };

    private static bool HasLogic(ISymbol member, CancellationToken cancellationToken) =>
        member.DeclaringSyntaxReferences.Any(reference => reference.GetSyntax(cancellationToken) switch
        {
            ConstructorDeclarationSyntax constructor => constructor.ExpressionBody is not null || constructor.Body?.Statements.Count > 0,
            BaseMethodDeclarationSyntax method => method.ExpressionBody is not null || method.Body is not null,
            BasePropertyDeclarationSyntax property => HasAccessorLogic(property),
            _ => false,
        });

    private static bool HasAccessorLogic(BasePropertyDeclarationSyntax property) =>
        property switch
        {
            PropertyDeclarationSyntax { ExpressionBody: not null } or IndexerDeclarationSyntax { ExpressionBody: not null } => true,
            _ => property.AccessorList?.Accessors.Any(accessor => accessor.Body is not null || accessor.ExpressionBody is not null) == true,
        };
}
