using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/TddGuard.Benchmarks -- --filter '*'   (add --job short for a quick look)
BenchmarkSwitcher.FromAssembly(typeof(TddGuard.Benchmarks.TodoReconciliationBenchmarks).Assembly).Run(args);
