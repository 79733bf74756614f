using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TddGuard.Analyzers.Design;

/// <summary>What TG2003 makes of one string literal.</summary>
[Flags]
internal enum MagicStringRole
{
    /// <summary>Not a magic string: empty, in a directive, or in a named definition (const, attribute, default value, ...).</summary>
    None = 0,

    /// <summary>Compared by value: an operand of <c>==</c>/<c>!=</c>, an argument or receiver of <c>Equals</c>, a case label or constant pattern.</summary>
    Compared = 1,

    /// <summary>Counts towards the repetitions of its value in its type (messages and separators do not).</summary>
    Counted = 2,
}

/// <summary>Classifies string literals for TG2003, the same way for the analyzer and its code fix.</summary>
internal static class MagicStrings
{
    private const string EqualsMethodName = nameof(Equals);

    public static MagicStringRole Classify(
        LiteralExpressionSyntax literal,
        SemanticModel model,
        MessageArguments messages,
        CancellationToken cancellationToken)
    {
        var role = ClassifySyntax(literal);
        return (role & MagicStringRole.Counted) != 0 && messages.IsMessage(literal, model, cancellationToken)
            ? role & ~MagicStringRole.Counted
            : role;
    }

    /// <summary>
    /// The role from the syntax alone: <see cref="MagicStringRole.Counted"/> here means it counts unless it is an
    /// exception or log message, which takes binding — worth asking only when its value repeats often enough.
    /// </summary>
    public static MagicStringRole ClassifySyntax(LiteralExpressionSyntax literal)
    {
        if (literal.Token.ValueText.Length == 0
            || literal.IsPartOfStructuredTrivia()
            || NamedValueContext.IsInNamedDefinition(literal))
        {
            return MagicStringRole.None;
        }

        var role = IsCompared(literal) ? MagicStringRole.Compared : MagicStringRole.None;
        return HasLetterOrDigit(literal.Token.ValueText) ? role | MagicStringRole.Counted : role;
    }

    private static bool IsCompared(LiteralExpressionSyntax literal)
    {
        ExpressionSyntax operand = literal;
        while (operand.Parent is ParenthesizedExpressionSyntax parenthesized)
        {
            operand = parenthesized;
        }

        return operand.Parent switch
        {
            BinaryExpressionSyntax binary => binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression),
            ConstantPatternSyntax or CaseSwitchLabelSyntax => true,
            ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } } => CallsEquals(invocation),
            MemberAccessExpressionSyntax access => access.Expression == operand && access.Parent is InvocationExpressionSyntax invocation && CallsEquals(invocation),
            _ => false,
        };
    }

    private static bool CallsEquals(InvocationExpressionSyntax invocation)
    {
        var name = invocation.Expression switch
        {
            MemberAccessExpressionSyntax access => access.Name,
            MemberBindingExpressionSyntax binding => binding.Name,
            SimpleNameSyntax simple => simple,
            _ => null,
        };
        return name?.Identifier.ValueText == EqualsMethodName;
    }

    /// <summary>Separators and punctuation (<c>", "</c>, <c>"\n"</c>) say what they are; repeating them is no magic.</summary>
    private static bool HasLetterOrDigit(string value)
    {
        foreach (var character in value)
        {
            if (char.IsLetterOrDigit(character))
            {
                return true;
            }
        }

        return false;
    }
}
