namespace TddGuard.Reconciliation;

/// <summary>How much a finding matters; warnings and errors fail a run, notes only inform.</summary>
public enum FindingSeverity
{
    /// <summary>Information: something worth a look, nothing wrong.</summary>
    Note,

    /// <summary>The checklist and the evidence disagree.</summary>
    Warning,

    /// <summary>The checklist says something the evidence contradicts outright.</summary>
    Error,
}
