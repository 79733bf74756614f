using System.Collections.Generic;
using TddGuard.Reconciliation;

namespace TddGuard.CodeMd;

/// <summary>The one place that names the design-document rules (TG31xx), their titles and severities.</summary>
public static class CodeMdRules
{
    /// <summary>TG3101: the design document does not exist.</summary>
    public static TodoRule Missing { get; } = new("TG3101", "Design document missing", FindingSeverity.Error);

    /// <summary>TG3102: the document names a type or member the code no longer has.</summary>
    public static TodoRule StaleName { get; } = new("TG3102", "Design names code that no longer exists", FindingSeverity.Warning);

    /// <summary>TG3103: a generated part differs from what the code gives now.</summary>
    public static TodoRule OutOfDate { get; } = new("TG3103", "Generated part out of date", FindingSeverity.Warning);

    /// <summary>TG3104: a public namespace the document does not describe.</summary>
    public static TodoRule Undescribed { get; } = new("TG3104", "Public code the document does not describe", FindingSeverity.Warning);

    /// <summary>TG3105: markers that do not pair up; nothing is written.</summary>
    public static TodoRule BrokenMarkers { get; } = new("TG3105", "Broken or unbalanced markers", FindingSeverity.Error);

    /// <summary>Every rule, in ID order.</summary>
    public static IReadOnlyList<TodoRule> All { get; } = [Missing, StaleName, OutOfDate, Undescribed, BrokenMarkers];
}
