namespace TddGuard.Evidence;

/// <summary>What a file was asked for as: test results, coverage, or (when searching) either.</summary>
internal readonly record struct ExpectedKinds(bool Results, bool Coverage);
