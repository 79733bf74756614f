using System.Collections.Generic;
using System.Linq;

namespace Bookshop;

/// <summary>The books a customer is about to buy.</summary>
public sealed class Basket
{
    private readonly List<Book> _books = new();

    /// <summary>The sum of the books' prices.</summary>
    public decimal Total => _books.Sum(book => book.Price);

    /// <summary>Puts <paramref name="book"/> in the basket.</summary>
    public void Add(Book book)
    {
        _books.Add(book);
    }

    /// <summary>Takes the book with <paramref name="isbn"/> out of the basket. Untested on purpose (TG1001).</summary>
    public bool Remove(string isbn)
    {
        var index = _books.FindIndex(book => book.Isbn == isbn);
        if (index < 0)
        {
            return false;
        }

        _books.RemoveAt(index);
        return true;
    }

    /// <summary>The total a loyal customer pays. The literal is a magic number on purpose (TG2002).</summary>
    public decimal LoyaltyTotal() => Total * 0.9m;
}
