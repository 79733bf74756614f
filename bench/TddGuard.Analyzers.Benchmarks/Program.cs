using System.Threading;
using BenchmarkDotNet.Running;
using TddGuard.Analyzers.Benchmarks;

if (RealRepositoryOptions.AskedFor(args) is { } real)
{
    return await RealRepositoryBuilds.RunAsync(real, CancellationToken.None);
}

if (InterleavedRounds.RoundsAskedFor(args) is { } rounds)
{
    await InterleavedBuilds.RunAsync(rounds);
}
else
{
    BenchmarkSwitcher.FromAssembly(typeof(AnalyzerPackBenchmarks).Assembly).Run(args);
}

return 0;
