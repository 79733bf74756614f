using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace TddGuard.Tests.Infrastructure;

/// <summary>The running platform's System.* and netstandard assemblies, for compilations made in tests.</summary>
internal static class PlatformAssemblies
{
    /// <summary>Their paths, for a recorded compiler command line.</summary>
    public static IReadOnlyList<string> Paths() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) == "netstandard.dll")];

    /// <summary>Them as references of an in-memory compilation.</summary>
    public static List<MetadataReference> References() =>
        [.. Paths().Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];
}
