using System;
using System.Collections.Generic;

namespace Showcase;

public sealed record Parcel(string Country, decimal WeightKg, bool Fragile);

/// <summary>Prices parcels. Written the way deadline code often is: one more condition, one more level.</summary>
public sealed class ShippingCalculator
{
    private readonly IReadOnlyDictionary<string, decimal> _ratePerKgByCountry;

    public ShippingCalculator(IReadOnlyDictionary<string, decimal> ratePerKgByCountry) =>
        _ratePerKgByCountry = ratePerKgByCountry;

    public decimal Total(IEnumerable<Parcel> parcels)
    {
        var total = 0m;
        foreach (var parcel in parcels)
        {
            if (_ratePerKgByCountry.TryGetValue(parcel.Country, out var rate))
            {
                if (parcel.WeightKg > 0)
                {
                    // TG2001: the fourth level. The lightbulb turns the outer if into a guard clause.
                    if (parcel.Fragile)
                    {
                        total += parcel.WeightKg * rate * 1.5m;
                    }
                    else
                    {
                        total += parcel.WeightKg * rate;
                    }
                }
            }
        }

        return total;
    }

    public void Validate(IEnumerable<Parcel> parcels)
    {
        // The same logic with guard clauses stays within the limit.
        foreach (var parcel in parcels)
        {
            if (parcel.WeightKg > 0)
            {
                continue;
            }

            if (parcel.Fragile)
            {
                throw new ArgumentException($"Fragile parcel to {parcel.Country} has no weight.", nameof(parcels));
            }
        }
    }
}
