using System.IO;
using System.Linq;
using System.Threading;
using NUnit.Framework;
using TddGuard.Check;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.Check;

/// <summary>
/// One run's recorded command lines, each compiled at most once: verify builds the red variants from a production
/// project's compilation and binds the tests to the same one, instead of parsing the project twice.
/// </summary>
[TestFixture]
[Property("Todo", "C07")]
public sealed class RecordCompilationsTests
{
    private const string Cart = "namespace Shop; public class Cart { public int Add(int item) => item; }";

    [Test]
    public void CompilesEachRecordOnce()
    {
        using var folder = new TemporaryDirectory("record-compilations");
        var shop = Record(folder, "Shop", "Cart.cs");
        var till = Record(folder, "Till", "Till.cs");
        folder.WriteFile("Shop/Cart.cs", Cart);
        folder.WriteFile("Till/Till.cs", "namespace Shop; public class Till { }");
        var compilations = new RecordCompilations([shop, till]);

        var first = compilations.Compile(shop, CancellationToken.None);
        File.Delete(folder.Combine("Shop", "Cart.cs"));
        var again = compilations.Compile(shop, CancellationToken.None);

        Assert.That(again, Is.SameAs(first), "the sources are not read again");
        Assert.That(compilations.Compile(till, CancellationToken.None), Is.Not.SameAs(first));
        Assert.That(compilations.Records, Is.EqualTo(new[] { shop, till }));
    }

    [Test]
    public void ARecordThatCouldNotBeCompiledIsTriedAgain()
    {
        using var folder = new TemporaryDirectory("record-compilations-retry");
        var shop = Record(folder, "Shop", "Cart.cs");
        var compilations = new RecordCompilations([shop]);

        Assert.That(() => compilations.Compile(shop, CancellationToken.None), Throws.InstanceOf<TddGuardInputException>().With.Message.Contains("Cart.cs"));
        folder.WriteFile("Shop/Cart.cs", Cart);

        Assert.That(compilations.Compile(shop, CancellationToken.None).GetTypeByMetadataName("Shop.Cart"), Is.Not.Null);
    }

    private static CompilerInvocation Record(TemporaryDirectory folder, string project, string source) =>
        new(project, folder.Combine(project), IsTestProject: false, [.. PlatformAssemblies.Paths().Select(path => "/reference:" + path), "/target:library", $"/out:obj/{project}.dll", source]);
}
