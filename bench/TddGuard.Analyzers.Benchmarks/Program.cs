using BenchmarkDotNet.Running;
using TddGuard.Analyzers.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(AnalyzerPackBenchmarks).Assembly).Run(args);
