using System;
using TddGuard.Precision;

// dotnet run -c Release --project bench/TddGuard.Precision -- <repository> [--out DIR] [--check-report FILE] [--coverage FILE]... [--tddguard DIR]
// Runs tddguard check --no-test and the repository's tests with coverage, then classes every TG1001/TG1002 finding as
// executed by the tests (a false alarm) or not. See docs/precision.md.
PrecisionOptions options;
try
{
    options = PrecisionOptions.Parse(args);
}
catch (ArgumentException exception)
{
    await Console.Error.WriteLineAsync($"{exception.Message}{Environment.NewLine}{PrecisionOptions.Usage}");
    return 2;
}

try
{
    await new PrecisionRun(message => Console.Error.WriteLine($"precision: {message}")).RunAsync(options, Console.Out, default);
    return 0;
}
catch (InvalidOperationException exception)
{
    await Console.Error.WriteLineAsync($"precision: {exception.Message}");
    return 1;
}
