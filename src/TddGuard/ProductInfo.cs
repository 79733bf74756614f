using System.Reflection;

namespace TddGuard;

/// <summary>Facts about this build of TddGuard that every front end reports the same way.</summary>
public static class ProductInfo
{
    /// <summary>The semantic version of this build, without build metadata (the part after <c>+</c>).</summary>
    public static string Version { get; } = WithoutBuildMetadata(
        typeof(ProductInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ProductInfo).Assembly.GetName().Version?.ToString()
        ?? "0.0.0");

    /// <summary>Drops build metadata such as the commit hash the SDK appends, keeping a version that is never empty.</summary>
    public static string WithoutBuildMetadata(string informationalVersion)
    {
        var plus = informationalVersion.IndexOf('+', System.StringComparison.Ordinal);
        return plus > 0 ? informationalVersion[..plus] : informationalVersion;
    }
}
