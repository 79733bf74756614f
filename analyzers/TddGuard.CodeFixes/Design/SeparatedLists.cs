using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TddGuard.CodeFixes.Design;

/// <summary>Adds an item to a comma-separated list (parameters, arguments) in the layout the list already has.</summary>
internal static class SeparatedLists
{
    /// <summary>
    /// Inserts <paramref name="item"/> at <paramref name="index"/>. A list written one item per line gets the new
    /// item on its own line, indented like the others; otherwise it follows <c>", "</c>.
    /// </summary>
    public static SeparatedSyntaxList<TNode> Insert<TNode>(SeparatedSyntaxList<TNode> list, int index, TNode item)
        where TNode : SyntaxNode
    {
        if (list.Count == 0)
        {
            return SyntaxFactory.SingletonSeparatedList(item);
        }

        var separator = list.SeparatorCount > 0
            ? SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(list.GetSeparator(list.SeparatorCount - 1).TrailingTrivia)
            : SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space);
        var laidOut = list.SeparatorCount > 0 ? item.WithLeadingTrivia(list[list.Count - 1].GetLeadingTrivia()) : item;

        var nodes = new System.Collections.Generic.List<TNode>(list);
        nodes.Insert(index, laidOut);
        var separators = new System.Collections.Generic.List<SyntaxToken>(list.GetSeparators());
        separators.Add(separator);
        return SyntaxFactory.SeparatedList(nodes, separators);
    }
}
