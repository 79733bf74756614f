using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NUnit.Framework;
using TddGuard.Check;
using TddGuard.Tests.Infrastructure;
using TddGuard.Verify;

namespace TddGuard.Tests.Verify;

/// <summary>Red variants compiled in-process from the records of the user's last build, over copies of its test assemblies.</summary>
[TestFixture]
[Property("Todo", "C07")]
public sealed class PriorBuildWorkspaceTests
{
    private const string Cart = "namespace Shop; public class Cart { public int Add(int item) => item; }";
    private const string AddId = "M:Shop.Cart.Add(System.Int32)";

    [Test]
    public void TheVariantsAssemblyReplacesTheBuiltOneInTheCopiesOnly()
    {
        using var repository = new TemporaryDirectory("prior-workspace");
        var records = WriteBuild(repository, builtExtra: null);
        var built = File.ReadAllBytes(repository.Combine("Shop.Tests", "bin", "Shop.dll"));
        using var workspace = PriorBuildWorkspace.CopyOf(new RecordCompilations(records));

        var broken = workspace.Emit(repository.Path, [(Add(), 1)], out var unusable, CancellationToken.None);

        Assert.That(unusable, Is.Null);
        Assert.That(broken, Is.Empty);
        var copied = Path.Combine(Path.GetDirectoryName(workspace.TestAssemblies.Single())!, "Shop.dll");
        Assert.That(TypeNames(File.ReadAllBytes(copied)), Does.Contain("TddGuardMutants"));
        Assert.That(File.ReadAllBytes(repository.Combine("Shop.Tests", "bin", "Shop.dll")), Is.EqualTo(built), "the user's build output is untouched");
    }

    [Test]
    public void TheVariantsAreBuiltFromTheRunsCompilationOfTheProject()
    {
        using var repository = new TemporaryDirectory("prior-workspace-shared");
        var records = WriteBuild(repository, builtExtra: null);
        var compilations = new RecordCompilations(records);
        using var workspace = PriorBuildWorkspace.CopyOf(compilations);

        workspace.Emit(repository.Path, [(Add(), 1)], out _, CancellationToken.None);
        File.Delete(repository.Combine("Shop", "Cart.cs"));

        Assert.That(
            compilations.Compile(records[0], CancellationToken.None).GetTypeByMetadataName("Shop.Cart"),
            Is.Not.Null,
            "the test map binds to the compilation the variants were built from, without reading the sources again");
    }

    [Test]
    public void ATypeTheLastBuildHasAndTheRecompilationLacksMakesItUnusable()
    {
        using var repository = new TemporaryDirectory("prior-workspace-generated");
        var records = WriteBuild(repository, builtExtra: "namespace Shop; internal static class Generated { }");
        using var workspace = PriorBuildWorkspace.CopyOf(new RecordCompilations(records));

        var broken = workspace.Emit(repository.Path, [(Add(), 1)], out var unusable, CancellationToken.None);

        Assert.That(broken, Is.Null);
        Assert.That(unusable, Does.Contain("Shop.Generated"));
    }

    [Test]
    public void CodeThatDoesNotCompileAgainOutsideTheVariantsMakesItUnusable()
    {
        using var repository = new TemporaryDirectory("prior-workspace-uncompilable");
        var records = WriteBuild(repository, builtExtra: null, "namespace Shop; public class Till { public int Open() => Generated.Count; }");
        using var workspace = PriorBuildWorkspace.CopyOf(new RecordCompilations(records));

        var broken = workspace.Emit(repository.Path, [(Add(), 1)], out var unusable, CancellationToken.None);

        Assert.That(broken, Is.Null);
        Assert.That(unusable, Does.Contain("Shop does not compile again").And.Contain("Generated"));
    }

    [Test]
    public void ASourceThatCannotBeReadAgainMakesItUnusableNotTheRunFail()
    {
        using var repository = new TemporaryDirectory("prior-workspace-unreadable");
        var records = WriteBuild(repository, builtExtra: null, "namespace Shop; public class Till { }");
        File.Delete(repository.Combine("Shop", "Extra0.cs"));
        using var workspace = PriorBuildWorkspace.CopyOf(new RecordCompilations(records));

        var broken = workspace.Emit(repository.Path, [(Add(), 1)], out var unusable, CancellationToken.None);

        Assert.That(broken, Is.Null);
        Assert.That(unusable, Does.Contain("Extra0.cs"));
    }

    private static ProductionMember Add()
    {
        var tree = CSharpSyntaxTree.ParseText(Cart, path: "Shop/Cart.cs");
        var compilation = CSharpCompilation.Create("Shop", [tree], PlatformAssemblies.References(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        return MutantSchemata.Members(tree, compilation.GetSemanticModel(tree), "Shop").Single(member => member.Id == AddId);
    }

    /// <summary>
    /// Shop (Cart.cs and <paramref name="sources"/>) built into Shop/obj/Shop.dll, with <paramref name="builtExtra"/>
    /// compiled in as a generator would have; a test project's output folder holding a copy of it; and both records.
    /// </summary>
    private static List<CompilerInvocation> WriteBuild(TemporaryDirectory repository, string? builtExtra, params string[] sources)
    {
        var files = new List<string> { "Cart.cs" };
        repository.WriteFile("Shop/Cart.cs", Cart);
        for (var index = 0; index < sources.Length; index++)
        {
            repository.WriteFile($"Shop/Extra{index}.cs", sources[index]);
            files.Add($"Extra{index}.cs");
        }

        var shop = new CompilerInvocation(
            "Shop",
            repository.Combine("Shop"),
            IsTestProject: false,
            [.. PlatformAssemblies.Paths().Select(path => "/reference:" + path), "/target:library", "/out:obj/Shop.dll", .. files],
            repository.Combine("Shop", "bin", "Shop.dll"));
        var compilation = CSharpCompilation.Create("Shop", [CSharpSyntaxTree.ParseText(Cart), .. builtExtra is null ? Array.Empty<SyntaxTree>() : [CSharpSyntaxTree.ParseText(builtExtra)]], PlatformAssemblies.References(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Directory.CreateDirectory(repository.Combine("Shop", "obj"));
        Directory.CreateDirectory(repository.Combine("Shop.Tests", "bin"));
        Assert.That(compilation.Emit(repository.Combine("Shop", "obj", "Shop.dll")).Success, Is.True);
        File.Copy(repository.Combine("Shop", "obj", "Shop.dll"), repository.Combine("Shop.Tests", "bin", "Shop.dll"));
        var tests = repository.WriteFile("Shop.Tests/bin/Shop.Tests.dll", "a test assembly");
        return [shop, new CompilerInvocation("Shop.Tests", repository.Combine("Shop.Tests"), IsTestProject: true, ["/out:obj/Shop.Tests.dll"], tests)];
    }

    private static List<string> TypeNames(byte[] assembly)
    {
        using var reader = new PEReader(new MemoryStream(assembly));
        var metadata = reader.GetMetadataReader();
        return [.. metadata.TypeDefinitions.Select(handle => metadata.GetString(metadata.GetTypeDefinition(handle).Name))];
    }
}
