namespace TddGuard.Precision;

/// <summary>What a coverage run says of some lines.</summary>
/// <param name="Coverable">Lines the coverage report lists (code that can run).</param>
/// <param name="Covered">Of those, lines hit at least once.</param>
internal readonly record struct LineHits(int Coverable, int Covered);
