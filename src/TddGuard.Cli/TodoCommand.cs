using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using TddGuard.Evidence;
using TddGuard.Reconciliation;
using TddGuard.Reporting;

namespace TddGuard.Cli;

/// <summary><c>tddguard todo</c>: reconciles the checklist with the tests, their results and coverage, and its baseline.</summary>
internal sealed class TodoCommand
{
    private const double MinPercent = 0;
    private const double MaxPercent = 100;
    private const double DefaultMinCoveragePercent = ReconciliationInput.DefaultMinCoverage * MaxPercent;

    private readonly Option<string?> _repository = new("--repo")
    {
        Description = "The repository folder (default: the current folder).",
        HelpName = "DIR",
    };

    private readonly Option<string> _todo = new("--todo")
    {
        Description = "The checklist, relative to the repository.",
        HelpName = "PATH",
        DefaultValueFactory = _ => TodoCheckOptions.DefaultTodoPath,
    };

    private readonly Option<string[]> _results = new("--results")
    {
        Description = "TRX, NUnit 3 or JUnit result files (repeatable; * ? ** patterns). Default: every one under TestResults folders.",
        HelpName = "GLOB",
    };

    private readonly Option<string[]> _coverage = new("--coverage")
    {
        Description = "Cobertura coverage files (repeatable; * ? ** patterns). Default: every one under TestResults folders.",
        HelpName = "GLOB",
    };

    private readonly Option<string?> _base = new("--base")
    {
        Description = $"The git revision whose checklist is the baseline (default: {TodoCheckOptions.DefaultBaseRevision}).",
        HelpName = "REV",
    };

    private readonly Option<double> _minCoverage = new("--min-coverage")
    {
        Description = "The least line coverage, in percent, of the code a checked item's tests reference.",
        HelpName = "N",
        DefaultValueFactory = _ => DefaultMinCoveragePercent,
        CustomParser = ParsePercent,
    };

    private readonly Option<string> _format = new("--format")
    {
        Description = "The report format.",
        DefaultValueFactory = _ => ReportWriters.Names[0],
    };

    private readonly Option<FileInfo?> _output = new("--output")
    {
        Description = "Write the report to this file instead of standard output.",
        HelpName = "FILE",
    };

    private readonly IGitRunner _git;

    private TodoCommand(IGitRunner git)
    {
        _git = git;
        _format.AcceptOnlyFromAmong([.. ReportWriters.Names]);

    }

    public static Command Create(IGitRunner git) => new TodoCommand(git).Build();

    private Command Build()
    {
        var command = new Command("todo", "Checks design/TODO.md against the evidence: every checked item backed by linked tests that ran and passed and by code they cover, worked in order, never reworded, removed or unchecked. Exit code 0: clean; 1: findings at warning or above; 2: usage or input error.")
        {
            _repository, _todo, _results, _coverage, _base, _minCoverage, _format, _output,
        };
        command.SetAction(RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        try
        {
            var report = await new TodoCheck(_git, new EvidenceLoader()).RunAsync(OptionsFrom(parseResult), cancellationToken).ConfigureAwait(false);
            await WriteReportAsync(report, parseResult, output, cancellationToken).ConfigureAwait(false);
            return report.Problems.Count > 0 ? ExitCodes.UsageOrInputError
                : report.HasFailingFindings ? ExitCodes.Findings
                : ExitCodes.Clean;
        }
        catch (TddGuardInputException exception)
        {
            await error.WriteLineAsync($"tddguard todo: {exception.Message}").ConfigureAwait(false);
            return ExitCodes.UsageOrInputError;
        }
    }

    private static double ParsePercent(ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
        {
            return DefaultMinCoveragePercent;
        }

        var text = result.Tokens[^1].Value;
        var isPercent = double.TryParse(text.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && value is >= MinPercent and <= MaxPercent;
        if (!isPercent)
        {
            result.AddError(string.Create(CultureInfo.InvariantCulture, $"--min-coverage must be a percentage from {MinPercent} to {MaxPercent}, not '{text}'."));
        }

        return value;
    }

    private TodoCheckOptions OptionsFrom(ParseResult parseResult)
    {
        var results = parseResult.GetValue(_results) ?? [];
        var coverage = parseResult.GetValue(_coverage) ?? [];
        var baseRevision = parseResult.GetValue(_base);
        return new TodoCheckOptions
        {
            RepositoryRoot = RepositoryRoot(parseResult),
            TodoPath = parseResult.GetValue(_todo)!,
            Evidence = results.Length == 0 && coverage.Length == 0 ? EvidenceRequest.Discover : EvidenceRequest.Explicit(results, coverage),
            BaseRevision = baseRevision ?? TodoCheckOptions.DefaultBaseRevision,
            IsBaseRevisionExplicit = baseRevision is not null,
            MinCoverage = parseResult.GetValue(_minCoverage) / MaxPercent,
        };
    }

    private string RepositoryRoot(ParseResult parseResult) => parseResult.GetValue(_repository) ?? Directory.GetCurrentDirectory();

    private async Task WriteReportAsync(ReconciliationReport report, ParseResult parseResult, TextWriter output, CancellationToken cancellationToken)
    {
        var writer = ReportWriters.For(ReportWriters.Parse(parseResult.GetValue(_format)!), RepositoryRoot(parseResult));
        var file = parseResult.GetValue(_output);
        if (file is null)
        {
            writer.Write(report, output);
            return;
        }

        using var text = new StringWriter(CultureInfo.InvariantCulture);
        writer.Write(report, text);
        await ReportFile.WriteAsync(file.FullName, text.ToString(), cancellationToken).ConfigureAwait(false);
    }
}
