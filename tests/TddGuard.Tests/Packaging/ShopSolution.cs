using System.Linq;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.Packaging;

/// <summary>
/// A throw-away consumer solution in the conventional layout, isolated from this repository's build files:
/// <c>src/Shop</c> references only the packed TddGuard package, and <c>tests/Shop.Tests</c> (NUnit) references the
/// package and Shop.
/// </summary>
internal static class ShopSolution
{
    public const string ProductionProject = "src/Shop/Shop.csproj";
    public const string TestProject = "tests/Shop.Tests/Shop.Tests.csproj";

    /// <param name="purpose">Names the temporary folder.</param>
    /// <param name="cartSource">The production file <c>src/Shop/Cart.cs</c>.</param>
    /// <param name="cartTestsSource">The test file <c>tests/Shop.Tests/CartTests.cs</c>.</param>
    /// <param name="testPackages">Further packages of the test project (e.g. the test adapter to run it), at their pinned versions.</param>
    public static TemporaryDirectory Create(string purpose, string cartSource, string cartTestsSource, params string[] testPackages)
    {
        var solution = new TemporaryDirectory(purpose);
        solution.WriteFile("Directory.Build.props", "<Project />");
        solution.WriteFile("Directory.Build.targets", "<Project />");
        solution.WriteFile("nuget.config", ConsumerFeeds.NuGetConfig(includeLocalPackageCache: true));
        solution.WriteFile(ProductionProject, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RestorePackagesPath>{PackedSolution.PackagesCache}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="TddGuard" Version="{PackedSolution.Version}" />
              </ItemGroup>
            </Project>
            """);
        solution.WriteFile("src/Shop/Cart.cs", cartSource);
        var extraReferences = string.Concat(testPackages.Select(package => $"""

                <PackageReference Include="{package}" Version="{ConsumerFeeds.PinnedVersion(package)}" />
            """));
        solution.WriteFile(TestProject, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <IsTestProject>true</IsTestProject>
                <RestorePackagesPath>{PackedSolution.PackagesCache}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="TddGuard" Version="{PackedSolution.Version}" />
                <PackageReference Include="NUnit" Version="{ConsumerFeeds.NUnitVersion}" />{extraReferences}
              </ItemGroup>
              <ItemGroup>
                <ProjectReference Include="../../src/Shop/Shop.csproj" />
              </ItemGroup>
            </Project>
            """);
        solution.WriteFile("tests/Shop.Tests/CartTests.cs", cartTestsSource);
        return solution;
    }
}
