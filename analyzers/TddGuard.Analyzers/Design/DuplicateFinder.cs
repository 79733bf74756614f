using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TddGuard.Analyzers.Design;

/// <summary>
/// Finds the places where a window of statements repeats elsewhere, from the windows' hashes, checked token by
/// token, and merges the overlapping windows of one place into one <see cref="DuplicatePlace"/>.
/// </summary>
internal static class DuplicateFinder
{
    public static ImmutableArray<DuplicatePlace> Find(IEnumerable<StatementSequence> sequences, CancellationToken cancellationToken)
    {
        var windows = WindowsSortedByHash(sequences);
        var partners = new Dictionary<StatementSequence, List<(int Start, Window Partner)>>();
        var shapeNumbers = new ShapeNumbers();
        for (var first = 0; first < windows.Count;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var end = first + 1;
            while (end < windows.Count && windows[end].Hash == windows[first].Hash)
            {
                end++;
            }

            if (end - first > 1)
            {
                FindPartners(windows.GetRange(first, end - first), shapeNumbers, partners);
            }

            first = end;
        }

        return WithoutNestedPlaces(MergeIntoPlaces(partners));
    }

    private static List<Window> WindowsSortedByHash(IEnumerable<StatementSequence> sequences)
    {
        var windows = new List<Window>();
        foreach (var sequence in sequences)
        {
            for (var start = 0; start < sequence.WindowHashes.Count; start++)
            {
                windows.Add(new Window(sequence, start));
            }
        }

        windows.Sort((left, right) => left.Hash.CompareTo(right.Hash));
        return windows;
    }

    /// <summary>Records, for every window of an equal-hash group that really repeats, the first other place it repeats at.</summary>
    private static void FindPartners(
        List<Window> sameHash,
        ShapeNumbers shapeNumbers,
        Dictionary<StatementSequence, List<(int Start, Window Partner)>> partners)
    {
        foreach (var copies in EquivalenceClasses(sameHash, shapeNumbers))
        {
            if (copies.Count < 2 || !IsVaried(copies[0]))
            {
                continue;
            }

            copies.Sort(Window.ComparePositions);
            foreach (var window in copies)
            {
                if (FirstNotOverlapping(copies, window) is { } partner)
                {
                    AddPartner(partners, window, partner);
                }
            }
        }
    }

    private static void AddPartner(Dictionary<StatementSequence, List<(int Start, Window Partner)>> partners, Window window, Window partner)
    {
        if (!partners.TryGetValue(window.Sequence, out var duplicated))
        {
            duplicated = [];
            partners.Add(window.Sequence, duplicated);
        }

        duplicated.Add((window.Start, partner));
    }

    /// <summary>Splits windows with equal hashes into groups of really equal code: hashes collide, tokens do not.</summary>
    private static List<List<Window>> EquivalenceClasses(List<Window> sameHash, ShapeNumbers shapeNumbers)
    {
        var classes = new List<List<Window>>();
        foreach (var window in sameHash)
        {
            var copies = classes.Find(candidates => candidates[0].IsEquivalentTo(window, shapeNumbers));
            if (copies is null)
            {
                classes.Add([window]);
            }
            else
            {
                copies.Add(window);
            }
        }

        return classes;
    }

    /// <summary>
    /// A window made mostly of one or two repeated shapes (a run of field assignments, a list of registrations)
    /// is a list rather than logic to extract: at least half of its statements must differ in shape.
    /// </summary>
    private static bool IsVaried(Window window)
    {
        var shapes = new HashSet<ulong>();
        for (var i = 0; i < window.Sequence.WindowSize; i++)
        {
            shapes.Add(window.Sequence.ShapeHashes[window.Start + i]);
        }

        return shapes.Count * 2 >= window.Sequence.WindowSize;
    }

    private static Window? FirstNotOverlapping(List<Window> copies, Window window)
    {
        foreach (var candidate in copies)
        {
            if (!candidate.Overlaps(window))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Overlapping duplicated windows of one sequence are one place, reported once with its first window's partner.</summary>
    private static List<DuplicatePlace> MergeIntoPlaces(Dictionary<StatementSequence, List<(int Start, Window Partner)>> partners)
    {
        var places = new List<DuplicatePlace>();
        foreach (var entry in partners)
        {
            var sequence = entry.Key;
            var duplicated = entry.Value;
            duplicated.Sort((left, right) => left.Start.CompareTo(right.Start));
            var runStart = 0;
            for (var i = 1; i <= duplicated.Count; i++)
            {
                if (i < duplicated.Count && duplicated[i].Start < duplicated[i - 1].Start + sequence.WindowSize)
                {
                    continue;
                }

                var first = duplicated[runStart];
                var last = duplicated[i - 1].Start + sequence.WindowSize - 1;
                places.Add(new DuplicatePlace(
                    sequence.Statements[first.Start],
                    sequence.Statements[last],
                    last - first.Start + 1,
                    first.Partner.FirstStatement));
                runStart = i;
            }
        }

        return places;
    }

    /// <summary>
    /// A duplicate inside a block that is itself part of a larger duplicate is that duplicate's business: report
    /// the outer one only. Places never partly overlap (blocks nest), so sorted by start, a place is nested exactly
    /// when it ends within the furthest-reaching place kept before it in its file.
    /// </summary>
    private static ImmutableArray<DuplicatePlace> WithoutNestedPlaces(List<DuplicatePlace> places)
    {
        places.Sort(DuplicatePlace.ComparePositions);
        var kept = ImmutableArray.CreateBuilder<DuplicatePlace>(places.Count);
        DuplicatePlace? outermost = null;
        foreach (var place in places)
        {
            if (outermost is not null && outermost.FirstStatement.SyntaxTree == place.FirstStatement.SyntaxTree && place.Span.End <= outermost.Span.End)
            {
                continue;
            }

            kept.Add(place);
            outermost = place;
        }

        return kept.ToImmutable();
    }

    private readonly struct Window(StatementSequence sequence, int start)
    {
        public StatementSequence Sequence { get; } = sequence;

        public int Start { get; } = start;

        public ulong Hash => Sequence.WindowHashes[Start];

        public StatementSyntax FirstStatement => Sequence.Statements[Start];

        public static int ComparePositions(Window left, Window right)
        {
            var byFile = string.CompareOrdinal(left.Sequence.FilePath, right.Sequence.FilePath);
            return byFile != 0 ? byFile : left.FirstStatement.SpanStart.CompareTo(right.FirstStatement.SpanStart);
        }

        public bool Overlaps(Window other) =>
            ReferenceEquals(Sequence, other.Sequence) && Math.Abs(Start - other.Start) < Sequence.WindowSize;

        public bool IsEquivalentTo(Window other, ShapeNumbers shapeNumbers)
        {
            var size = Sequence.WindowSize;
            if (size != other.Sequence.WindowSize)
            {
                return false;
            }

            for (var i = 0; i < size; i++)
            {
                if (Sequence.ShapeHashes[Start + i] != other.Sequence.ShapeHashes[other.Start + i]
                    || shapeNumbers.NumberOf(Sequence, Start + i) != shapeNumbers.NumberOf(other.Sequence, other.Start + i))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
