using System.Collections.Generic;
using System.Linq;

namespace Shop.Core.Orders;

/// <summary>An order of a customer: its lines and its <see cref="OrderStatus"/>.</summary>
public sealed class Order
{
    private readonly List<OrderLine> _lines = new();

    /// <summary>Creates an empty order for <paramref name="customer"/>.</summary>
    public Order(string customer) => Customer = customer;

    /// <summary>Who ordered.</summary>
    public string Customer { get; }

    /// <summary>Where the order is in its life.</summary>
    public OrderStatus Status { get; private set; }

    /// <summary>The lines, in the order they were added.</summary>
    public IReadOnlyList<OrderLine> Lines => _lines;

    /// <summary>Adds <paramref name="quantity"/> of <paramref name="product"/>.</summary>
    public void Add(string product, int quantity, decimal unitPrice) => _lines.Add(new OrderLine(product, quantity, unitPrice));

    /// <summary>Marks the order as placed; no line can be added after.</summary>
    public void Place() => Status = OrderStatus.Placed;

    internal int Count => _lines.Sum(line => line.Quantity);
}

/// <summary>One product of an order.</summary>
public sealed record OrderLine(string Product, int Quantity, decimal UnitPrice);

/// <summary>Where an order is in its life.</summary>
public enum OrderStatus
{
    /// <summary>Being filled.</summary>
    Open,

    /// <summary>Sent to the shop.</summary>
    Placed,
}

/// <summary>Orders, their lines and their life: the shop's aggregate.</summary>
internal static class NamespaceDoc
{
}

/// <summary>Stores orders.</summary>
public interface IOrderRepository
{
    /// <summary>The order with <paramref name="id"/>, if any.</summary>
    Order? Find(int id);

    /// <summary>Saves <paramref name="order"/> and returns its id.</summary>
    int Save(Order order);
}
