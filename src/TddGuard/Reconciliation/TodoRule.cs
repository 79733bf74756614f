namespace TddGuard.Reconciliation;

/// <summary>A checklist rule: its ID, title, default severity and help page.</summary>
/// <param name="Id">The rule ID.</param>
/// <param name="Title">A short title.</param>
/// <param name="DefaultSeverity">Its severity.</param>
public sealed record TodoRule(string Id, string Title, FindingSeverity DefaultSeverity)
{
    private const string RulePagesBaseUri = "https://github.com/tddguard/tddguard/blob/main/docs/rules/";

    /// <summary>The rule's page in the repository's <c>docs/rules</c>.</summary>
    public string HelpUri => RulePagesBaseUri + Id + ".md";

    /// <summary>A finding of this rule.</summary>
    public Finding At(SourceLocation location, string message, string? itemKey) =>
        new(Id, DefaultSeverity, message, location, itemKey);
}
