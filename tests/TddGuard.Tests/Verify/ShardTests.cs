using System.Linq;
using NUnit.Framework;
using TddGuard.Verify;

namespace TddGuard.Tests.Verify;

[TestFixture]
[Property("Todo", "C07")]
public sealed class ShardTests
{
    private static readonly string[] s_members =
        [.. Enumerable.Range(0, 200).Select(index => $"M:Shop.Type{index % 7}.Member{index}(System.Int32)")];

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(4)]
    [TestCase(7)]
    [TestCase(16)]
    public void EveryMemberFallsInExactlyOneShard(int count)
    {
        var shards = Enumerable.Range(1, count).Select(index => Shard.Parse($"{index}/{count}")).ToList();

        var owners = s_members.Select(member => shards.Count(shard => shard.Contains(member))).ToList();

        Assert.That(owners, Is.All.EqualTo(1));
    }

    [Test]
    public void ShardsShareTheMembersOut()
    {
        var shards = Enumerable.Range(1, 4).Select(index => new Shard(index, 4)).ToList();

        var sizes = shards.Select(shard => s_members.Count(shard.Contains)).ToList();

        Assert.That(sizes, Is.All.GreaterThan(s_members.Length / 8), "a stable hash spreads 200 members over 4 shards");
    }

    [Test]
    public void TheHashIsStableAcrossProcesses()
    {
        Assert.That(Shard.StableHash(string.Empty), Is.EqualTo(2166136261u), "FNV-1a's offset basis");
        Assert.That(Shard.StableHash("a"), Is.EqualTo(0xE40C292Cu), "FNV-1a of 'a'");
    }

    [TestCase("1/1", 1, 1)]
    [TestCase("2/4", 2, 4)]
    [TestCase("4/4", 4, 4)]
    public void ParsesIOfN(string text, int index, int count)
    {
        Assert.That(Shard.Parse(text), Is.EqualTo(new Shard(index, count)));
    }

    [TestCase("0/2")]
    [TestCase("3/2")]
    [TestCase("1/0")]
    [TestCase("1")]
    [TestCase("a/b")]
    [TestCase("-1/2")]
    [TestCase("1/2/3")]
    public void RejectsWhatIsNotAShard(string text)
    {
        Assert.That(() => Shard.Parse(text), Throws.TypeOf<TddGuardInputException>().With.Message.Contain(text));
    }
}
