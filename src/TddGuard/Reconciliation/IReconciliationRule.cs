using System.Collections.Generic;

namespace TddGuard.Reconciliation;

/// <summary>One checklist rule's judgement of the evidence.</summary>
internal interface IReconciliationRule
{
    IEnumerable<Finding> Evaluate(ReconciliationContext context);
}
