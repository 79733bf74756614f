using System;
using System.Collections.Generic;
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
    private const string SdkBuildName = "The SDK's default analyzers";

    public static async Task RunAsync(int rounds)
    {
        var benchmarks = new BuildCompilerBenchmarks();
        benchmarks.WriteCorpusAndFindCompiler();
        try
        {
            var builds = benchmarks.Builds();
            foreach (var (_, build) in builds)
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

            Print(builds.Select(build => build.Name).ToList(), times, rounds);
        }
        finally
        {
            await benchmarks.StopServerAndDeleteCorpus().ConfigureAwait(false);
        }
    }

    private static void Print(List<string> names, List<List<double>> times, int rounds)
    {
        var sdk = names.IndexOf(SdkBuildName);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Interleaved, {rounds} rounds, {Environment.ProcessorCount} cores, per 1,000 lines (medians):"));
        Console.WriteLine();
        Console.WriteLine("| Build | Median | Against no analyzers | Against the SDK's analyzers |");
        Console.WriteLine("|---|---:|---:|---:|");
        for (var index = 0; index < names.Count; index++)
        {
            var againstSdk = index > sdk ? InterleavedRounds.PairedRatio(times[index], times[sdk]).ToString("F3", CultureInfo.InvariantCulture) : "";
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {names[index]} | {InterleavedRounds.Median(times[index]):F2} ms | {InterleavedRounds.PairedRatio(times[index], times[0]):F3} | {againstSdk} |"));
        }
    }
}
