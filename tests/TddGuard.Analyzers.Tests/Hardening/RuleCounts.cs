using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace TddGuard.Analyzers.Tests.Hardening;

/// <summary>Counts by rule, as the hardening tests print them: <c>TG2001 9, TG2002 64</c>.</summary>
internal static class RuleCounts
{
    public static string Of(IEnumerable<Diagnostic> findings) =>
        Of(findings.GroupBy(finding => finding.Id).Select(rule => new KeyValuePair<string, int>(rule.Key, rule.Count())));

    public static string Of(IEnumerable<KeyValuePair<string, int>> counts) =>
        string.Join(", ", counts.OrderBy(rule => rule.Key, StringComparer.Ordinal).Select(rule => $"{rule.Key} {rule.Value}"));
}
