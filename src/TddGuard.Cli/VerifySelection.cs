using System.Collections.Generic;
using System.CommandLine;
using TddGuard.Verify;

namespace TddGuard.Cli;

/// <summary>The options of <c>tddguard verify</c> that choose which members are verified, and how.</summary>
internal sealed class VerifySelection
{
    private readonly Option<string?> _project = new("--project") { Description = "Verify only the members of this project (its name or project file)." };
    private readonly Option<string?> _filter = new("--filter") { Description = "Verify only the members declared in files matching this pattern (e.g. 'src/Shop/**')." };
    private readonly Option<string?> _since = new("--since") { Description = "Verify only the members whose declaration changed since this git revision.", HelpName = "REV" };
    private readonly Option<string?> _shard = new("--shard") { Description = "Verify only shard i of n (e.g. 1/4): every member falls in exactly one shard.", HelpName = "i/n" };
    private readonly Option<string?> _cache = new("--cache") { Description = "Where verdicts are cached (default: obj/tddguard-verify in the repository).", HelpName = "FOLDER" };
    private readonly Option<int> _parallel = new("--parallel")
    {
        Description = "How many test runs go at once.",
        DefaultValueFactory = _ => VerifyOptions.DefaultParallelism,
    };

    /// <summary>Every option, for the command.</summary>
    public IEnumerable<Option> Options => [_project, _filter, _since, _shard, _cache, _parallel];

    /// <summary>The options as given for <paramref name="path"/>.</summary>
    /// <exception cref="TddGuardInputException">The shard is not i/n.</exception>
    public VerifyOptions Read(ParseResult parseResult, string path)
    {
        var shard = parseResult.GetValue(_shard);
        return new VerifyOptions
        {
            Path = path,
            Project = parseResult.GetValue(_project),
            Filter = parseResult.GetValue(_filter),
            Since = parseResult.GetValue(_since),
            Shard = shard is null ? Shard.All : Shard.Parse(shard),
            CacheDirectory = parseResult.GetValue(_cache),
            Parallelism = parseResult.GetValue(_parallel),
        };
    }
}
