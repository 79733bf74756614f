using NUnit.Framework;

namespace Showcase.Tests;

/// <summary>A test as TddGuard likes it: it drives PriceList.PriceOf, which therefore gets no TG1001.</summary>
[TestFixture]
public sealed class PriceListTests
{
    [Test]
    public void PriceOf_MultipliesTheNetPriceByTheQuantity()
    {
        var prices = new PriceList();

        var price = prices.PriceOf(net: 1m, quantity: 2);

        Assert.That(price, Is.EqualTo(2m));
    }
}
