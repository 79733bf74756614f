using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TddGuard.Check;

namespace TddGuard.Verify;

/// <summary>
/// The red variants compiled in-process from the user's last build (<see cref="PriorBuild"/>): the built test
/// projects' output folders are copied into a temporary folder, and each production project with variants is compiled
/// again from its recorded command line, its variants behind their guards, over its assembly in those copies. Nothing
/// of the user's is written; the copies are deleted on dispose.
/// </summary>
internal sealed class PriorBuildWorkspace : IDisposable
{
    private const string TestsFolder = "tests";
    private const string AssemblyExtension = ".dll";
    private const string SymbolsExtension = ".pdb";

    private readonly DirectoryInfo _folder;
    private readonly RecordCompilations _compilations;
    private readonly List<string> _testAssemblies = [];

    private PriorBuildWorkspace(RecordCompilations compilations)
    {
        _compilations = compilations;
        _folder = Directory.CreateTempSubdirectory("tddguard-verify-");
        Results = Path.Combine(_folder.FullName, "results");
    }

    /// <summary>The copies of the test assemblies the tests run from.</summary>
    public IReadOnlyList<string> TestAssemblies => _testAssemblies;

    /// <summary>Where test runs write their results.</summary>
    public string Results { get; }

    /// <summary>
    /// Copies the output folders of the test projects among <paramref name="compilations"/>' records; the variants
    /// are compiled from their compilations, which the run's test map then binds to.
    /// </summary>
    /// <exception cref="TddGuardInputException">A folder cannot be copied.</exception>
    public static PriorBuildWorkspace CopyOf(RecordCompilations compilations)
    {
        var workspace = new PriorBuildWorkspace(compilations);
        try
        {
            workspace.Populate();
            return workspace;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            workspace.Dispose();
            throw new TddGuardInputException($"The last build's test assemblies could not be copied for the red variants: {exception.Message}", exception);
        }
    }

