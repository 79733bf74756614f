namespace Bookshop;

/// <summary>A book the shop sells: its ISBN, title and price.</summary>
public sealed record Book(string Isbn, string Title, decimal Price);
