namespace TddGuard.Analyzers.Shared;

/// <summary>The one place that names TddGuard's diagnostics and links them to their pages.</summary>
internal static class RuleIdentifiers
{
    public const string NestingTooDeep = "TG2001";

    private const string RulePagesBaseUri = "https://github.com/tddguard/tddguard/blob/main/docs/rules/";

    public static string GetHelpUri(string id) => RulePagesBaseUri + id + ".md";
}
