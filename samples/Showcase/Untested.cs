namespace Showcase;

/// <summary>
/// TG1001 and TG1002, judged against the tests in ../Showcase.Tests (found by convention: a folder named after the
/// project plus .Tests, beside it). PriceOf has a test, Discount has none.
/// </summary>
public sealed class PriceList
{
    private const decimal DiscountRate = 0.9m;

    public decimal PriceOf(decimal net, int quantity) => net * quantity;

    // TG1001: no test refers to Discount. The lightbulb writes a failing test for it in Showcase.Tests.
    public decimal Discount(decimal price) => price * DiscountRate;
}

/// <summary>TG1002: no test refers to the type at all.</summary>
public sealed class Receipt
{
    private decimal _total;

    public void Book(decimal amount) => _total += amount;

    public decimal Total() => _total;
}
