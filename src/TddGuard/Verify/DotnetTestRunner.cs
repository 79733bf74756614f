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
/// Runs the built test projects with <c>dotnet test --no-build</c>, a variant switched on through
/// <see cref="MutantSchemata.Variable"/>, TRX results in a folder of their own per run; on timeout the process tree is killed.
/// </summary>
/// <param name="workingDirectory">Where the rewritten and built copy of the repository is.</param>
/// <param name="testProjects">The full paths of the test projects in the copy.</param>
/// <param name="resultsRoot">The folder under which each run writes its results.</param>
internal sealed class DotnetTestRunner(string workingDirectory, IReadOnlyList<string> testProjects, string resultsRoot) : IVariantTestRunner
{
    private const string TrxPattern = "*.trx";
    private const string FilterSeparator = "|";
    private const string FilterPrefix = "FullyQualifiedName~";

    public async Task<TestRun> RunAsync(int variant, TestSelection selection, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var results = Path.Combine(resultsRoot, variant.ToString(CultureInfo.InvariantCulture));
        var environment = new Dictionary<string, string> { [MutantSchemata.Variable] = variant.ToString(CultureInfo.InvariantCulture) };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var aborted = false;
        try
        {
            foreach (var project in testProjects)
            {
                var run = await DotnetCli.RunAsync(workingDirectory, Arguments(project, results, selection), environment, deadline.Token).ConfigureAwait(false);
                aborted |= run.ExitCode != 0;
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new TestRun(TimedOut: true, FailedTests(results), Aborted: false);
        }

        return new TestRun(TimedOut: false, FailedTests(results), aborted);
    }

    /// <summary>The <c>dotnet test</c> command line for <paramref name="project"/>; a selection becomes a <c>--filter</c>.</summary>
    internal static IReadOnlyList<string> Arguments(string project, string results, TestSelection selection)
    {
        List<string> arguments = ["test", project, "--no-build", "--nologo", "--logger", "trx", "--results-directory", results];
        if (selection.Tests is { } tests)
        {
            arguments.AddRange(["--filter", string.Join(FilterSeparator, tests.Select(test => FilterPrefix + test))]);
        }

        return arguments;
    }

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
