using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using ICSharpCode.Decompiler;
using ICSharpCode.Decompiler.CSharp;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Tests.Hardening;

/// <summary>
/// Real C# that nobody on this project wrote: well-known assemblies the test run already has beside it, decompiled
/// one top-level type per file. Decompiling costs far more than analysing, so the files are cached in the temporary
/// folder, keyed by assembly name, version and size.
/// </summary>
internal static class DecompiledCorpus
{
    /// <summary>Well-known libraries of different styles (JSON, packaging, networking, serialisation, text, MEF, testing, telemetry).</summary>
    public static readonly ImmutableArray<string> Assemblies =
    [
        "Newtonsoft.Json",
        "NuGet.Packaging",
        "NuGet.Protocol",
        "MessagePack",
        "Humanizer",
        "Microsoft.VisualStudio.Composition",
        "DiffPlex",
        "nunit.framework",
        "Microsoft.ApplicationInsights",
        "Microsoft.VisualStudio.TestPlatform.ObjectModel",
        "NuGet.Configuration",
        "NuGet.Frameworks",
        "NuGet.Common",
    ];

    private const string CacheFolderName = "tddguard-crash-corpus";
    private const string SourceExtension = ".cs";
    private const string CompleteMarker = ".complete";

    /// <summary>The decompiled files of one assembly, parsed, with the references it compiles against in that role.</summary>
    public static CSharpCompilation Load(string assemblyName, CorpusRole role = CorpusRole.Production)
    {
        var trees = Files(assemblyName)
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), new CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest), path: path, encoding: Encoding.UTF8));
        return CSharpCompilation.Create(assemblyName, trees, References(role), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true));
    }

    /// <summary>The paths of the decompiled files of one assembly, decompiling it on first use.</summary>
    public static IReadOnlyList<string> Files(string assemblyName)
    {
        var assemblyPath = Path.Combine(AppContext.BaseDirectory, assemblyName + ".dll");
        var identity = AssemblyName.GetAssemblyName(assemblyPath);
        var key = string.Create(CultureInfo.InvariantCulture, $"{assemblyName}-{identity.Version}-{new FileInfo(assemblyPath).Length}");
        var folder = Path.Combine(Path.GetTempPath(), CacheFolderName, key);
        if (!File.Exists(Path.Combine(folder, CompleteMarker)))
        {
            Decompile(assemblyPath, folder);
        }

        return [.. Directory.EnumerateFiles(folder, "*" + SourceExtension).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// What the corpus compiles against: the runtime and every assembly beside the tests; as production code without
    /// the test frameworks among them, which is what makes a project a test project to the rules.
    /// </summary>
    public static ImmutableArray<MetadataReference> References(CorpusRole role) =>
        role == CorpusRole.Tests ? s_testProjectReferences.Value : s_productionReferences.Value;

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_testProjectReferences = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => !Path.GetFileName(path).StartsWith("TddGuard", StringComparison.Ordinal))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))]);

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_productionReferences = new(() =>
        [.. s_testProjectReferences.Value.Where(reference => !TestProjects.IsTestFrameworkAssembly(Path.GetFileNameWithoutExtension(reference.Display ?? string.Empty)))]);

    /// <summary>Writes into a fresh folder and marks it complete last, so an interrupted run never leaves half a corpus behind as if whole.</summary>
    private static void Decompile(string assemblyPath, string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var decompiler = new CSharpDecompiler(assemblyPath, new DecompilerSettings { ThrowOnAssemblyResolveErrors = false });
        var types = decompiler.TypeSystem.MainModule.TypeDefinitions
            .Where(type => type.DeclaringTypeDefinition is null && !type.Name.StartsWith('<'))
            .OrderBy(type => type.ReflectionName, StringComparer.Ordinal);
        var index = 0;
        foreach (var type in types)
        {
            var code = decompiler.DecompileTypeAsString(type.FullTypeName);
            File.WriteAllText(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{index++:D5}{SourceExtension}")), code);
        }

        File.WriteAllText(Path.Combine(folder, CompleteMarker), string.Empty);
    }

    /// <summary>Lines of code of the given files, for the figures the tests print.</summary>
    public static int CountLines(IEnumerable<SyntaxTree> trees) => trees.Sum(tree => tree.GetText().Lines.Count);
}

/// <summary>Whether code is compiled as production code or as a test project (one referencing a test framework).</summary>
public enum CorpusRole
{
    Production,
    Tests,
}
