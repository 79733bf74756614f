namespace TddGuard.Evidence;

/// <summary>How many of some coverable lines ran.</summary>
/// <param name="Covered">Lines hit at least once.</param>
/// <param name="Total">Coverable lines.</param>
public readonly record struct LineCoverage(int Covered, int Total)
{
    /// <summary>Covered over total, from 0 to 1; 1 when there is nothing to cover.</summary>
    public double Ratio => Total == 0 ? 1 : (double)Covered / Total;
}
