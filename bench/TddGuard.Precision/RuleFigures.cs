namespace TddGuard.Precision;

/// <summary>The figures of one rule (or of all of them) on one repository.</summary>
/// <param name="Rule">TG1001, TG1002 or <see cref="PrecisionSummary.AllRules"/>.</param>
/// <param name="Total">Findings.</param>
/// <param name="Executed">Findings whose code the tests executed: false alarms.</param>
/// <param name="NotExecuted">Findings whose code the tests did not execute.</param>
/// <param name="NoCoverableLines">Findings whose code the coverage does not list.</param>
/// <param name="Unlocated">Findings whose declaration was not found.</param>
internal sealed record RuleFigures(string Rule, int Total, int Executed, int NotExecuted, int NoCoverableLines, int Unlocated)
{
    /// <summary>Executed over total, from 0 to 1; 0 when there is no finding.</summary>
    public double FalseAlarmRate => Total == 0 ? 0 : (double)Executed / Total;
}
