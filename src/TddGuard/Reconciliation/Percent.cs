using System.Globalization;

namespace TddGuard.Reconciliation;

/// <summary>Ratios as people read them: "62.5%", never rounded up to a passing value.</summary>
internal static class Percent
{
    private const double PercentPerUnit = 100;
    private const double TenthsPerPercent = 10;

    // Absorbs binary floating-point error (0.6 * 1000 is 599.999...) without ever rounding a real shortfall up.
    private const double Tolerance = 1e-9;

    public static string Format(double ratio) =>
        (System.Math.Floor((ratio * PercentPerUnit * TenthsPerPercent) + Tolerance) / TenthsPerPercent).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
