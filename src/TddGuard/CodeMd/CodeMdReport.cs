using System.Collections.Generic;
using System.Linq;
using TddGuard.Reconciliation;

namespace TddGuard.CodeMd;

/// <summary>What <c>tddguard codemd</c> found and did.</summary>
/// <param name="DocumentPath">The design document, relative to the repository.</param>
/// <param name="Findings">The findings, in rule then location order.</param>
/// <param name="Problems">Input that could not be used (an unreadable project file).</param>
/// <param name="IsUpToDate">Whether the document already said what the code gives (nothing to write).</param>
/// <param name="Written">Whether the document was written.</param>
public sealed record CodeMdReport(string DocumentPath, IReadOnlyList<Finding> Findings, IReadOnlyList<InputProblem> Problems, bool IsUpToDate, bool Written)
{
    /// <summary>Whether any finding is a warning or an error.</summary>
    public bool HasFailingFindings => Findings.Any(finding => finding.Severity >= FindingSeverity.Warning);
}
