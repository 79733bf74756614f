using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using TddGuard.Analyzers.Tdd;

namespace TddGuard.CodeFixes.Tdd;

/// <summary>
/// How a group of tests that differ only in literals becomes one parameterized test: the first test keeps its name
/// and body, gets one parameter per differing literal and one data row per test; the others go.
/// </summary>
internal sealed class TestTable
{
    private TestTable(MethodDeclarationSyntax first, ImmutableArray<MethodDeclarationSyntax> others, MethodDeclarationSyntax merged)
    {
        First = first;
        Others = others;
        Merged = merged;
    }

    /// <summary>The test that becomes the parameterized one.</summary>
    public MethodDeclarationSyntax First { get; }

    /// <summary>The tests that become rows and are removed.</summary>
    public ImmutableArray<MethodDeclarationSyntax> Others { get; }

    /// <summary>The parameterized test that replaces <see cref="First"/>.</summary>
    public MethodDeclarationSyntax Merged { get; }

    /// <summary>The table for the diagnostic's group, or <see langword="null"/> when it cannot be merged without loss.</summary>
    public static TestTable? TryCreate(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(TestsDifferingOnlyInLiteralsAnalyzer.FrameworkProperty, out var frameworkName)
            || !Enum.TryParse<TestFrameworkKind>(frameworkName, out var framework)
            || FindGroup(root, diagnostic) is not { Length: > 1 } methods)
        {
            return null;
        }

        var shapes = methods.Select(TestBodyShape.Of).ToList();
        if (shapes.Any(shape => shape is null || shape.Key != shapes[0]!.Key))
        {
            return null;
        }

        var first = methods[0];
        var others = methods.RemoveAt(0);
        if (!EverythingRemovedSurvives(first, others)
            || DataAttributes.For(framework).RewriteOf(first.AttributeLists, model, cancellationToken) is not { } rewriter)
        {
            return null;
        }

        var columns = DifferingColumns(shapes!);
        var parameters = new List<(string Type, string Name, string? Conversion)>();
        var usedNames = new HashSet<string>(
            first.DescendantTokens().Where(token => token.IsKind(SyntaxKind.IdentifierToken)).Select(token => token.ValueText),
            StringComparer.Ordinal);
        foreach (var column in columns)
        {
            var literal = shapes[0]!.Literals[column];
            if (ParameterTypeOf(literal, model, cancellationToken) is not { } type)
            {
                return null;
            }

            var name = UniqueName(NameFromUse(literal, model, cancellationToken) ?? "value" + (parameters.Count + 1), usedNames);
            parameters.Add((type.Keyword, name, type.Conversion));
        }

        var rows = shapes.Select(shape => columns.Select((column, index) => RowValue(shape!.Literals[column], parameters[index].Conversion)).ToImmutableArray()).ToImmutableArray();
        var literalNames = columns.Select((column, index) => (Literal: shapes[0]!.Literals[column], parameters[index].Name)).ToDictionary(pair => pair.Literal, pair => pair.Name);

