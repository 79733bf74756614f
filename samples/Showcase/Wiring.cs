using System;
using System.Collections.Generic;

namespace Showcase;

public interface IInvoiceStore
{
    void Save(string invoice);
}

public sealed class FileInvoiceStore : IInvoiceStore
{
    private readonly List<string> _saved = new();

    public void Save(string invoice) => _saved.Add(invoice);
}

/// <summary>Billing that hides its dependencies: a clock and a store it cannot be given.</summary>
public sealed class Billing
{
    // TG2018: the store is created here instead of being injected, so no test can replace it.
    private readonly IInvoiceStore _store = new FileInvoiceStore();

    public string Issue(string customer)
    {
        // TG2017: the hidden clock makes this untestable; inject TimeProvider instead.
        var issued = DateTime.UtcNow;
        var invoice = $"{customer}:{issued:O}";
        _store.Save(invoice);
        return invoice;
    }

    // TG2016: the same six statements as Refund below.
    public string Charge(string customer, decimal amount)
    {
        var name = customer.Trim();
        var label = name.ToUpperInvariant();
        var cents = decimal.ToInt64(amount * 100);
        var line = $"{label};{cents}";
        _store.Save(line);
        return line;
    }

    public string Refund(string customer, decimal amount)
    {
        var name = customer.Trim();
        var label = name.ToUpperInvariant();
        var cents = decimal.ToInt64(amount * 100);
        var line = $"{label};{cents}";
        _store.Save(line);
        return line;
    }
}
