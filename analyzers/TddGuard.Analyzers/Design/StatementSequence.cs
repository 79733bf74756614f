using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TddGuard.Analyzers.Design;

/// <summary>
/// The statements of one block, switch section or file of top-level statements, with the shape hash of each
/// statement and the hash of every window of <see cref="WindowSize"/> consecutive statements.
/// </summary>
internal sealed class StatementSequence
{
    /// <summary>The base of the polynomial rolling hash over shape hashes; odd, so no bits are lost.</summary>
    private const ulong WindowHashBase = 0x9E3779B97F4A7C15;

    /// <param name="statements">At least <paramref name="windowSize"/> statements.</param>
    /// <param name="shapeHashes">One hash per statement (see <see cref="StatementShape.Hash"/>).</param>
    /// <param name="windowSize">How many consecutive statements a duplicate must span, at least 1.</param>
    public StatementSequence(IReadOnlyList<StatementSyntax> statements, IReadOnlyList<ulong> shapeHashes, int windowSize)
    {
        Statements = statements;
        ShapeHashes = shapeHashes;
        WindowSize = windowSize;
        WindowHashes = RollingHashes(shapeHashes, windowSize);
    }

    public IReadOnlyList<StatementSyntax> Statements { get; }

    public IReadOnlyList<ulong> ShapeHashes { get; }

    public int WindowSize { get; }

    /// <summary>The hash of the window that starts at each index, <c>Statements.Count - WindowSize + 1</c> of them.</summary>
    public IReadOnlyList<ulong> WindowHashes { get; }

    public string FilePath => Statements[0].SyntaxTree.FilePath;

    /// <summary>Hashes each statement once; the windows are then rolled over those hashes.</summary>
    public static StatementSequence Create(IReadOnlyList<StatementSyntax> statements, int windowSize)
    {
        var shapeHashes = new ulong[statements.Count];
        for (var i = 0; i < shapeHashes.Length; i++)
        {
            shapeHashes[i] = StatementShape.Hash(statements[i]);
        }

        return new StatementSequence(statements, shapeHashes, windowSize);
    }

    private static ulong[] RollingHashes(IReadOnlyList<ulong> shapes, int windowSize)
    {
        var count = shapes.Count - windowSize + 1;
        if (count <= 0)
        {
            return [];
        }

        unchecked
        {
            // Window hash = sum of shape[start + i] * Base^(windowSize - 1 - i): dropping the oldest statement and
            // taking in the next one is then a subtraction, a multiplication and an addition.
            var oldestWeight = 1UL;
            for (var i = 1; i < windowSize; i++)
            {
                oldestWeight *= WindowHashBase;
            }

            var hash = 0UL;
            for (var i = 0; i < windowSize; i++)
            {
                hash = (hash * WindowHashBase) + shapes[i];
            }

            var hashes = new ulong[count];
            hashes[0] = hash;
            for (var start = 1; start < count; start++)
            {
                hash = ((hash - (shapes[start - 1] * oldestWeight)) * WindowHashBase) + shapes[start + windowSize - 1];
                hashes[start] = hash;
            }

            return hashes;
        }
    }
}
