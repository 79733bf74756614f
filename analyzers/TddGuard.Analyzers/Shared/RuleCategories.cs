namespace TddGuard.Analyzers.Shared;

internal static class RuleCategories
{
    /// <summary>Rules from the design checklist: nesting, magic values, exceptions, state, ...</summary>
    public const string Design = "Design";

    /// <summary>Rules of test-driven development: untested code, tests that prove nothing, ...</summary>
    public const string Tdd = "Tdd";
}
