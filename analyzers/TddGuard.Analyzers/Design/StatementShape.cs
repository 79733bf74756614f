using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TddGuard.Analyzers.Design;

/// <summary>
/// A statement's shape: its tokens, with the names of the data it works on (locals, parameters, fields, types)
/// and the values of its literals left out, but the names of the members it calls or accesses kept. Copying code
/// renames the data and changes the values; what the code does stays.
/// </summary>
internal static class StatementShape
{
    private const ulong FnvOffsetBasis = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    /// <summary>A hash that is equal for statements <see cref="AreEquivalent"/> says are the same.</summary>
    public static ulong Hash(SyntaxNode statement)
    {
        var hash = FnvOffsetBasis;
        foreach (var token in statement.DescendantTokens())
        {
            hash = Mix(hash, (ushort)NormalizedKind(token));
            if (KeepsName(token))
            {
                foreach (var character in token.ValueText)
                {
                    hash = Mix(hash, character);
                }
            }
        }

        return hash;
    }

    /// <summary>Whether two statements have the same shape, compared token by token.</summary>
    public static bool AreEquivalent(SyntaxNode left, SyntaxNode right)
    {
        using var leftTokens = left.DescendantTokens().GetEnumerator();
        using var rightTokens = right.DescendantTokens().GetEnumerator();
        while (true)
        {
            var hasLeft = leftTokens.MoveNext();
            if (hasLeft != rightTokens.MoveNext())
            {
                return false;
            }

            if (!hasLeft)
            {
                return true;
            }

            if (!TokensAreEquivalent(leftTokens.Current, rightTokens.Current))
            {
                return false;
            }
        }
    }

    private static bool TokensAreEquivalent(SyntaxToken left, SyntaxToken right)
    {
        if (NormalizedKind(left) != NormalizedKind(right))
        {
            return false;
        }

        var keepsName = KeepsName(left);
        return keepsName == KeepsName(right) && (!keepsName || left.ValueText == right.ValueText);
    }

    private static ulong Mix(ulong hash, ulong value) => unchecked((hash ^ value) * FnvPrime);

    /// <summary>A token's kind, where <c>true</c> and <c>false</c> count as one literal like <c>0</c> and <c>1</c> do.</summary>
    private static SyntaxKind NormalizedKind(SyntaxToken token) =>
        token.IsKind(SyntaxKind.FalseKeyword) ? SyntaxKind.TrueKeyword : token.Kind();

    private static bool KeepsName(SyntaxToken token) =>
        token.IsKind(SyntaxKind.IdentifierToken) && token.Parent is SimpleNameSyntax name && NamesAMember(name);

    /// <summary>
    /// <c>x.Name</c>, <c>x?.Name</c>, <c>Name(...)</c> and <c>new T { Name = ... }</c> name what the code does;
    /// any other simple name (a local, parameter, field or type) names the data it does it with.
    /// </summary>
    private static bool NamesAMember(SimpleNameSyntax name) => name.Parent switch
    {
        MemberAccessExpressionSyntax access => access.Name == name,
        MemberBindingExpressionSyntax => true,
        InvocationExpressionSyntax invocation => invocation.Expression == name,
        AssignmentExpressionSyntax assignment => assignment.Left == name && assignment.Parent is InitializerExpressionSyntax,
        _ => false,
    };
}
