using System.Linq;
using NUnit.Framework;
using TddGuard.Reconciliation;

namespace TddGuard.Tests.Reconciliation;

[TestFixture]
[Property("Todo", "C04")]
public sealed class LongestIncreasingRunTests
{
    [TestCase("", "")]
    [TestCase("5", "0")]
    [TestCase("0 1 2 3", "0 1 2 3")]
    [TestCase("3 0 1 2", "1 2 3")]
    [TestCase("1 2 3 0", "0 1 2")]
    [TestCase("2 1 0", "2")]
    [TestCase("0 4 1 2 5 3", "0 2 3 5")]
    public void KeepsTheLongestRunThatKeptItsOrder(string values, string expectedPositions)
    {
        var numbers = values.Split(' ', System.StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();

        var run = LongestIncreasingRun.Indexes(numbers);

        Assert.That(string.Join(' ', run.Order()), Is.EqualTo(expectedPositions));
    }
}
