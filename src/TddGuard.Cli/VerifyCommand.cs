using System;
using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TddGuard.Evidence;
using TddGuard.Reporting;
using TddGuard.Verify;

namespace TddGuard.Cli;

/// <summary><c>tddguard verify</c>: red evidence, member by member: does a test fail once the member's implementation is gone?</summary>
internal sealed class VerifyCommand
{
    private static readonly ImmutableArray<string> s_formats = [.. ReportWriters.Names.Where(name => !name.Equals(nameof(ReportFormat.MsBuild), StringComparison.OrdinalIgnoreCase))];

    private readonly Argument<string?> _path = new("PATH")
    {
        Description = "A folder, a solution (.sln, .slnx) or a project (default: the current folder).",
        Arity = ArgumentArity.ZeroOrOne,
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

    private readonly VerifySelection _selection = new();
    private readonly IGitRunner _git;
    private readonly IMemberTestMapSource _map;
    private readonly bool _colour;

    private VerifyCommand(IGitRunner git, IMemberTestMapSource map, bool colour)
    {
        _git = git;
        _map = map;
        _colour = colour;
        _format.AcceptOnlyFromAmong([.. s_formats]);
    }

    /// <param name="git">Runs git, for --since.</param>
    /// <param name="map">Which tests reference a member.</param>
    /// <param name="colour">Whether standard output is a terminal that wants colours.</param>
    public static Command Create(IGitRunner git, IMemberTestMapSource map, bool colour) => new VerifyCommand(git, map, colour).Build();

    /// <summary>1 when any member is no-red; 2 when input could not be used; else 0.</summary>
    internal static int ExitCodeOf(VerifyReport report) =>
        report.Problems.Count > 0 ? ExitCodes.UsageOrInputError
        : report.Count(MemberOutcome.NoRed) > 0 ? ExitCodes.Findings
        : ExitCodes.Clean;

    private Command Build()
    {
        var command = new Command("verify", "Red evidence: replaces each production member's body with a throw (all variants built at once, in a copy of the repository) and runs the tests that reference it. A member no test fails without is reported as TG1007. Progress goes to standard error, the report to standard output. Exit code 0: every verified member has red evidence; 1: a member is no-red; 2: usage, load or build error.")
        {
            _path, _format, _output,
        };
        foreach (var option in _selection.Options)
        {
            command.Options.Add(option);
        }

        command.SetAction(RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var error = parseResult.InvocationConfiguration.Error;
        try
        {
            var options = _selection.Read(parseResult, parseResult.GetValue(_path) ?? Directory.GetCurrentDirectory());
            var verify = new RepositoryVerify(_git, _map, message => error.WriteLine($"tddguard verify: {message}"));
            var report = await verify.RunAsync(options, cancellationToken).ConfigureAwait(false);
            await WriteReportAsync(report, parseResult, cancellationToken).ConfigureAwait(false);
            return ExitCodeOf(report);
        }
        catch (TddGuardInputException exception)
        {
            await error.WriteLineAsync($"tddguard verify: {exception.Message}").ConfigureAwait(false);
            return ExitCodes.UsageOrInputError;
        }
    }

    private async Task WriteReportAsync(VerifyReport report, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var format = ReportWriters.Parse(parseResult.GetValue(_format)!);
        var file = parseResult.GetValue(_output);
        if (file is null)
        {
            VerifyReportWriter.Write(report, format, parseResult.InvocationConfiguration.Output, _colour);
            return;
        }

        // Atomic, like check's and todo's reports: a failed write leaves an earlier report intact.
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        VerifyReportWriter.Write(report, format, text, colour: false);
        await ReportFile.WriteAsync(file.FullName, text.ToString(), cancellationToken).ConfigureAwait(false);
    }
}
