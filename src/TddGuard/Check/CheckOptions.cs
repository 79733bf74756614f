namespace TddGuard.Check;

/// <summary>What <c>tddguard check</c> is asked to judge, and how.</summary>
internal sealed record CheckOptions
{
    /// <summary>A folder, a solution (.sln, .slnx) or a project.</summary>
    public required string Path { get; init; }

    /// <summary>Whether to run the tests (for results and coverage) after the build.</summary>
    public bool RunTests { get; init; } = true;

    /// <summary>Where the CLI's analyzer assembly and its build/ files are.</summary>
    public required string ShippedFilesDirectory { get; init; }
}
