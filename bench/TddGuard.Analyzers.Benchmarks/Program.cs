using BenchmarkDotNet.Running;
using TddGuard.Analyzers.Benchmarks;

if (InterleavedRounds.RoundsAskedFor(args) is { } rounds)
{
    await InterleavedBuilds.RunAsync(rounds);
}
else
{
    BenchmarkSwitcher.FromAssembly(typeof(AnalyzerPackBenchmarks).Assembly).Run(args);
}
