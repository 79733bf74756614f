using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TddGuard.Analyzers.Tdd;

/// <summary>
/// A test method with its literal values left out: two methods with the same <see cref="Key"/> differ only in the
/// values of their <see cref="Literals"/>, so they are rows of one table. Only literals that can become a
/// parameter of the method and an argument of a data attribute are left out; any other token (names, operators,
/// multi-line text, literals where C# needs a constant) must match exactly, as must the method's attributes,
/// modifiers and return type.
/// </summary>
internal sealed class TestBodyShape
{
    private const char Separator = '\u0001';

    private TestBodyShape(string key, ImmutableArray<LiteralExpressionSyntax> literals)
    {
        Key = key;
        Literals = literals;
    }

    public string Key { get; }

    /// <summary>The literals left out of <see cref="Key"/>, in source order.</summary>
    public ImmutableArray<LiteralExpressionSyntax> Literals { get; }

    public static TestBodyShape? Of(MethodDeclarationSyntax method)
    {
        SyntaxNode? body = (SyntaxNode?)method.Body ?? method.ExpressionBody;
        if (body is null)
        {
            return null;
        }

        var key = new StringBuilder();
        AppendExactly(key, method.AttributeLists);
        AppendExactly(key, method.Modifiers);
        AppendExactly(key, method.ReturnType);
        key.Append(Separator).Append(Separator);

        var literals = ImmutableArray.CreateBuilder<LiteralExpressionSyntax>();
        foreach (var token in body.DescendantTokens())
        {
            if (token.Parent is LiteralExpressionSyntax literal && TypeOfReplaceable(literal) is { } type)
            {
                key.Append('$').Append(type).Append(Separator);
                literals.Add(literal);
            }
            else
            {
                Append(key, token);
            }
        }

        return new TestBodyShape(key.ToString(), literals.ToImmutable());
    }

    /// <summary>The C# keyword of the literal's type when it may be replaced by a parameter, else <see langword="null"/>.</summary>
    public static string? TypeOfReplaceable(LiteralExpressionSyntax literal)
    {
        var token = literal.Token;
        var type = token.Value switch
        {
            int => "int",
            uint => "uint",
            long => "long",
            ulong => "ulong",
            float => "float",
            double => "double",
            char => "char",
            bool => "bool",
            string when token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken)
                => IsSingleLine(token.Text) ? "string" : null,
            _ => null,
        };

        return type is not null && !NeedsAConstant(literal) ? type : null;
    }

    /// <summary>
    /// Attribute arguments, case labels, patterns, <c>const</c> locals and default values need a constant, not a
    /// parameter; static local functions and lambdas cannot see the method's parameters.
    /// </summary>
    private static bool NeedsAConstant(LiteralExpressionSyntax literal)
    {
        foreach (var ancestor in literal.Ancestors())
        {
            switch (ancestor)
            {
                case LocalFunctionStatementSyntax localFunction when localFunction.Modifiers.Any(SyntaxKind.StaticKeyword):
                case AnonymousFunctionExpressionSyntax function when function.Modifiers.Any(SyntaxKind.StaticKeyword):
                    return true;
                case AttributeArgumentSyntax:
                case SwitchLabelSyntax:
                case PatternSyntax:
                case GotoStatementSyntax:
                case ParameterSyntax:
                case InterpolationAlignmentClauseSyntax:
                case LocalDeclarationStatementSyntax { IsConst: true }:
                    return true;
                case MemberDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }

    private static bool IsSingleLine(string text) => text.IndexOf('\n') < 0 && text.IndexOf('\r') < 0;

    private static void AppendExactly(StringBuilder key, SyntaxNode node)
    {
        foreach (var token in node.DescendantTokens())
        {
            Append(key, token);
        }
    }

    private static void AppendExactly<TNode>(StringBuilder key, SyntaxList<TNode> nodes)
        where TNode : SyntaxNode
    {
        foreach (var node in nodes)
        {
            AppendExactly(key, node);
        }
    }

    private static void AppendExactly(StringBuilder key, SyntaxTokenList tokens)
    {
        foreach (var token in tokens)
        {
            Append(key, token);
        }
    }

    private static void Append(StringBuilder key, SyntaxToken token) =>
        key.Append(token.RawKind).Append(':').Append(token.Text).Append(Separator);
}
