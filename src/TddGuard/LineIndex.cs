using System;
using System.Collections.Generic;

namespace TddGuard;

/// <summary>Turns character offsets of a text into 1-based line and column positions.</summary>
internal sealed class LineIndex
{
    private readonly int[] _lineStarts;

    public LineIndex(string text)
    {
        var starts = new List<int> { 0 };
        for (var offset = text.IndexOf('\n', StringComparison.Ordinal); offset >= 0; offset = text.IndexOf('\n', offset + 1))
        {
            starts.Add(offset + 1);
        }

        _lineStarts = [.. starts];
    }

    public TextPosition PositionOf(int offset)
    {
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new TextPosition(line + 1, offset - _lineStarts[line] + 1);
    }
}
