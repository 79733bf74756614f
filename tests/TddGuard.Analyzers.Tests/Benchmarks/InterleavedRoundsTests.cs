using System;
using System.Linq;
using NUnit.Framework;
using TddGuard.Analyzers.Benchmarks;

namespace TddGuard.Analyzers.Tests.Benchmarks;

/// <summary>
/// The interleaved build measurement runs every build once per round and compares each build with the baseline of
/// the same round, so a machine that slows down or speeds up during the run moves both sides of every ratio.
/// </summary>
[TestFixture]
[Property("Todo", "D11")]
public sealed class InterleavedRoundsTests
{
    [TestCase(new[] { "--filter", "*" }, null)]
    [TestCase(new[] { "--interleaved" }, 15)]
    [TestCase(new[] { "--interleaved", "4" }, 4)]
    [TestCase(new[] { "--interleaved", "--verbose" }, 15)]
    public void ReadsTheRoundsAfterTheSwitch(string[] args, int? expected)
    {
        Assert.That(InterleavedRounds.RoundsAskedFor(args), Is.EqualTo(expected));
    }

    [TestCase("0")]
    [TestCase("many")]
    [TestCase("+3")]
    public void RefusesRoundsThatAreNoPositiveWholeNumber(string rounds)
    {
        Assert.That(() => InterleavedRounds.RoundsAskedFor(["--interleaved", rounds]), Throws.ArgumentException.With.Message.Contains(rounds));
    }

    [TestCase(0, 3, new[] { 0, 1, 2 })]
    [TestCase(1, 3, new[] { 1, 2, 0 })]
    [TestCase(2, 3, new[] { 2, 0, 1 })]
    [TestCase(3, 3, new[] { 0, 1, 2 })]
    [TestCase(4, 1, new[] { 0 })]
    public void EachRoundStartsOneBuildLater(int round, int builds, int[] expected)
    {
        Assert.That(InterleavedRounds.Order(round, builds), Is.EqualTo(expected));
    }

    [TestCase(new[] { 3.0 }, 3.0)]
    [TestCase(new[] { 5.0, 1.0, 3.0 }, 3.0)]
    [TestCase(new[] { 4.0, 1.0, 3.0, 2.0 }, 2.5)]
    public void TheMedianIsTheMiddleValue(double[] values, double expected)
    {
        Assert.That(InterleavedRounds.Median(values), Is.EqualTo(expected));
    }

    [Test]
    public void TheRatioIsTheMedianOfTheRatiosWithinEachRound()
    {
        double[] baseline = [100, 200, 100];
        double[] build = [110, 220, 150];

        Assert.That(InterleavedRounds.PairedRatio(build, baseline), Is.EqualTo(1.1).Within(1e-9));
    }

    [Test]
    public void ARoundThatIsSlowerForEveryBuildDoesNotMoveTheRatio()
    {
        double[] baseline = [100, 100, 100];
        double[] build = [120, 120, 120];
        double[] slowerBaseline = [100, 400, 100];
        double[] slowerBuild = [120, 480, 120];

        Assert.That(InterleavedRounds.PairedRatio(slowerBuild, slowerBaseline), Is.EqualTo(InterleavedRounds.PairedRatio(build, baseline)).Within(1e-9));
    }

    [Test]
    public void RefusesTimesOfDifferentRounds()
    {
        double[] baseline = [100, 100];
        double[] build = [120];

        Assert.That(() => InterleavedRounds.PairedRatio(build, baseline), Throws.ArgumentException);
    }

    [Test]
    public void RefusesNoTimesAtAll()
    {
        Assert.That(() => InterleavedRounds.Median(Array.Empty<double>()), Throws.ArgumentException);
        Assert.That(() => InterleavedRounds.Order(0, 0).ToList(), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
