using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace TddGuard.Analyzers.Design;

/// <summary>One place of duplicated statements and where else (the first statement of another copy) they occur.</summary>
internal sealed class DuplicatePlace(StatementSyntax firstStatement, StatementSyntax lastStatement, int statementCount, StatementSyntax otherStatement)
{
    public StatementSyntax FirstStatement { get; } = firstStatement;

    public int StatementCount { get; } = statementCount;

    public StatementSyntax OtherStatement { get; } = otherStatement;

    public TextSpan Span { get; } = TextSpan.FromBounds(firstStatement.SpanStart, lastStatement.Span.End);

    public static int ComparePositions(DuplicatePlace left, DuplicatePlace right)
    {
        var byFile = string.CompareOrdinal(left.FirstStatement.SyntaxTree.FilePath, right.FirstStatement.SyntaxTree.FilePath);
        if (byFile != 0)
        {
            return byFile;
        }

        var byStart = left.Span.Start.CompareTo(right.Span.Start);
        return byStart != 0 ? byStart : right.Span.Length.CompareTo(left.Span.Length);
    }
}
