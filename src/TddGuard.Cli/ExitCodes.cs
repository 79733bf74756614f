namespace TddGuard.Cli;

/// <summary>What <c>tddguard</c>'s exit code means, the same for every command.</summary>
public static class ExitCodes
{
    /// <summary>Nothing to report above a note.</summary>
    public const int Clean = 0;

    /// <summary>At least one finding at warning or above.</summary>
    public const int Findings = 1;

    /// <summary>The command line or the input could not be used; the message says why.</summary>
    public const int UsageOrInputError = 2;
}
