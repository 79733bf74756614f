using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace TddGuard.Verify;

/// <summary>
/// Verdicts kept between runs, keyed by a hash of the member's ID and declaration and of the test sources: a member
/// whose text and tests did not change is not run again. Timeouts and compile errors are not kept: they say more
/// about the machine or about TddGuard than about the tests.
/// </summary>
/// <param name="folder">Where the verdicts are kept, one small file each.</param>
/// <param name="testSourcesHash">The hash of every test project's sources.</param>
internal sealed class VerdictCache(string folder, string testSourcesHash)
{
    private const string Extension = ".verdict";
    private const char Separator = '\0';
    private const char DistanceSeparator = ' ';

    /// <summary>The cached verdict on <paramref name="member"/>, or <see langword="null"/>.</summary>
    public MemberVerdict? Find(ProductionMember member)
    {
        var file = FileOf(member);
        if (!File.Exists(file))
        {
            return null;
        }

        var lines = File.ReadAllLines(file);
        var first = lines.Length > 0 ? lines[0].Split(DistanceSeparator) : [];
        return first.Length > 0 && Enum.TryParse<MemberOutcome>(first[0], out var outcome) && Enum.IsDefined(outcome)
            ? new MemberVerdict(member, outcome, lines[1..]) { Cached = true, Distance = first.Length > 1 && int.TryParse(first[1], CultureInfo.InvariantCulture, out var distance) ? distance : null }
            : null;
    }

    /// <summary>Keeps <paramref name="verdict"/> when it is a verdict on the tests.</summary>
    /// <exception cref="TddGuardInputException">The cache folder cannot be written.</exception>
    public void Store(MemberVerdict verdict)
    {
        if (verdict.Outcome is MemberOutcome.Timeout or MemberOutcome.CompileError)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(folder);
            var first = verdict.Distance is { } distance ? string.Create(CultureInfo.InvariantCulture, $"{verdict.Outcome}{DistanceSeparator}{distance}") : verdict.Outcome.ToString();
            File.WriteAllLines(FileOf(verdict.Member), [first, .. verdict.FailedTests]);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new TddGuardInputException($"The verdict cache {folder} could not be written: {exception.Message}. Pass another folder with --cache.", exception);
        }
    }

    /// <summary>A hash of <paramref name="files"/>' paths (relative to <paramref name="root"/>) and contents, in path order.</summary>
    public static string HashOf(string root, IEnumerable<string> files)
    {
        var text = new StringBuilder();
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            text.Append(RepositoryPaths.Relative(root, file)).Append(Separator).Append(File.ReadAllText(file)).Append(Separator);
        }

        return Hash(text.ToString());
    }

    private string FileOf(ProductionMember member) =>
        Path.Combine(folder, Hash(string.Join(Separator, member.Id, member.Text, testSourcesHash)) + Extension);

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
