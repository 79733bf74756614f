using NUnit.Framework;

namespace Showcase.Tests;

[TestFixture]
public sealed class NeverRunsTests
{
    // TG1006: it asserts like a test but has no [Test], so the runner never runs it. The lightbulb adds it.
    public void AddsUp()
    {
        Assert.That(1 + 1, Is.EqualTo(2));
    }
}
