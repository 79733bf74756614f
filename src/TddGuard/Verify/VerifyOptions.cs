namespace TddGuard.Verify;

/// <summary>What <c>tddguard verify</c> is asked to verify, and how.</summary>
internal sealed record VerifyOptions
{
    /// <summary>The default number of test runs at once.</summary>
    public const int DefaultParallelism = 2;

    /// <summary>A folder, a solution (.sln, .slnx) or a project.</summary>
    public required string Path { get; init; }

    /// <summary>Only the members of this project (its name or its project file), or of every production project.</summary>
    public string? Project { get; init; }

    /// <summary>Only the members declared in files that match this pattern (relative to the repository).</summary>
    public string? Filter { get; init; }

    /// <summary>Only the members whose declaration changed since this git revision.</summary>
    public string? Since { get; init; }

    /// <summary>Only the members of this shard.</summary>
    public Shard Shard { get; init; } = Shard.All;

    /// <summary>Where verdicts are cached; by default <c>obj/tddguard-verify</c> under the repository.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>How many test runs go at once.</summary>
    public int Parallelism { get; init; } = DefaultParallelism;
}
