using System.IO;
using TddGuard.Reconciliation;

namespace TddGuard.Reporting;

/// <summary>Writes a reconciliation report in one format.</summary>
public interface IReportWriter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="writer"/>.</summary>
    void Write(ReconciliationReport report, TextWriter writer);
}
