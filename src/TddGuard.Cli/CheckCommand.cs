using System;
using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using TddGuard.Check;
using TddGuard.Evidence;
using TddGuard.Reconciliation;
using TddGuard.Reporting;

namespace TddGuard.Cli;

/// <summary><c>tddguard check</c>: TddGuard's whole verdict on a repository (analyzers, checklist, design document) in one report.</summary>
internal sealed class CheckCommand
{
    /// <summary>The <c>--fail-on</c> level that never fails a run.</summary>
    public const string FailOnNone = "none";

    private static readonly ImmutableArray<string> s_failOnLevels = ["error", "warning", FailOnNone];

    private readonly Argument<string?> _path = new("PATH")
    {
        Description = "A folder, a solution (.sln, .slnx) or a project (default: the current folder).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private readonly Option<bool> _noTest = new("--no-test")
    {
        Description = "Do not run the tests: reconcile the checklist without fresh results and coverage.",
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

    private readonly Option<string> _failOn = new("--fail-on")
    {
        Description = "The least severity that makes the exit code 1.",
        DefaultValueFactory = _ => s_failOnLevels[1],
    };

    private readonly IGitRunner _git;
    private readonly bool _colour;

    private CheckCommand(IGitRunner git, bool colour)
    {
        _git = git;
        _colour = colour;
        _format.AcceptOnlyFromAmong([.. ReportWriters.Names]);
        _failOn.AcceptOnlyFromAmong([.. s_failOnLevels]);
    }

    /// <param name="git">Runs git.</param>
    /// <param name="colour">Whether standard output is a terminal that wants colours.</param>
    public static Command Create(IGitRunner git, bool colour) => new CheckCommand(git, colour).Build();

    /// <summary>The exit code of <paramref name="report"/> when findings at <paramref name="failOn"/> or above fail the run.</summary>
    internal static int ExitCodeOf(CheckReport report, string failOn) =>
        report.Problems.Count > 0 ? ExitCodes.UsageOrInputError
        : failOn != FailOnNone && report.HasFindingsAtOrAbove(Enum.Parse<FindingSeverity>(failOn, ignoreCase: true)) ? ExitCodes.Findings
        : ExitCodes.Clean;

    private Command Build()
    {
        var command = new Command("check", "TddGuard's whole verdict on a repository: builds it with TddGuard's analyzers, runs the tests once for results and coverage, reconciles design/TODO.md with them and checks design/CODE.md. Progress goes to standard error, the report to standard output. Exit code 0: clean; 1: findings at --fail-on level or above; 2: usage, load or build error.")
        {
            _path, _noTest, _format, _output, _failOn,
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
            var options = new CheckOptions
            {
                Path = parseResult.GetValue(_path) ?? Directory.GetCurrentDirectory(),
                RunTests = !parseResult.GetValue(_noTest),
                ShippedFilesDirectory = AppContext.BaseDirectory,
            };
            var check = new RepositoryCheck(_git, message => error.WriteLine($"tddguard check: {message}"));
            var report = await check.RunAsync(options, cancellationToken).ConfigureAwait(false);
            await WriteReportAsync(report, parseResult, output, cancellationToken).ConfigureAwait(false);
            return ExitCodeOf(report, parseResult.GetValue(_failOn)!);
        }
        catch (TddGuardInputException exception)
        {
            await error.WriteLineAsync($"tddguard check: {exception.Message}").ConfigureAwait(false);
            return ExitCodes.UsageOrInputError;
        }
    }

    private async Task WriteReportAsync(CheckReport report, ParseResult parseResult, TextWriter output, CancellationToken cancellationToken)
    {
        var format = ReportWriters.Parse(parseResult.GetValue(_format)!);
        var file = parseResult.GetValue(_output);
        if (file is null)
        {
            CheckReportWriter.Write(report, format, output, _colour);
            return;
        }

        using var text = new StringWriter(CultureInfo.InvariantCulture);
        CheckReportWriter.Write(report, format, text, colour: false);
        await ReportFile.WriteAsync(file.FullName, text.ToString(), cancellationToken).ConfigureAwait(false);
    }
}
