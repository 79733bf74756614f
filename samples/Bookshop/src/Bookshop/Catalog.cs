using System.Collections.Generic;

namespace Bookshop;

/// <summary>The books the shop sells, by ISBN.</summary>
public sealed class Catalog
{
    private readonly Dictionary<string, Book> _books = new();

    /// <summary>How many books the catalog holds.</summary>
    public int Count => _books.Count;

    /// <summary>Adds <paramref name="book"/>, replacing any book with the same ISBN.</summary>
    public void Add(Book book)
    {
        _books[book.Isbn] = book;
    }

    /// <summary>The book with <paramref name="isbn"/>, or null.</summary>
    public Book? Find(string isbn) => _books.GetValueOrDefault(isbn);
}
