using System.Reflection;
using NUnit.Framework;

namespace TddGuard.Tests;

[TestFixture]
[Property("Todo", "F06")]
public sealed class ProductInfoTests
{
    [Test]
    public void VersionIsTheLibrarysInformationalVersionWithoutBuildMetadata()
    {
        var informational = typeof(ProductInfo).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        Assert.That(ProductInfo.Version, Is.Not.Empty);
        Assert.That(ProductInfo.Version, Does.Not.Contain("+"));
        Assert.That(informational, Does.StartWith(ProductInfo.Version));
    }

    [TestCase("1.2.3", "1.2.3")]
    [TestCase("1.2.3+abcdef", "1.2.3")]
    [TestCase("0.1.0-test.5+0123456789", "0.1.0-test.5")]
    [TestCase("+abc", "+abc")]
    public void StripsBuildMetadataButNeverEmptiesTheVersion(string informational, string expected)
    {
        Assert.That(ProductInfo.WithoutBuildMetadata(informational), Is.EqualTo(expected));
    }
}
