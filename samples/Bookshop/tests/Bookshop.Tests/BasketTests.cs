using NUnit.Framework;

namespace Bookshop.Tests;

[TestFixture]
[Property("Todo", "B02")]
public sealed class BasketTests
{
    [Test]
    public void TheTotalIsTheSumOfThePrices()
    {
        var basket = new Basket();

        basket.Add(new Book("978-0441013593", "Dune", 10m));
        basket.Add(new Book("978-0547928227", "The Hobbit", 5m));

        Assert.That(basket.Total, Is.EqualTo(15m));
    }

    [Test]
    public void AnEmptyBasketCostsNothing()
    {
        Assert.That(new Basket().Total, Is.Zero);
    }
}
