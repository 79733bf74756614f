using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TddGuard.Analyzers.Tdd;

namespace TddGuard.CodeFixes.Tdd;

/// <summary>
/// How a framework writes a table: NUnit replaces <c>[Test]</c> by <c>[TestCase(...)]</c> rows, xUnit turns
/// <c>[Fact]</c> into <c>[Theory]</c> with <c>[InlineData(...)]</c> rows, MSTest adds <c>[DataRow(...)]</c> rows to
/// <c>[TestMethod]</c>, TUnit adds <c>[Arguments(...)]</c> rows to <c>[Test]</c>.
/// </summary>
internal sealed class DataAttributes
{
    private readonly string _namespace;
    private readonly string _testAttributeName;
    private readonly string? _renamedTo;
    private readonly string _rowName;
    private readonly bool _rowsReplaceTestAttribute;

    private DataAttributes(string @namespace, string testAttributeName, string? renamedTo, string rowName, bool rowsReplaceTestAttribute)
    {
        _namespace = @namespace;
        _testAttributeName = testAttributeName;
        _renamedTo = renamedTo;
        _rowName = rowName;
        _rowsReplaceTestAttribute = rowsReplaceTestAttribute;
    }

    public static DataAttributes For(TestFrameworkKind framework) => framework switch
    {
        TestFrameworkKind.NUnit => new("NUnit.Framework", "Test", renamedTo: null, "TestCase", rowsReplaceTestAttribute: true),
        TestFrameworkKind.Xunit => new("Xunit", "Fact", renamedTo: "Theory", "InlineData", rowsReplaceTestAttribute: false),
        TestFrameworkKind.MSTest => new("Microsoft.VisualStudio.TestTools.UnitTesting", "TestMethod", renamedTo: null, "DataRow", rowsReplaceTestAttribute: false),
        _ => new("TUnit.Core", "Test", renamedTo: null, "Arguments", rowsReplaceTestAttribute: false),
    };

    /// <summary>
    /// The rewrite of a test's attribute lists, or <see langword="null"/> when its test attribute is not written
    /// plainly (an alias) or shares its line with the method.
    /// </summary>
    public Rewrite? RewriteOf(SyntaxList<AttributeListSyntax> lists, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var list in lists)
        {
            foreach (var attribute in list.Attributes)
            {
                if (model.GetSymbolInfo(attribute, cancellationToken).Symbol?.ContainingType?.ToDisplayString() != _namespace + "." + _testAttributeName + "Attribute")
                {
                    continue;
                }

                var written = RightmostNameOf(attribute.Name).Identifier.ValueText;
                return (written == _testAttributeName || written == _testAttributeName + "Attribute") && EndsItsLine(list)
                    ? new Rewrite(this, lists, list, attribute)
                    : null;
            }
        }

        return null;
    }

    private static SimpleNameSyntax RightmostNameOf(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right,
        AliasQualifiedNameSyntax aliased => aliased.Name,
        _ => (SimpleNameSyntax)name,
    };

    /// <summary>The same name with its rightmost part renamed, keeping the qualifier and an <c>Attribute</c> suffix.</summary>
    private static NameSyntax Renamed(NameSyntax name, string simpleName)
    {
        var rightmost = RightmostNameOf(name);
        var text = rightmost.Identifier.ValueText.EndsWith("Attribute", System.StringComparison.Ordinal) ? simpleName + "Attribute" : simpleName;
        return name.ReplaceNode(rightmost, SyntaxFactory.IdentifierName(text).WithTriviaFrom(rightmost));
    }

    private static bool EndsItsLine(AttributeListSyntax list) =>
        list.GetTrailingTrivia().Any(SyntaxKind.EndOfLineTrivia);

    private static SyntaxTriviaList IndentationOf(AttributeListSyntax list)
    {
        var leading = list.GetLeadingTrivia();
        return leading.Count > 0 && leading.Last().IsKind(SyntaxKind.WhitespaceTrivia)
            ? SyntaxFactory.TriviaList(leading.Last())
            : SyntaxFactory.TriviaList();
    }

    /// <summary>The attribute lists of one test, ready to take its rows.</summary>
    internal sealed class Rewrite
    {
        private readonly DataAttributes _attributes;
        private readonly SyntaxList<AttributeListSyntax> _lists;
        private readonly AttributeListSyntax _list;
        private readonly AttributeSyntax _testAttribute;

        public Rewrite(DataAttributes attributes, SyntaxList<AttributeListSyntax> lists, AttributeListSyntax list, AttributeSyntax testAttribute)
        {
            _attributes = attributes;
            _lists = lists;
            _list = list;
            _testAttribute = testAttribute;
        }

        private AttributeListSyntax RowList(ImmutableArray<ExpressionSyntax> row)
        {
            var arguments = SyntaxFactory.SeparatedList(
                row.Select(SyntaxFactory.AttributeArgument),
                row.Skip(1).Select(_ => SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space)));
            var attribute = SyntaxFactory.Attribute(
                Renamed(_testAttribute.Name, _attributes._rowName).WithoutTrivia(),
                SyntaxFactory.AttributeArgumentList(arguments));
            return SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute));
        }

        /// <summary>The lists with one row attribute per row, each on its own line at the test attribute's indentation.</summary>
        public SyntaxList<AttributeListSyntax> WithRows(ImmutableArray<ImmutableArray<ExpressionSyntax>> rows)
        {
            var indentation = IndentationOf(_list);
            var endOfLine = _list.GetTrailingTrivia().First(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia));
            var rowLists = rows.Select(row => RowList(row).WithLeadingTrivia(indentation).WithTrailingTrivia(endOfLine)).ToList();

            var index = _lists.IndexOf(_list);
            if (!_attributes._rowsReplaceTestAttribute)
            {
                var testList = _attributes._renamedTo is { } renamedTo
                    ? _list.ReplaceNode(_testAttribute, _testAttribute.WithName(Renamed(_testAttribute.Name, renamedTo)))
                    : _list;
                return _lists.Replace(_list, testList).InsertRange(index + 1, rowLists);
            }

            if (_list.Attributes.Count == 1)
            {
                // The rows take the test attribute's place, with its leading trivia and anything after it on its line.
                rowLists[0] = rowLists[0].WithLeadingTrivia(_list.GetLeadingTrivia());
                rowLists[rowLists.Count - 1] = rowLists[rowLists.Count - 1].WithTrailingTrivia(_list.GetTrailingTrivia());
                return _lists.RemoveAt(index).InsertRange(index, rowLists);
            }

            // [Test, Category("Slow")]: the rows come first, the list keeps its other attributes.
            var remaining = _list.WithAttributes(_list.Attributes.Remove(_testAttribute));
            remaining = remaining.ReplaceToken(remaining.Attributes[0].GetFirstToken(), remaining.Attributes[0].GetFirstToken().WithLeadingTrivia());
            rowLists[0] = rowLists[0].WithLeadingTrivia(_list.GetLeadingTrivia());
            return _lists.Replace(_list, remaining.WithLeadingTrivia(indentation)).InsertRange(index, rowLists);
        }
    }
}
