using System;
using NUnit.Framework;
using TddGuard.Precision;

namespace TddGuard.Tests.Precision;

[TestFixture]
[Property("Todo", "R05")]
public sealed class DeclarationSpansTests
{
    private const string Source = """
        namespace Shop;
        public sealed class Basket
        {
            public Basket(int size)
            {
                Size = size;
            }
            [Obsolete("old")]
            public int Size { get; }
            public int Twice(int y) =>
                y * 2;
            public int this[int i] => i;
            public static Basket operator +(Basket a, Basket b) => a;
            public static implicit operator int(Basket b) => b.Size;
            public int Total
            {
                get { return Size; }
            }
            public sealed class Line { public void Run() { } }
        }
        """;

    // The rule, the line and the name the finding points at, the lines the declaration covers.
    [TestCase("TG1002", 2, "Basket", 2, 20, TestName = "a type spans to its closing brace")]
    [TestCase("TG1002", 19, "Line", 19, 19, TestName = "a nested type on one line")]
    [TestCase("TG1001", 4, "Basket", 4, 7, TestName = "a constructor")]
    [TestCase("TG1001", 9, "Size", 8, 9, TestName = "a property starts at its attribute")]
    [TestCase("TG1001", 10, "Twice", 10, 11, TestName = "an expression-bodied method over two lines")]
    [TestCase("TG1001", 12, "this", 12, 12, TestName = "an indexer, named by this")]
    [TestCase("TG1001", 13, "+", 13, 13, TestName = "an operator, named by its token")]
    [TestCase("TG1001", 14, "int(", 14, 14, TestName = "a conversion, named by its type")]
    [TestCase("TG1001", 15, "Total", 15, 18, TestName = "a property with an accessor body")]
    [TestCase("TG1001", 19, "Run", 19, 19, TestName = "a method of a nested type")]
    public void TheDeclarationNamedAtTheFindingsPositionGivesTheLines(string rule, int line, string name, int first, int last)
    {
        var span = DeclarationSpans.Find(Source, rule, line, ColumnOf(line, name));

        Assert.That(span, Is.EqualTo(new LineSpan(first, last)));
    }

    [TestCase("TG1001", 6, "Size", TestName = "a name inside a body is no declaration")]
    [TestCase("TG1001", 2, "Basket", TestName = "a type is not a member")]
    [TestCase("TG1002", 4, "Basket", TestName = "a constructor is not a type")]
    [TestCase("TG1002", 2, "class", TestName = "a keyword is not the type's name")]
    [TestCase("TG1001", 10, "int", TestName = "a return type is not the method's name")]
    [TestCase("TG2002", 2, "Basket", TestName = "another rule has no declaration to find")]
    public void NoDeclarationIsFoundWhenNoneHasItsNameThere(string rule, int line, string name)
    {
        Assert.That(DeclarationSpans.Find(Source, rule, line, ColumnOf(line, name)), Is.Null);
    }

    [Test]
    public void ADeclarationUnderAConditionalSymbolIsFound()
    {
        const string conditional = """
            namespace Shop;
            public sealed class Till
            {
            #if TASKS && !NET462
                public void Open() { }
            #elif LEGACY
                public void Close() { }
            #endif
            }
            """;

        Assert.That(DeclarationSpans.Find(conditional, "TG1001", 5, 17), Is.EqualTo(new LineSpan(5, 5)));
        Assert.That(DeclarationSpans.Find(conditional, "TG1001", 7, 17), Is.EqualTo(new LineSpan(7, 7)));
    }

    [TestCase(0, 1)]
    [TestCase(21, 1)]
    [TestCase(2, 0)]
    [TestCase(2, 200)]
    public void APositionOutsideTheFileFindsNothing(int line, int column)
    {
        Assert.That(DeclarationSpans.Find(Source, "TG1002", line, column), Is.Null);
    }

    private static int ColumnOf(int line, string name)
    {
        var text = Source.Split('\n')[line - 1];
        var index = text.IndexOf(name, StringComparison.Ordinal);
        Assert.That(index, Is.GreaterThanOrEqualTo(0), $"'{name}' is not on line {line}");
        return index + 1;
    }
}
