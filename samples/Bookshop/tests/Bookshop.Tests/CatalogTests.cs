using NUnit.Framework;

namespace Bookshop.Tests;

[TestFixture]
[Property("Todo", "B01")]
public sealed class CatalogTests
{
    private static readonly Book s_dune = new("978-0441013593", "Dune", 9.99m);

    [Test]
    public void ABookAddedCanBeFoundByItsIsbn()
    {
        var catalog = new Catalog();

        catalog.Add(s_dune);

        Assert.That(catalog.Find(s_dune.Isbn), Is.EqualTo(s_dune));
        Assert.That(catalog.Count, Is.EqualTo(1));
    }

    [Test]
    public void AnUnknownIsbnFindsNothing()
    {
        Assert.That(new Catalog().Find(s_dune.Isbn), Is.Null);
    }
}
