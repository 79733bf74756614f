using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using NUnit.Framework;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.Packaging;

/// <summary>Where throw-away consumer projects restore from: the packed feed, and optionally local packages.</summary>
internal static class ConsumerFeeds
{
    /// <summary>The NUnit this test assembly runs with: it is in the local package cache, so no download is needed.</summary>
    public static string NUnitVersion { get; } =
        typeof(Assert).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

    /// <summary>The version this repository pins for <paramref name="id"/>: restored for our own tests, so in the local package cache.</summary>
    public static string PinnedVersion(string id) =>
        XDocument.Load(Path.Combine(RepositoryLayout.Root(), "Directory.Packages.props"))
            .Descendants("PackageVersion")
            .Single(version => (string?)version.Attribute("Include") == id)
            .Attribute("Version")!.Value;

    public static string NuGetConfig(bool includeLocalPackageCache)
    {
        var localCache = includeLocalPackageCache
            ? $"""<add key="local-package-cache" value="{LocalPackageCache()}" />"""
            : string.Empty;
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="tddguard-under-test" value="{PackedSolution.Feed}" />
                {localCache}
              </packageSources>
            </configuration>
            """;
    }

    /// <summary>The NuGet global packages folder that restored this test project (it is laid out like a feed).</summary>
    private static string LocalPackageCache() =>
        typeof(ConsumerFeeds).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == "NuGetPackageRoot")?.Value
        ?? throw new InvalidOperationException("The test assembly was built without its NuGetPackageRoot metadata.");
}
