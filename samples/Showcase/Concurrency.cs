using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Showcase;

/// <summary>Shared state and async code that blocks, hides failures or cannot be cancelled.</summary>
public sealed class PriceCache
{
    // TG2010: every instance and every thread shares (and can corrupt) this dictionary.
    private static readonly Dictionary<string, decimal> s_prices = new();

    public static decimal Lookup(string sku) => s_prices.TryGetValue(sku, out var price) ? price : 0m;

    // TG2011: callers cannot await it, and its exceptions crash the process.
    public async void Refresh(string path)
    {
        await File.ReadAllTextAsync(path, CancellationToken.None).ConfigureAwait(false);
    }

    // TG2012: blocks a thread on async work (and deadlocks under a synchronization context).
    public string ReadNow(string path) => File.ReadAllTextAsync(path, CancellationToken.None).Result;

    // TG2013: awaits a call that accepts a CancellationToken but offers its callers no way to cancel.
    public async Task<int> CountLinesAsync(string path)
    {
        var lines = await File.ReadAllLinesAsync(path).ConfigureAwait(false);
        return lines.Length;
    }

    public static string Currency(string country)
    {
        // TG2003: a magic string compared by value; TG2002: a magic number.
        return country == "CH" ? "CHF" : country.Length > 3 ? "???" : "EUR";
    }
}
