using System;
using System.Collections.Generic;
using System.IO;

namespace TddGuard.Precision;

/// <summary>What the harness is asked to measure, from its command line.</summary>
internal sealed record PrecisionOptions
{
    /// <summary>The usage line.</summary>
    public const string Usage =
        "usage: dotnet run -c Release --project bench/TddGuard.Precision -- <repository folder, solution or project> [--out DIR] [--check-report FILE] [--coverage FILE]... [--tddguard DIR]";

    private const string OutOption = "--out";
    private const string CheckReportOption = "--check-report";
    private const string CoverageOption = "--coverage";
    private const string TddGuardOption = "--tddguard";

    /// <summary>The folder, solution or project to check and test.</summary>
    public required string Target { get; init; }

    /// <summary>Where the report, the findings and the logs go.</summary>
    public string? Output { get; init; }

    /// <summary>An existing <c>tddguard check --format json</c> report to use instead of running check.</summary>
    public string? CheckReport { get; init; }

    /// <summary>Existing Cobertura files to use instead of running the tests.</summary>
    public IReadOnlyList<string> Coverage { get; init; } = [];

    /// <summary>The TddGuard repository whose CLI runs check (default: the one this harness was built from).</summary>
    public string? TddGuard { get; init; }

    /// <summary>Parses the command line.</summary>
    /// <exception cref="ArgumentException">It is not a valid command line.</exception>
    public static PrecisionOptions Parse(IReadOnlyList<string> arguments)
    {
        string? target = null, output = null, check = null, tddguard = null;
        var coverage = new List<string>();
        for (var index = 0; index < arguments.Count; index++)
        {
            var argument = arguments[index];
            string Value() => ++index < arguments.Count ? Path.GetFullPath(arguments[index]) : throw new ArgumentException($"{argument} needs a value.");
            switch (argument)
            {
                case OutOption:
                    output = Value();
                    break;
                case CheckReportOption:
                    check = Value();
                    break;
                case CoverageOption:
                    coverage.Add(Value());
                    break;
                case TddGuardOption:
                    tddguard = Value();
                    break;
                default:
                    target = target is null && !argument.StartsWith('-') ? Path.GetFullPath(argument) : throw new ArgumentException($"Unexpected argument '{argument}'.");
                    break;
            }
        }

        return new PrecisionOptions
        {
            Target = target ?? throw new ArgumentException("Name the repository folder, solution or project to measure."),
            Output = output,
            CheckReport = check,
            Coverage = coverage,
            TddGuard = tddguard,
        };
    }
}