        var merged = first
            .ReplaceNodes(literalNames.Keys, (original, _) => SyntaxFactory.IdentifierName(literalNames[original]).WithTriviaFrom(original))
            .WithAttributeLists(rewriter.WithRows(rows))
            .WithParameterList(first.ParameterList.WithParameters(SyntaxFactory.SeparatedList(
                parameters.Select(parameter => SyntaxFactory.Parameter(SyntaxFactory.Identifier(parameter.Name))
                    .WithType(SyntaxFactory.ParseTypeName(parameter.Type).WithTrailingTrivia(SyntaxFactory.Space))),
                parameters.Skip(1).Select(_ => SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space)))));
        return new TestTable(first, others, merged);
    }

    private static ImmutableArray<MethodDeclarationSyntax>? FindGroup(SyntaxNode root, Diagnostic diagnostic)
    {
        var methods = ImmutableArray.CreateBuilder<MethodDeclarationSyntax>();
        foreach (var location in diagnostic.AdditionalLocations)
        {
            // A group spread over several files (partial classes) is not merged: the fix edits one document.
            if (location.SourceTree != root.SyntaxTree
                || root.FindToken(location.SourceSpan.Start).Parent is not MethodDeclarationSyntax method)
            {
                return null;
            }

            methods.Add(method);
        }

        return methods.Distinct().OrderBy(method => method.SpanStart).ToImmutableArray();
    }

    private static List<int> DifferingColumns(List<TestBodyShape> shapes)
    {
        var columns = new List<int>();
        for (var column = 0; column < shapes[0].Literals.Length; column++)
        {
            var value = shapes[0].Literals[column].Token.Value;
            if (shapes.Any(shape => !Equals(shape.Literals[column].Token.Value, value)))
            {
                columns.Add(column);
            }
        }

        return columns;
    }

    /// <summary>Removing the other tests must lose no comment (one the first test does not repeat) and no directive.</summary>
    private static bool EverythingRemovedSurvives(MethodDeclarationSyntax first, ImmutableArray<MethodDeclarationSyntax> others)
    {
        var kept = new HashSet<string>(first.DescendantTrivia().Where(IsComment).Select(trivia => trivia.ToFullString().Trim()), StringComparer.Ordinal);
        return others.All(other => other.DescendantTrivia().All(trivia =>
            !trivia.IsDirective && (!IsComment(trivia) || kept.Contains(trivia.ToFullString().Trim()))));
    }

    private static bool IsComment(SyntaxTrivia trivia) =>
        trivia.IsKind(SyntaxKind.SingleLineCommentTrivia)
        || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia)
        || trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia)
        || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia);

    /// <summary>
    /// The parameter's type: the literal's own type, or the numeric type C# converts it to where that differs
    /// (<c>byte b = 1</c>), since a row value is passed without that conversion. Decimals cannot be row values.
    /// </summary>
    private static (string Keyword, string? Conversion)? ParameterTypeOf(LiteralExpressionSyntax literal, SemanticModel model, CancellationToken cancellationToken)
    {
        if (TestBodyShape.TypeOfReplaceable(literal) is not { } natural)
        {
            return null;
        }

        var converted = model.GetTypeInfo(literal, cancellationToken).ConvertedType;
        if (converted is null || !IsNumericOrChar(converted.SpecialType) || converted.ToDisplayString() == natural)
        {
            return (natural, null);
        }

        return converted.SpecialType == SpecialType.System_Decimal ? null : (converted.ToDisplayString(), converted.ToDisplayString());
    }

    private static bool IsNumericOrChar(SpecialType type) => type is
        SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
        or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64
        or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal or SpecialType.System_Char;

    /// <summary>The literal as a data-row argument: as written, with a suffix or a cast when the parameter's type differs.</summary>
    private static ExpressionSyntax RowValue(LiteralExpressionSyntax literal, string? conversion)
    {
        var text = literal.Token.Text;
        var suffix = conversion switch
        {
            "long" => "L",
            "ulong" => "UL",
            "uint" => "U",
            "float" => "F",
            "double" => "D",
            _ => null,
        };
        if (conversion is null)
        {
            return SyntaxFactory.ParseExpression(text);
        }

        return suffix is not null && literal.Token.Value is int && text.All(char.IsDigit)
            ? SyntaxFactory.ParseExpression(text + suffix)
            : SyntaxFactory.ParseExpression($"({conversion}){text}");
    }

    /// <summary>The name of the parameter the literal is passed to (<c>expected</c> in <c>Is.EqualTo(3)</c>), if any.</summary>
    private static string? NameFromUse(LiteralExpressionSyntax literal, SemanticModel model, CancellationToken cancellationToken)
    {
        var operation = model.GetOperation(literal, cancellationToken);
        while (operation?.Parent is IConversionOperation conversion)
        {
            operation = conversion;
        }

        var name = (operation?.Parent as IArgumentOperation)?.Parameter?.Name;
        return name is not null && SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None ? name : null;
    }

    private static string UniqueName(string candidate, HashSet<string> usedNames)
    {
        var name = candidate;
        for (var suffix = 2; !usedNames.Add(name); suffix++)
        {
            name = candidate + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }
}
