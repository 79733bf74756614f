using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TddGuard.CodeFixes.Design;

/// <summary>Places new constants where a reader looks for them, touching no other line's layout or comments.</summary>
internal static class ConstantLayout
{
    /// <summary>
    /// After the constant fields the declaration starts with, or else first in it followed by a blank line. The
    /// fields are indented by the formatter (they carry its annotation).
    /// </summary>
    public static TypeDeclarationSyntax AddFields(TypeDeclarationSyntax declaration, IReadOnlyList<MemberDeclarationSyntax> fields, SyntaxTrivia endOfLine)
    {
        var members = declaration.Members;
        var index = members.TakeWhile(member => member is FieldDeclarationSyntax field && field.Modifiers.Any(SyntaxKind.ConstKeyword)).Count();
        var blankLineAfter = index == 0 && members.Count > 0 && !StartsWithBlankLine(members[0].GetLeadingTrivia());
        var laidOut = fields.Select((field, position) => position == fields.Count - 1 && blankLineAfter
            ? field.WithTrailingTrivia(endOfLine, endOfLine)
            : field.WithTrailingTrivia(endOfLine));
        return declaration.WithMembers(members.InsertRange(index, laidOut));
    }

    /// <summary>
    /// Before the first top-level statement, so they are in scope for all of them, separated by blank lines. A
    /// comment right above that statement stays with it; a file header or anything after a blank line stays on top.
    /// </summary>
    public static CompilationUnitSyntax AddLocalConstants(CompilationUnitSyntax unit, IReadOnlyList<StatementSyntax> constants, SyntaxTrivia endOfLine)
    {
        var first = unit.Members.OfType<GlobalStatementSyntax>().First();
        var leading = first.GetLeadingTrivia();
        var split = EndOfLastBlankLine(leading);
        var statements = constants.Select((constant, position) => (MemberDeclarationSyntax)SyntaxFactory.GlobalStatement(constant)
            .WithLeadingTrivia(position == 0 ? leading.Take(split) : [])
            .WithTrailingTrivia(endOfLine));
        var members = unit.Members.Replace(first, first.WithLeadingTrivia(new[] { endOfLine }.Concat(leading.Skip(split))));
        return unit.WithMembers(members.InsertRange(unit.Members.IndexOf(first), statements));
    }

    private static bool StartsWithBlankLine(SyntaxTriviaList leading) =>
        leading.SkipWhile(trivia => trivia.IsKind(SyntaxKind.WhitespaceTrivia)).FirstOrDefault().IsKind(SyntaxKind.EndOfLineTrivia);

    /// <summary>How many trivia up to and including the last line break that ends an empty line (0 when none does).</summary>
    private static int EndOfLastBlankLine(SyntaxTriviaList leading)
    {
        var end = 0;
        var lineIsEmpty = true;
        for (var index = 0; index < leading.Count; index++)
        {
            var trivia = leading[index];
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                end = lineIsEmpty ? index + 1 : end;
                lineIsEmpty = true;
            }
            else if (trivia.HasStructure)
            {
                // A directive ends its own line.
                lineIsEmpty = true;
            }
            else if (!trivia.IsKind(SyntaxKind.WhitespaceTrivia))
            {
                lineIsEmpty = false;
            }
        }

        return end;
    }
}
