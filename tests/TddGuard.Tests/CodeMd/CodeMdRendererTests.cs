using System.Linq;
using NUnit.Framework;
using TddGuard.CodeMd;

namespace TddGuard.Tests.CodeMd;

[TestFixture]
[Property("Todo", "C05")]
public sealed class CodeMdRendererTests
{
    private const string Key = "T03";
    private const string ItemText = "Tests that prove nothing";

    [Test]
    public void AnItemWithFewLinkedTestsNamesEachTest()
    {
        string[] tests = ["Shop.Tests.CartTests.AddsALine", "Shop.Tests.CartTests.RemovesALine"];

        var section = CodeMdRenderer.Item(Key, ItemText, tests, []);

        Assert.That(section, Does.Contain("Linked tests (2): `Shop.Tests.CartTests.AddsALine`, `Shop.Tests.CartTests.RemovesALine`"));
    }

    [Test]
    public void AnItemWithManyLinkedTestsCountsThemPerTestClass()
    {
        var tests = Enumerable.Range(1, CodeMdRenderer.MaxListedTests)
            .Select(index => $"Shop.Tests.CartTests.Case{index}")
            .Append("Shop.Tests.PriceTests.Totals(1,2)")
            .ToList();

        var section = CodeMdRenderer.Item(Key, ItemText, tests, []);

        Assert.That(section, Does.Contain($"Linked tests ({tests.Count}) in 2 test classes: `Shop.Tests.CartTests` ({CodeMdRenderer.MaxListedTests}), `Shop.Tests.PriceTests` (1)"));
        Assert.That(section, Does.Not.Contain("Case1"));
    }
}
