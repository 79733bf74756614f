using NUnit.Framework;

namespace Bookshop.Tests;

[TestFixture]
[Property("Todo", "B02")]
public sealed class ShoppingCartTests
{
    [Test]
    public void TheTotalIsTheSumOfThePrices()
    {
        var cart = new ShoppingCart();

        cart.Add(new Book("978-0441013593", "Dune", 10m));
        cart.Add(new Book("978-0547928227", "The Hobbit", 5m));

        Assert.That(cart.Total, Is.EqualTo(15m));
    }

    [Test]
    public void AnEmptyShoppingCartCostsNothing()
    {
        Assert.That(new ShoppingCart().Total, Is.Zero);
    }
}
