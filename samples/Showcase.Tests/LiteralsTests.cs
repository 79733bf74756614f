using System;
using NUnit.Framework;

namespace Showcase.Tests;

[TestFixture]
public sealed class LiteralsTests
{
    // TG1005 (on both): one test written twice with other values. The lightbulb merges them into [TestCase] rows.
    [Test]
    public void AbsoluteValueOfMinusOne()
    {
        Assert.That(Math.Abs(-1), Is.EqualTo(1));
    }

    [Test]
    public void AbsoluteValueOfMinusTwo()
    {
        Assert.That(Math.Abs(-2), Is.EqualTo(2));
    }
}
