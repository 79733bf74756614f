using System;
using NUnit.Framework;

namespace Showcase.Tests;

[TestFixture]
public sealed class ClockTests
{
    [Test]
    public void TodayIsAfterTheEpoch()
    {
        // TG1004: the outcome depends on when the test runs. Pass the time in (TimeProvider) instead.
        var today = DateTime.Now;

        Assert.That(today, Is.GreaterThan(DateTime.UnixEpoch));
    }
}
