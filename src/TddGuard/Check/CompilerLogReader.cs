using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using TddGuard.Reconciliation;

namespace TddGuard.Check;

/// <summary>
/// Reads the compiler's SARIF 2.1 error log (<c>-p:ErrorLog=FILE,version=2.1</c>) for TddGuard's results, and the
/// build output for the errors that stopped the build.
/// </summary>
internal static partial class CompilerLogReader
{
    private const string RulePrefix = "TG";
    private const string Results = "results";
    private const string ErrorLevel = "error";
    private const string NoteLevel = "note";

    /// <summary>The unsuppressed TG* results of the log <paramref name="json"/> of <paramref name="project"/>.</summary>
    /// <exception cref="TddGuardInputException">The log is not a SARIF log.</exception>
    public static IReadOnlyList<CheckFinding> Read(string json, string repositoryRoot, string project)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var runs = document.RootElement.GetProperty("runs");
            return [.. runs.EnumerateArray()
                .Where(run => run.TryGetProperty(Results, out _))
                .SelectMany(run => run.GetProperty(Results).EnumerateArray())
                .Where(IsTddGuardResult)
                .Select(result => Finding(result, repositoryRoot, project))];
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new TddGuardInputException($"The compiler's error log of {project} could not be read ({exception.Message}): TddGuard's results of that project are unknown.", exception);
        }
    }

    /// <summary>The titles of the TG rules the log's driver describes, by rule ID.</summary>
    /// <exception cref="TddGuardInputException">The log is not JSON.</exception>
    public static IReadOnlyDictionary<string, string> RuleTitles(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.GetProperty("runs").EnumerateArray()
                .Where(run => run.TryGetProperty("tool", out _))
                .Select(run => run.GetProperty("tool").GetProperty("driver"))
                .Where(driver => driver.TryGetProperty("rules", out _))
                .SelectMany(driver => driver.GetProperty("rules").EnumerateArray())
                .Where(rule => (rule.GetProperty("id").GetString() ?? string.Empty).StartsWith(RulePrefix, StringComparison.Ordinal)
                    && rule.TryGetProperty("shortDescription", out _))
                .GroupBy(rule => rule.GetProperty("id").GetString()!, StringComparer.Ordinal)
                .ToDictionary(rule => rule.Key, rule => rule.First().GetProperty("shortDescription").GetProperty("text").GetString() ?? rule.Key, StringComparer.Ordinal);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new TddGuardInputException($"A compiler error log could not be read ({exception.Message}).", exception);
        }
    }

    /// <summary>The error lines of a build output that are not TddGuard findings, each once, in order.</summary>
    public static IReadOnlyList<string> BuildErrors(string output) =>
        [.. output.Split('\n').Select(line => line.Trim()).Where(line => ErrorLine().Match(line) is { Success: true } match && !match.Groups["code"].Value.StartsWith(RulePrefix, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal)];

    private static bool IsTddGuardResult(JsonElement result) =>
        result.TryGetProperty("ruleId", out var id) && (id.GetString() ?? string.Empty).StartsWith(RulePrefix, StringComparison.Ordinal)
        && !(result.TryGetProperty("suppressions", out var suppressions) && suppressions.GetArrayLength() > 0);

    private static CheckFinding Finding(JsonElement result, string repositoryRoot, string project)
    {
        var level = result.TryGetProperty("level", out var value) ? value.GetString() : null;
        var severity = level switch
        {
            ErrorLevel => FindingSeverity.Error,
            NoteLevel => FindingSeverity.Note,
            _ => FindingSeverity.Warning,
        };
        var message = result.GetProperty("message").GetProperty("text").GetString() ?? string.Empty;
        return new CheckFinding(result.GetProperty("ruleId").GetString()!, severity, message, Location(result, repositoryRoot, project), project);
    }

    private static SourceLocation Location(JsonElement result, string repositoryRoot, string project)
    {
        if (!result.TryGetProperty("locations", out var locations) || locations.GetArrayLength() == 0)
        {
            return SourceLocation.StartOf(project);
        }

        var physical = locations[0].GetProperty("physicalLocation");
        var uri = new Uri(physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!, UriKind.RelativeOrAbsolute);
        var file = uri.IsAbsoluteUri ? uri.LocalPath : Uri.UnescapeDataString(uri.OriginalString);
        var region = physical.TryGetProperty("region", out var found) ? found : default;
        return new SourceLocation(RepositoryPaths.Relative(repositoryRoot, file), Number(region, "startLine"), Number(region, "startColumn"));
    }

    private static int Number(JsonElement region, string name) =>
        region.ValueKind == JsonValueKind.Object && region.TryGetProperty(name, out var number) ? number.GetInt32() : 1;

    [GeneratedRegex(@"(^|: )error (?<code>[A-Za-z]+[0-9]+) *:")]
    private static partial Regex ErrorLine();
}
