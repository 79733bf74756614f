using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using System.Xml;
using System.Xml.Linq;
using TddGuard.Check;
using TddGuard.Evidence;

namespace TddGuard.Verify;

/// <summary>
/// Runs the built test assemblies (or, when their paths are not known, projects) with <c>dotnet test</c>, a variant switched on through
/// <see cref="MutantSchemata.Variable"/>, TRX results in a folder of their own per run; on timeout the process tree is killed.
/// </summary>
/// <param name="workingDirectory">Where the rewritten and built copy of the repository is.</param>
/// <param name="testTargets">The full paths of the test assemblies (or projects) in the copy.</param>
/// <param name="resultsRoot">The folder under which each run writes its results.</param>
internal sealed class DotnetTestRunner(string workingDirectory, IReadOnlyList<string> testTargets, string resultsRoot) : IVariantTestRunner
{
    private const string TrxPattern = "*.trx";
    private const string FilterSeparator = "|";
    private const string FilterPrefix = "FullyQualifiedName~";
    private const string AssemblyExtension = ".dll";

    public async Task<TestRun> RunAsync(int variant, TestSelection selection, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var results = Path.Combine(resultsRoot, variant.ToString(CultureInfo.InvariantCulture));
        var environment = new Dictionary<string, string> { [MutantSchemata.Variable] = variant.ToString(CultureInfo.InvariantCulture) };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var aborted = false;
        try
        {
            foreach (var target in testTargets)
            {
                var run = await DotnetCli.RunAsync(workingDirectory, Arguments(target, results, selection), environment, deadline.Token).ConfigureAwait(false);
                aborted |= run.ExitCode != 0;
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new TestRun(TimedOut: true, FailedTests(results), Aborted: false);
        }

        return new TestRun(TimedOut: false, FailedTests(results), aborted);
    }

    /// <summary>
    /// The <c>dotnet test</c> command line for <paramref name="target"/>: a built test assembly runs without MSBuild, a
    /// project without building; a selection becomes a <c>--filter</c>.
    /// </summary>
    internal static IReadOnlyList<string> Arguments(string target, string results, TestSelection selection)
    {
        List<string> arguments = ["test", target];
        arguments.AddRange(IsAssembly(target) ? [] : ["--no-build"]);
        arguments.AddRange(["--nologo", "--logger", "trx", "--results-directory", results]);
        if (selection.Tests is { } tests)
        {
            arguments.AddRange(["--filter", string.Join(FilterSeparator, tests.Select(test => FilterPrefix + test))]);
        }

        return arguments;
    }

    /// <summary>Whether <paramref name="target"/> is a built test assembly (not a project).</summary>
    public static bool IsAssembly(string target) => target.EndsWith(AssemblyExtension, StringComparison.OrdinalIgnoreCase);

    private static HashSet<string> FailedTests(string results)
    {
        var files = Directory.Exists(results) ? Directory.EnumerateFiles(results, TrxPattern, SearchOption.AllDirectories) : [];
        return [.. files.SelectMany(Read).Where(result => result.Outcome == TestOutcome.Failed).Select(result => result.TestId)];
    }

    private static IEnumerable<TestCaseResult> Read(string trx)
    {
        try
        {
            return [.. TrxReader.Read(XDocument.Load(trx))];
        }
        catch (XmlException)
        {
            // A run killed while writing leaves a partial file: it reports no failure, and the run's exit code says it ended badly.
            return [];
        }
    }
}
