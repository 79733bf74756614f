using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;

namespace TddGuard.Analyzers.Benchmarks;

/// <summary>
/// The <see cref="BuildCompilerBenchmarks"/> builds measured in interleaved rounds (<see cref="InterleavedRounds"/>):
/// <c>dotnet run -c Release --project bench/TddGuard.Analyzers.Benchmarks -- --interleaved 15</c> (<see cref="InterleavedRounds.RoundsAskedFor"/>). Prints a
/// Markdown table of the median time per 1,000 lines and the median ratio to the build without analyzers.
/// </summary>
public static class InterleavedBuilds
{
    private const int WarmUpBuilds = 2;

    public static async Task RunAsync(int rounds)
    {
        var benchmarks = new BuildCompilerBenchmarks();
        benchmarks.WriteCorpusAndFindCompiler();
        try
        {
            var builds = benchmarks.Builds();
            foreach (var (_, build, _) in builds)
            {
                for (var run = 0; run < WarmUpBuilds; run++)
                {
                    await build().ConfigureAwait(false);
                }
            }

            var times = builds.Select(_ => new List<double>()).ToList();
            for (var round = 0; round < rounds; round++)
            {
                foreach (var index in InterleavedRounds.Order(round, builds.Length))
                {
                    var stopwatch = Stopwatch.StartNew();
                    await builds[index].Build().ConfigureAwait(false);
                    times[index].Add(stopwatch.Elapsed.TotalMilliseconds / BuildCompilerBenchmarks.ThousandsOfLines);
                }

                Console.Error.WriteLine($"round {round + 1} of {rounds}");
            }

            Print(builds, times, rounds);
        }
        finally
        {
            await benchmarks.StopServerAndDeleteCorpus().ConfigureAwait(false);
        }
    }

    private static void Print(ImmutableArray<(string Name, Func<Task<int>> Build, string? AlsoAgainst)> builds, List<List<double>> times, int rounds)
    {
        var names = builds.Select(build => build.Name).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Interleaved, {rounds} rounds, {Environment.ProcessorCount} cores, per 1,000 lines (medians):"));
        Console.WriteLine();
        Console.WriteLine("| Build | Median | Against no analyzers | Against another build |");
        Console.WriteLine("|---|---:|---:|---:|");
        for (var index = 0; index < builds.Length; index++)
        {
            var also = builds[index].AlsoAgainst is { } other
                ? string.Create(CultureInfo.InvariantCulture, $"{InterleavedRounds.PairedRatio(times[index], times[names.IndexOf(other)]):F3} against {other}")
                : "";
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {names[index]} | {InterleavedRounds.Median(times[index]):F2} ms | {InterleavedRounds.PairedRatio(times[index], times[0]):F3} | {also} |"));
        }
    }
}
