using System.Linq;
using Shop.Core.Orders;

/// <summary>Prices orders: line totals, discounts and the order total.</summary>
namespace Shop.Core.Pricing
{
    /// <summary>Computes what an order costs.</summary>
    public static class PriceCalculator
    {
        /// <summary>The order's total after <paramref name="discount"/> (a fraction).</summary>
        public static decimal Total(Order order, decimal discount = 0m) =>
            order.Lines.Sum(line => line.Quantity * line.UnitPrice) * (1 - discount);
    }

    /// <summary>A discount rule.</summary>
    public abstract class Discount
    {
        /// <summary>The fraction taken off <paramref name="order"/>.</summary>
        public abstract decimal For(Order order);
    }

    /// <summary>Ten percent off from <c>MinimumLines</c> lines.</summary>
    public sealed class BulkDiscount : Discount
    {
        /// <summary>How many lines the order needs.</summary>
        public const int MinimumLines = 10;

        /// <inheritdoc />
        public override decimal For(Order order) => order.Lines.Count >= MinimumLines ? 0.1m : 0m;
    }

    internal static class Rounding
    {
        public static decimal Cents(decimal amount) => decimal.Round(amount, 2);
    }
}
