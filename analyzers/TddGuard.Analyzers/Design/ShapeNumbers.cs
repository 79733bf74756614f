using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TddGuard.Analyzers.Design;

/// <summary>
/// Numbers statements by shape: two statements get the same number only when <see cref="StatementShape.AreEquivalent"/>
/// says so, so hash collisions never make different code look equal. Each statement is compared token by token
/// once, against the first statement of its hash; windows are then compared number by number. Not thread-safe:
/// one instance serves one compilation-end pass.
/// </summary>
internal sealed class ShapeNumbers
{
    private readonly Dictionary<ulong, List<(StatementSyntax Statement, int Number)>> _firstOfEachShape = [];
    private readonly Dictionary<StatementSyntax, int> _numbers = [];
    private int _shapeCount;

    public int NumberOf(StatementSequence sequence, int index)
    {
        var statement = sequence.Statements[index];
        if (_numbers.TryGetValue(statement, out var number))
        {
            return number;
        }

        var hash = sequence.ShapeHashes[index];
        if (!_firstOfEachShape.TryGetValue(hash, out var shapes))
        {
            shapes = [];
            _firstOfEachShape.Add(hash, shapes);
        }

        number = NumberOfEquivalent(shapes, statement);
        if (number < 0)
        {
            number = _shapeCount++;
            shapes.Add((statement, number));
        }

        _numbers.Add(statement, number);
        return number;
    }

    private static int NumberOfEquivalent(List<(StatementSyntax Statement, int Number)> shapes, StatementSyntax statement)
    {
        foreach (var shape in shapes)
        {
            if (StatementShape.AreEquivalent(shape.Statement, statement))
            {
                return shape.Number;
            }
        }

        return -1;
    }
}
