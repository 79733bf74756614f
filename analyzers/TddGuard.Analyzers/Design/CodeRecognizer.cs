using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TddGuard.Analyzers.Design;

/// <summary>
/// Tells C# code from prose: text is code when it parses without a single syntax error as statements, type
/// members or a compilation unit, and none of the shapes prose takes when it happens to parse appear in it.
/// </summary>
internal static class CodeRecognizer
{
    private const string CodeCharacters = ";{}()=";
    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Latest, DocumentationMode.None);

    public static bool IsCode(string text) =>
        HasCodeCharacter(text)
        && (IsStatementsOrDeclarations(text) || IsTypeMembers(text));

    /// <summary>The cheap filter: code holds at least one of <see cref="CodeCharacters"/>; prose usually holds none.</summary>
    private static bool HasCodeCharacter(string text)
    {
        foreach (var character in text)
        {
            if (CodeCharacters.IndexOf(character) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Statements (as top-level statements), using directives, namespaces or types.</summary>
    private static bool IsStatementsOrDeclarations(string text)
    {
        var unit = SyntaxFactory.ParseCompilationUnit(text, options: s_parseOptions);
        return IsClean(unit)
            && (unit.Usings.Count > 0 || unit.Externs.Count > 0 || unit.AttributeLists.Count > 0
                || unit.Members.Any(member => member is not GlobalStatementSyntax { Statement: EmptyStatementSyntax }));
    }

    /// <summary>Fields, properties, methods, constructors, ... as they are written inside a type.</summary>
    private static bool IsTypeMembers(string text)
    {
        var unit = SyntaxFactory.ParseCompilationUnit("class C\n{\n" + text + "\n}", options: s_parseOptions);
        return IsClean(unit) && (unit.Members.Count > 1 || unit.Members[0] is TypeDeclarationSyntax { Members.Count: > 0 });
    }

    private static bool IsClean(CompilationUnitSyntax unit) =>
        !unit.ContainsDiagnostics && !unit.DescendantNodesAndTokens().Any(IsProseShape);

    /// <summary>Constructs that parse but that nobody writes as code, while sentences produce them easily.</summary>
    private static bool IsProseShape(SyntaxNodeOrToken nodeOrToken) => nodeOrToken.AsNode() switch
    {
        // "TODO: call Reset();", "Usage: var x = ...;"
        LabeledStatementSyntax => true,

        // "this is a test;", "count;": only some expressions may stand as statements.
        ExpressionStatementSyntax statement => !IsStatementExpression(statement.Expression),

        // "i = 0 (reset);": a number or a string is never called.
        InvocationExpressionSyntax invocation => invocation.Expression is LiteralExpressionSyntax,

        // "Keep going;", "Do it;": a variable of a type named by one word and never assigned.
        VariableDeclarationSyntax declaration => declaration.Type is IdentifierNameSyntax { IsVar: false }
            && declaration.Variables.All(variable => variable.Initializer is null),

        // "e.g. foo(bar);": nobody puts a space after the dot of a member access.
        null => nodeOrToken.IsKind(SyntaxKind.DotToken) && nodeOrToken.AsToken().TrailingTrivia.Count > 0,

        _ => false,
    };

    private static bool IsStatementExpression(ExpressionSyntax expression) => expression
        is InvocationExpressionSyntax
        or AssignmentExpressionSyntax
        or BaseObjectCreationExpressionSyntax
        or AwaitExpressionSyntax
        or ConditionalAccessExpressionSyntax
        or PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression }
        or PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostIncrementExpression or (int)SyntaxKind.PostDecrementExpression };
}