    /// <summary>
    /// Compiles each production project holding some of <paramref name="variants"/> with them behind their guards, over
    /// its assembly in the copies. Returns the members whose variant did not compile (built without them), or
    /// <see langword="null"/> with <paramref name="unusable"/> when the recorded command line does not rebuild the project
    /// as the build did (a source generator's output is missing, say): then a copy of the repository must be built.
    /// </summary>
    /// <param name="repositoryRoot">The folder the members' files are relative to.</param>
    /// <param name="variants">The members and their variants' numbers.</param>
    /// <param name="unusable">Why the last build cannot be reused, when it cannot.</param>
    /// <param name="cancellationToken">Stops the compilation.</param>
    public HashSet<ProductionMember>? Emit(string repositoryRoot, IReadOnlyList<(ProductionMember Member, int Number)> variants, out string? unusable, CancellationToken cancellationToken)
    {
        var broken = new HashSet<ProductionMember>();
        var byFile = variants.ToLookup(variant => Path.GetFullPath(variant.Member.Location.File, repositoryRoot), StringComparer.Ordinal);
        foreach (var record in _compilations.Records.Where(record => !record.IsTestProject && record.SourceFiles.Any(byFile.Contains)))
        {
            var compiled = EmitProject(record, byFile, repositoryRoot, broken, cancellationToken);
            if (compiled.Unusable is not null)
            {
                unusable = compiled.Unusable;
                return null;
            }

            Place(compiled.Assembly!, compiled.FileName!);
        }

        unusable = null;
        return broken;
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private (byte[]? Assembly, string? FileName, string? Unusable) EmitProject(
        CompilerInvocation record, ILookup<string, (ProductionMember Member, int Number)> byFile, string repositoryRoot, HashSet<ProductionMember> broken, CancellationToken cancellationToken)
    {
        var parsed = record.Parse();
        CSharpCompilation original;
        try
        {
            original = _compilations.Compile(record, cancellationToken);
        }
        catch (TddGuardInputException exception)
        {
            return (null, null, exception.Message);
        }

        var members = original.SyntaxTrees.SelectMany(tree => byFile[tree.FilePath]).Select(variant => variant.Member).ToList();
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var compilation = WithVariants(original, byFile, broken);
            using var assembly = new MemoryStream();
            var result = compilation.Emit(assembly, manifestResources: parsed.ManifestResources, options: parsed.EmitOptions, cancellationToken: cancellationToken);
            if (result.Success)
            {
                var built = Path.Combine(parsed.OutputDirectory, parsed.OutputFileName ?? record.Project + AssemblyExtension);
                var missing = MissingTypes(built, assembly.ToArray());
                return missing is null
                    ? (assembly.ToArray(), Path.GetFileName(built), null)
                    : (null, null, $"compiled again from its command line, {record.Project} lacks {missing}, which its last build has (a source generator's output?)");
            }

            var errors = result.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
            var places = errors.Where(error => error.Location.IsInSource)
                .Select(error => (RepositoryPaths.Relative(repositoryRoot, error.Location.GetLineSpan().Path), error.Location.GetLineSpan().StartLinePosition.Line + 1))
                .ToList();
            var declaring = VerdictRules.DeclaringErrors(members, places);
            if (declaring.Count == 0 || places.Count < errors.Count)
            {
                return (null, null, $"{record.Project} does not compile again from its command line: {errors[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
            }

            broken.UnionWith(declaring);
        }

        return (null, null, $"{record.Project} does not compile again from its command line without the variants that did not compile");
    }

    private static CSharpCompilation WithVariants(CSharpCompilation original, ILookup<string, (ProductionMember Member, int Number)> byFile, HashSet<ProductionMember> broken)
    {
        var compilation = original;
        foreach (var tree in original.SyntaxTrees.Where(tree => byFile.Contains(tree.FilePath)))
        {
            var text = MutantSchemata.Rewrite(tree.GetText(), byFile[tree.FilePath].Where(variant => !broken.Contains(variant.Member)));
            compilation = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(text, (CSharpParseOptions)tree.Options, tree.FilePath, tree.Encoding));
        }

        var options = (CSharpParseOptions?)original.SyntaxTrees.FirstOrDefault()?.Options ?? CSharpParseOptions.Default;
        return compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(MutantSchemata.SwitchSource, options, MutantSchemata.SwitchFileName));
    }

    /// <summary>The first type the last build's assembly <paramref name="built"/> has that <paramref name="emitted"/> lacks, or <see langword="null"/>.</summary>
    private static string? MissingTypes(string built, byte[] emitted)
    {
        if (!File.Exists(built))
        {
            return $"its assembly ({built} is missing)";
        }

        using var stream = File.OpenRead(built);
        var ours = TypeNames(new PEReader(new MemoryStream(emitted)));
        return TypeNames(new PEReader(stream)).FirstOrDefault(name => !ours.Contains(name));
    }

    private static HashSet<string> TypeNames(PEReader reader)
    {
        using (reader)
        {
            var metadata = reader.GetMetadataReader();
            return [.. metadata.TypeDefinitions.Select(metadata.GetTypeDefinition).Select(type => metadata.GetString(type.Namespace) + "." + metadata.GetString(type.Name))];
        }
    }

    private void Populate()
    {
        var index = 0;
        foreach (var record in _compilations.Records.Where(record => record.IsTestProject))
        {
            var name = (index++).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var output = new DirectoryInfo(Path.GetDirectoryName(record.Output!)!);
            VariantWorkspace.CopyFolder(output, Path.Combine(_folder.FullName, TestsFolder, name), _ => true);
            _testAssemblies.Add(Path.Combine(_folder.FullName, TestsFolder, name, Path.GetFileName(record.Output!)));
        }
    }

    private void Place(byte[] assembly, string fileName)
    {
        foreach (var folder in _testAssemblies.Select(test => Path.GetDirectoryName(test)!).Where(folder => File.Exists(Path.Combine(folder, fileName))))
        {
            File.WriteAllBytes(Path.Combine(folder, fileName), assembly);
            File.Delete(Path.Combine(folder, Path.ChangeExtension(fileName, SymbolsExtension)));
        }
    }
}
