using System.Collections.Generic;
using System.IO;
using System.Linq;
using TddGuard.Tests.Packaging;

namespace TddGuard.Tests.Infrastructure;

/// <summary>
/// A throw-away library <c>{name}/{name}.csproj</c> and its test project <c>{name}.Tests/{name}.Tests.csproj</c>
/// (net10.0), isolated from this repository's build files, with packages at the versions this repository pins (so
/// they restore from the local package cache). The callers write the sources.
/// </summary>
internal static class ThrowAwaySolution
{
    /// <summary>A project file of a net10.0 library.</summary>
    public const string LibraryProject = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
        </Project>
        """;

    /// <summary>Empty Directory.Build.props/.targets and Directory.Packages.props: nothing of this repository's build leaks in.</summary>
    public static void WriteIsolation(TemporaryDirectory folder)
    {
        folder.WriteFile("Directory.Build.props", "<Project />");
        folder.WriteFile("Directory.Build.targets", "<Project />");
        folder.WriteFile("Directory.Packages.props", "<Project />");
    }

    /// <summary>
    /// Directory.Build.props/.targets that import this repository's build/ files, as a reference to the TddGuard
    /// package would (without its analyzers), and an empty Directory.Packages.props.
    /// </summary>
    public static void WriteTddGuardBuildFiles(TemporaryDirectory folder)
    {
        var build = Path.Combine(RepositoryLayout.Root(), "build");
        folder.WriteFile("Directory.Build.props", $"<Project><Import Project=\"{build}/TddGuard.props\" /></Project>");
        folder.WriteFile("Directory.Build.targets", $"<Project><Import Project=\"{build}/TddGuard.targets\" /></Project>");
        folder.WriteFile("Directory.Packages.props", "<Project />");
    }

    public static void WriteProjects(TemporaryDirectory folder, string name, IEnumerable<string> testPackages)
    {
        WriteIsolation(folder);
        folder.WriteFile($"{name}/{name}.csproj", LibraryProject);
        var references = string.Concat(testPackages.Select(id => $"<PackageReference Include=\"{id}\" Version=\"{ConsumerFeeds.PinnedVersion(id)}\" />"));
        folder.WriteFile($"{name}.Tests/{name}.Tests.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework><IsTestProject>true</IsTestProject></PropertyGroup>
              <ItemGroup>{references}</ItemGroup>
              <ItemGroup><ProjectReference Include="../{name}/{name}.csproj" /></ItemGroup>
            </Project>
            """);
    }
}
