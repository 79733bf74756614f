using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TddGuard.Analyzers.Tdd.Reach;

/// <summary>
/// The syntax that runs when a member runs: a method's or operator's body, a property's, indexer's or event's
/// accessors, a constructor's initializer and body (a primary constructor's base arguments) with its type's instance
/// initializers, and a type's static constructor and static initializers.
/// </summary>
internal static class MemberBodies
{
    /// <summary>The syntax that runs when <paramref name="member"/> runs: bodies, accessors, a constructor's initializers.</summary>
    public static IEnumerable<SyntaxNode> Of(ISymbol member, CancellationToken cancellationToken)
    {
        var declared = member is IMethodSymbol { PartialImplementationPart: { } implementation } ? implementation : member;
        foreach (var reference in declared.DeclaringSyntaxReferences)
        {
            foreach (var body in Of(reference.GetSyntax(cancellationToken)))
            {
                yield return body;
            }
        }

        if (member is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor)
        {
            foreach (var initializer in InitializersOf(constructor.ContainingType, isStatic: false, cancellationToken))
            {
                yield return initializer;
            }
        }
    }

    private static IEnumerable<SyntaxNode> Of(SyntaxNode declaration) => declaration switch
    {
        ConstructorDeclarationSyntax constructor => Present(constructor.Initializer, constructor.Body, constructor.ExpressionBody),
        BaseMethodDeclarationSyntax method => Present(method.Body, method.ExpressionBody),
        BasePropertyDeclarationSyntax property => Present(property.AccessorList, (property as PropertyDeclarationSyntax)?.ExpressionBody, (property as IndexerDeclarationSyntax)?.ExpressionBody),
        AccessorDeclarationSyntax accessor => Present(accessor.Body, accessor.ExpressionBody),
        ArrowExpressionClauseSyntax arrow => [arrow],
        TypeDeclarationSyntax primary => Present(primary.BaseList?.Types.OfType<PrimaryConstructorBaseTypeSyntax>().FirstOrDefault()),
        _ => [],
    };

    private static IEnumerable<SyntaxNode> Present(params SyntaxNode?[] nodes) => nodes.OfType<SyntaxNode>();

    /// <summary>The base constructor a constructor without <c>: base(...)</c> or <c>: this(...)</c> calls.</summary>
    public static IEnumerable<ISymbol> ImplicitCallsOf(ISymbol member)
    {
        if (member is not IMethodSymbol { MethodKind: MethodKind.Constructor, IsStatic: false } constructor
            || constructor.ContainingType is not { TypeKind: TypeKind.Class, BaseType: { } baseType }
            || constructor.DeclaringSyntaxReferences.Any(reference => CallsAnotherConstructor(reference.GetSyntax())))
        {
            return [];
        }

        return baseType.InstanceConstructors.Where(candidate => candidate.Parameters.All(parameter => parameter.IsOptional || parameter.IsParams)).Take(1);
    }

    private static bool CallsAnotherConstructor(SyntaxNode declaration) => declaration switch
    {
        ConstructorDeclarationSyntax constructor => constructor.Initializer is not null,
        TypeDeclarationSyntax type => type.BaseList?.Types.Any(baseType => baseType is PrimaryConstructorBaseTypeSyntax) == true,
        _ => false,
    };

    /// <summary>The static constructor and static initializers of <paramref name="type"/>: what runs once the type is used.</summary>
    public static IEnumerable<SyntaxNode> StaticOf(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        type.StaticConstructors
            .SelectMany(constructor => constructor.DeclaringSyntaxReferences)
            .SelectMany(reference => Of(reference.GetSyntax(cancellationToken)))
            .Concat(InitializersOf(type, isStatic: true, cancellationToken));

    /// <summary>The field, property and event initializers of every declaration of <paramref name="type"/>.</summary>
    private static IEnumerable<SyntaxNode> InitializersOf(INamedTypeSymbol type, bool isStatic, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax declaration)
            {
                continue;
            }

            foreach (var member in declaration.Members)
            {
                if (member.Modifiers.Any(SyntaxKind.StaticKeyword) != isStatic || member.Modifiers.Any(SyntaxKind.ConstKeyword))
                {
                    continue;
                }

                foreach (var initializer in InitializersOf(member))
                {
                    yield return initializer;
                }
            }
        }
    }

    private static IEnumerable<SyntaxNode> InitializersOf(MemberDeclarationSyntax member) => member switch
    {
        BaseFieldDeclarationSyntax field => field.Declaration.Variables.Select(variable => variable.Initializer).OfType<SyntaxNode>(),
        PropertyDeclarationSyntax { Initializer: { } initializer } => [initializer],
        _ => [],
    };
}
