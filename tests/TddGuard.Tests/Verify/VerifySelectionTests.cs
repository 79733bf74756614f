using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using TddGuard.Evidence;
using TddGuard.Verify;

namespace TddGuard.Tests.Verify;

/// <summary>Which members <c>--project</c>, <c>--filter</c>, <c>--since</c> and <c>--shard</c> select.</summary>
[TestFixture]
[Property("Todo", "C07")]
public sealed class VerifySelectionTests
{
    private static readonly string[] s_changed = ["M:Shop.Cart.Add(System.Int32)", "M:Shop.Price.Round"];

    private static readonly ProductionMember[] s_members =
    [
        Member("M:Shop.Cart.Add(System.Int32)", "Shop", "src/Shop/Cart.cs", 10, 14),
        Member("M:Shop.Cart.Clear", "Shop", "src/Shop/Cart.cs", 16, 16),
        Member("M:Shop.Price.Round", "Shop", "src/Shop/Pricing/Price.cs", 5, 9),
        Member("M:Admin.Users.Add", "Admin", "src/Admin/Users.cs", 3, 8),
    ];

    [TestCase(null, null, new[] { "M:Shop.Cart.Add(System.Int32)", "M:Shop.Cart.Clear", "M:Shop.Price.Round", "M:Admin.Users.Add" })]
    [TestCase("Admin", null, new[] { "M:Admin.Users.Add" })]
    [TestCase("src/Admin/Admin.csproj", null, new[] { "M:Admin.Users.Add" })]
    [TestCase(null, "src/Shop/**", new[] { "M:Shop.Cart.Add(System.Int32)", "M:Shop.Cart.Clear", "M:Shop.Price.Round" })]
    [TestCase(null, "src/Shop/*.cs", new[] { "M:Shop.Cart.Add(System.Int32)", "M:Shop.Cart.Clear" })]
    [TestCase("Shop", "**/Price.cs", new[] { "M:Shop.Price.Round" })]
    public async Task ProjectAndFilterSelect(string? project, string? filter, string[] expected)
    {
        var selected = await Select(new VerifyOptions { Path = "/repo", Project = project, Filter = filter });

        Assert.That(selected, Is.EqualTo(expected));
    }

    [Test]
    public async Task SinceSelectsTheMembersWhoseDeclarationChanged()
    {
        const string Diff = """
            +++ b/src/Shop/Cart.cs
            @@ -12 +12 @@
            +++ b/src/Admin/Users.cs
            @@ -20,2 +20,2 @@
            """;
        var git = new ChangedLinesTests.ScriptedGit(new GitResult(0, Diff, string.Empty), new GitResult(0, "src/Shop/Pricing/Price.cs\n", string.Empty));

        var selected = await Select(new VerifyOptions { Path = "/repo", Since = "HEAD~3" }, git);

        Assert.That(selected, Is.EqualTo(s_changed));
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(5)]
    public async Task ShardsTogetherSelectEveryMemberOnce(int count)
    {
        var selected = await Task.WhenAll(Enumerable.Range(1, count).Select(index => Select(new VerifyOptions { Path = "/repo", Shard = new Shard(index, count) })));

        Assert.That(selected.SelectMany(shard => shard), Is.EquivalentTo(s_members.Select(member => member.Id)));
    }

    private static async Task<string[]> Select(VerifyOptions options, IGitRunner? git = null)
    {
        var verify = new RepositoryVerify(git ?? new ChangedLinesTests.ScriptedGit(), new NoTestMap(), _ => { });
        var members = await verify.SelectAsync(s_members, options, "/repo", CancellationToken.None);
        return [.. members.Select(member => member.Id)];
    }

    private static ProductionMember Member(string id, string project, string file, int line, int lastLine) =>
        new(id, null, project, new SourceLocation(file, line, 5), lastLine, id, new MemberEdit(default, string.Empty, string.Empty));
}
