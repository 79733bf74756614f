using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace TddGuard.Analyzers.Benchmarks;

/// <summary>
/// The arithmetic of an interleaved measurement: every build runs once per round, each round starting one build
/// later, and a build is compared with the baseline of the same round. A machine that slows down or speeds up
/// during the run (other load, thermal limits, a compiler server that restarts) then moves both sides of each
/// ratio, where measuring one build after another, as BenchmarkDotNet does, charges it to whichever ran then.
/// </summary>
public static class InterleavedRounds
{
    public const string Switch = "--interleaved";

    private const int DefaultRounds = 15;

    /// <summary>
    /// The number of rounds asked for after <see cref="Switch"/>: the positive number that follows it, 15 when no
    /// number follows; null when the switch is absent.
    /// </summary>
    /// <exception cref="ArgumentException">Something other than a positive number or another option follows the switch.</exception>
    public static int? RoundsAskedFor(IReadOnlyList<string> args)
    {
        var at = args.ToList().IndexOf(Switch);
        if (at < 0)
        {
            return null;
        }

        if (at + 1 == args.Count || args[at + 1].StartsWith('-'))
        {
            return DefaultRounds;
        }

        return int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var rounds) && rounds > 0
            ? rounds
            : throw new ArgumentException($"{Switch} takes a number of rounds (a whole number of at least 1), not '{args[at + 1]}'.", nameof(args));
    }

    /// <summary>The order of <paramref name="builds"/> builds in round <paramref name="round"/>: a rotation by the round.</summary>
    public static IEnumerable<int> Order(int round, int builds)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(builds);
        return Enumerable.Range(0, builds).Select(position => (position + round) % builds);
    }

    /// <summary>The middle value; the mean of the two middle values of an even count.</summary>
    public static double Median(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0)
        {
            throw new ArgumentException("The median of no values is undefined.", nameof(values));
        }

        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>The median over the rounds of each round's time of a build divided by the baseline's time in it.</summary>
    public static double PairedRatio(IReadOnlyList<double> times, IReadOnlyList<double> baselineTimes)
    {
        if (times.Count != baselineTimes.Count)
        {
            throw new ArgumentException($"{times.Count} times cannot be paired with {baselineTimes.Count} baseline times: both come from the same rounds.", nameof(times));
        }

        return Median(times.Zip(baselineTimes, (time, baseline) => time / baseline).ToList());
    }
}
