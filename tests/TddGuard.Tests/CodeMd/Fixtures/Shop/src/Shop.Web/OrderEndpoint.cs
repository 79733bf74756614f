using Shop.Core.Orders;
using Shop.Core.Pricing;

namespace Shop.Web;

/// <summary>Answers price requests for stored orders.</summary>
public sealed class OrderEndpoint(IOrderRepository orders)
{
    /// <summary>The total of order <paramref name="id"/>, or <see langword="null"/> when there is no such order.</summary>
    public decimal? Price(int id) => orders.Find(id) is { } order ? PriceCalculator.Total(order) : null;

    /// <summary>The ids asked for so far.</summary>
    public List<int> Asked { get; } = new();
}
