using System;

namespace Showcase;

/// <summary>TG2004: more methods than the limit (lowered to 5 for this file in .editorconfig).</summary>
public sealed class ReportBuilder
{
    private readonly System.Text.StringBuilder _text = new();

    public void Title(string title) => _text.AppendLine(title);

    public void Line(string line) => _text.AppendLine(line);

    public void Blank() => _text.AppendLine();

    public void Rule() => _text.AppendLine("----");

    public void Footer(string footer) => _text.AppendLine(footer);

    public override string ToString() => _text.ToString();

    /// <summary>TG2005: longer than the limit (lowered to 8 lines for this file).</summary>
    public void Summary(int orders, int parcels, decimal revenue)
    {
        Title("Summary");
        Rule();
        Line($"Orders: {orders}");
        Line($"Parcels: {parcels}");
        Line($"Revenue: {revenue}");
        Blank();
        Line("Thank you.");
        Rule();
        Footer(DateOnly.MinValue.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>TG2006: six parameters where a parameter object would do.</summary>
    public void Address(string name, string street, string city, string postcode, string country, string phone) =>
        Line($"{name}, {street}, {city}, {postcode}, {country}, {phone}");
}

/// <summary>TG2019: an interface with more than seven members.</summary>
public interface IWarehouse
{
    int Count { get; }
    void Receive(string sku);
    void Ship(string sku);
    void Reserve(string sku);
    void Release(string sku);
    void Recount(string sku, int quantity);
    bool Has(string sku);
    string Locate(string sku);
}

/// <summary>TG2020: four levels of source-defined base classes.</summary>
public class Document { }

public class Letter : Document { }

public class Invoice : Letter { }

public class ProformaInvoice : Invoice { }

public sealed class CorrectedProformaInvoice : ProformaInvoice { }
