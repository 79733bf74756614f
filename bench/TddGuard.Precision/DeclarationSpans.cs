using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace TddGuard.Precision;

/// <summary>Finds, by parsing a source file, the declaration a TG1001 or TG1002 finding is about.</summary>
internal static class DeclarationSpans
{
    private const string UntestedMember = "TG1001";
    private const string UntestedType = "TG1002";

    /// <summary>
    /// The lines of the declaration whose name starts at <paramref name="line"/>, <paramref name="column"/> (1-based):
    /// a method, constructor, operator, property or indexer for TG1001, a type for TG1002; null when there is none.
    /// </summary>
    public static LineSpan? Find(string sourceText, string rule, int line, int column)
    {
        var text = SourceText.From(sourceText);
        if (line < 1 || line > text.Lines.Count || column < 1 || column > text.Lines[line - 1].Span.Length + 1)
        {
            return null;
        }

        var position = text.Lines[line - 1].Start + column - 1;
        var plain = CSharpSyntaxTree.ParseText(text);
        return Candidates(plain, text)
            .Select(tree => DeclarationAt(tree.GetRoot(), rule, position))
            .OfType<MemberDeclarationSyntax>()
            .Select(declaration => text.Lines.GetLinePositionSpan(declaration.Span))
            .Select(span => (LineSpan?)new LineSpan(span.Start.Line + 1, span.End.Line + 1))
            .FirstOrDefault();
    }

    /// <summary>
    /// The file as parsed without symbols, then, for code under <c>#if</c>, with each symbol its directives test
    /// defined alone, then with all of them (the build that reported the finding had some set the file does not say).
    /// </summary>
    private static IEnumerable<SyntaxTree> Candidates(SyntaxTree plain, SourceText text)
    {
        yield return plain;
        var symbols = plain.GetRoot().DescendantTrivia()
            .Select(trivia => trivia.GetStructure())
            .OfType<ConditionalDirectiveTriviaSyntax>()
            .SelectMany(directive => directive.Condition.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
            .Select(name => name.Identifier.ValueText)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var defined in symbols.Select(symbol => (IEnumerable<string>)[symbol]).Append(symbols))
        {
            yield return CSharpSyntaxTree.ParseText(text, CSharpParseOptions.Default.WithPreprocessorSymbols(defined));
        }
    }

    private static MemberDeclarationSyntax? DeclarationAt(SyntaxNode root, string rule, int position)
    {
        var token = root.FindToken(position);
        return token.SpanStart != position
            ? null
            : token.Parent?.AncestorsAndSelf()
                .OfType<MemberDeclarationSyntax>()
                .FirstOrDefault(member => IsJudgedBy(member, rule) && NameOf(member)?.SpanStart == position);
    }

    private static bool IsJudgedBy(MemberDeclarationSyntax member, string rule) => rule switch
    {
        UntestedMember => member is BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax,
        UntestedType => member is BaseTypeDeclarationSyntax,
        _ => false,
    };

    /// <summary>The token the compiler gives as the declared symbol's location.</summary>
    private static SyntaxToken? NameOf(MemberDeclarationSyntax member) => member switch
    {
        BaseTypeDeclarationSyntax type => type.Identifier,
        MethodDeclarationSyntax method => method.Identifier,
        ConstructorDeclarationSyntax constructor => constructor.Identifier,
        OperatorDeclarationSyntax @operator => @operator.OperatorToken,
        ConversionOperatorDeclarationSyntax conversion => conversion.Type.GetFirstToken(),
        PropertyDeclarationSyntax property => property.Identifier,
        IndexerDeclarationSyntax indexer => indexer.ThisKeyword,
        _ => null,
    };
}
