namespace Bookshop;

/// <summary>A prepaid card a customer pays with. Added after design/CODE.md was generated, on purpose (TG3103, TG3104).</summary>
public sealed record GiftCard(string Code, decimal Balance);
