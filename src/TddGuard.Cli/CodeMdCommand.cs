using System.Collections.Immutable;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TddGuard.CodeMd;
using TddGuard.Evidence;
using TddGuard.Reporting;

namespace TddGuard.Cli;

/// <summary><c>tddguard codemd</c>: writes the generated parts of design/CODE.md from the code, or checks that they are current.</summary>
internal sealed class CodeMdCommand
{
    private static readonly ImmutableArray<string> s_formats = [.. new[] { ReportFormat.Text, ReportFormat.Json, ReportFormat.Sarif }.Select(format => format.ToString().ToLowerInvariant())];

    private readonly Option<string?> _repository = new("--repo")
    {
        Description = "The repository folder (default: the current folder).",
        HelpName = "DIR",
    };

    private readonly Option<string?> _code = new("--code")
    {
        Description = "The solution or folder to describe, relative to the repository (default: the repository's only .sln, else the repository).",
        HelpName = "PATH",
    };

    private readonly Option<string?> _item = new("--item")
    {
        Description = "A finished checklist item of design/TODO.md: adds a section on the code its linked tests name.",
        HelpName = "KEY",
    };

    private readonly Option<bool> _check = new("--check")
    {
        Description = "Only report: exit 1 when writing would change the document.",
    };

    private readonly Option<string> _format = new("--format")
    {
        Description = "The report format.",
        DefaultValueFactory = _ => s_formats[0],
    };

    private readonly IGitRunner _git;

    private CodeMdCommand(IGitRunner git)
    {
        _git = git;
        _format.AcceptOnlyFromAmong([.. s_formats]);
    }

    public static Command Create(IGitRunner git) => new CodeMdCommand(git).Build();

    private Command Build()
    {
        var command = new Command("codemd", "Writes the generated parts of design/CODE.md (between <!-- tddguard:begin NAME --> and <!-- tddguard:end NAME --> lines) from the code, never changing the text around them. With --check, only reports. Exit code 0: clean; 1: findings at warning or above (with --check: the document is out of date); 2: usage or input error.")
        {
            _repository, _code, _item, _check, _format,
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
            var options = new CodeMdOptions
            {
                RepositoryRoot = parseResult.GetValue(_repository) ?? Directory.GetCurrentDirectory(),
                CodePath = parseResult.GetValue(_code),
                ItemKey = parseResult.GetValue(_item),
                CheckOnly = parseResult.GetValue(_check),
            };
            var report = await new CodeMdCheck(_git).RunAsync(options, cancellationToken).ConfigureAwait(false);
            CodeMdReportWriter.Write(report, ReportWriters.Parse(parseResult.GetValue(_format)!), output);
            return report.Problems.Count > 0 ? ExitCodes.UsageOrInputError
                : report.HasFailingFindings ? ExitCodes.Findings
                : ExitCodes.Clean;
        }
        catch (TddGuardInputException exception)
        {
            await error.WriteLineAsync($"tddguard codemd: {exception.Message}").ConfigureAwait(false);
            return ExitCodes.UsageOrInputError;
        }
    }
}
