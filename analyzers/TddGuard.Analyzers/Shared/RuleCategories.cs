namespace TddGuard.Analyzers.Shared;

internal static class RuleCategories
{
    /// <summary>Rules from the design checklist: nesting, magic values, exceptions, state, ...</summary>
    public const string Design = "Design";

    /// <summary>Rules about test-driven development: untested code, and tests that prove nothing or never run.</summary>
    public const string Tdd = "Tdd";
}
