using System;
using System.Collections.Generic;
using System.Globalization;

namespace TddGuard.Analyzers.Benchmarks;

/// <summary>
/// What <c>--real &lt;project&gt; [--rounds N] [--framework TFM]</c> asks for: the project (or solution) of a real
/// repository to build, how many times, and for which target framework (all of the project's when none is given).
/// </summary>
public sealed record RealRepositoryOptions(string Project, int Rounds, string? Framework)
{
    public const string Switch = "--real";

    private const string RoundsSwitch = "--rounds";
    private const string FrameworkSwitch = "--framework";
    private const int DefaultRounds = 5;

    /// <summary>The options after <see cref="Switch"/>; null when the switch is absent.</summary>
    /// <exception cref="ArgumentException">The switch has no project after it, or an option has no valid value.</exception>
    public static RealRepositoryOptions? AskedFor(IReadOnlyList<string> args)
    {
        var at = IndexOf(args, Switch);
        if (at < 0)
        {
            return null;
        }

        var project = ValueAfter(args, at) ?? throw new ArgumentException($"{Switch} takes the path of a project or solution to build.", nameof(args));
        var rounds = DefaultRounds;
        var roundsAt = IndexOf(args, RoundsSwitch);
        if (roundsAt >= 0)
        {
            var value = ValueAfter(args, roundsAt);
            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out rounds) || rounds < 1)
            {
                throw new ArgumentException($"{RoundsSwitch} takes a number of builds (a whole number of at least 1), not '{value}'.", nameof(args));
            }
        }

        var frameworkAt = IndexOf(args, FrameworkSwitch);
        string? framework = null;
        if (frameworkAt >= 0)
        {
            framework = ValueAfter(args, frameworkAt) ?? throw new ArgumentException($"{FrameworkSwitch} takes a target framework, such as net8.0.", nameof(args));
        }

        return new RealRepositoryOptions(project, rounds, framework);
    }

    private static int IndexOf(IReadOnlyList<string> args, string option)
    {
        for (var index = 0; index < args.Count; index++)
        {
            if (args[index] == option)
            {
                return index;
            }
        }

        return -1;
    }

    private static string? ValueAfter(IReadOnlyList<string> args, int at) =>
        at + 1 < args.Count && !args[at + 1].StartsWith("--", StringComparison.Ordinal) ? args[at + 1] : null;
}
