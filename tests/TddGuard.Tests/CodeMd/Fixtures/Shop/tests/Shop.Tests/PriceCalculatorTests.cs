using NUnit.Framework;
using Shop.Core.Orders;
using Shop.Core.Pricing;

namespace Shop.Tests;

public sealed class PriceCalculatorTests
{
    [Test]
    public void TotalsTheLines()
    {
        var order = new Order("ann");
        order.Add("pen", 2, 1.5m);

        Assert.That(PriceCalculator.Total(order), Is.EqualTo(3m));
    }
}

public sealed class OrderTests
{
    [Test]
    public void PlacingChangesTheStatus()
    {
        var order = new Order("bob");
        order.Place();

        Assert.That(order.Status, Is.EqualTo(OrderStatus.Placed));
    }
}
