using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using TddGuard.Evidence;
using TddGuard.Verify;

namespace TddGuard.Cli;

/// <summary>The <c>tddguard</c> command line, runnable in-process with any output writers.</summary>
public static class App
{
    private const string Description =
        "tddguard keeps a C# code base honest about TDD and its design rules: implementation needs a test that drives it, " +
        "design/TODO.md needs evidence behind every checked item, and design/CODE.md must describe the code as it is.";

    /// <summary>Parses and runs <paramref name="args"/>; returns the process exit code (see <see cref="ExitCodes"/>).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand(Description)
        {
            TodoCommand.Create(new GitProcessRunner()),
            CodeMdCommand.Create(new GitProcessRunner()),
            CheckCommand.Create(new GitProcessRunner(), IsColourTerminal(output)),
            VerifyCommand.Create(new GitProcessRunner(), new SemanticMemberTestMapSource(), IsColourTerminal(output)),
        };
        var version = root.Options.OfType<VersionOption>().Single();
        version.Action = new PrintVersionAction();

        var parseResult = root.Parse(args);
        var exitCode = parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error });
        return parseResult.Errors.Count > 0 ? ExitCodes.UsageOrInputError : exitCode;
    }

    /// <summary>Colours only for the real console, when it is a terminal and NO_COLOR (https://no-color.org) is unset.</summary>
    private static bool IsColourTerminal(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    /// <summary>Prints the product version rather than the entry assembly's, so it is right however we are hosted.</summary>
    private sealed class PrintVersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(ProductInfo.Version);
            return 0;
        }
    }
}
