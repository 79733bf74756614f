using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NUnit.Framework;
using TddGuard.Check;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.Check;

/// <summary>A project's compiler command line, as the injected build logic records it, compiled again in-process.</summary>
[TestFixture]
[Property("Todo", "C06")]
public sealed class CompilerInvocationTests
{
    private const string Cart = "namespace Shop; public class Cart { public int Add(int item) => item; }";

    private static readonly string[] s_cartOnly = ["Cart.cs"];

    [Test]
    public void ReadsTheRecordedProjectAndCompilesItsSourcesWithItsOptions()
    {
        using var folder = new TemporaryDirectory("invocation");
        folder.WriteFile("Shop/Cart.cs", Cart);
        var file = WriteInvocation(folder, isTest: false, "/target:library", "/out:obj/Shop.dll", "/langversion:14.0", "/define:DEBUG;TRACE", "/nullable:enable", "Cart.cs");

        var invocation = CompilerInvocation.Read(file);
        var compilation = invocation.Compile(CancellationToken.None);

        Assert.That(invocation.Project, Is.EqualTo("Shop"));
        Assert.That(invocation.IsTestProject, Is.False);
        Assert.That(compilation.AssemblyName, Is.EqualTo("Shop"));
        Assert.That(compilation.SyntaxTrees.Select(tree => Path.GetFileName(tree.FilePath)), Is.EqualTo(s_cartOnly));
        Assert.That(((CSharpParseOptions)compilation.SyntaxTrees.Single().Options).LanguageVersion, Is.EqualTo(LanguageVersion.CSharp14));
        Assert.That(compilation.Options.NullableContextOptions, Is.EqualTo(NullableContextOptions.Enable));
        Assert.That(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error), Is.Empty);
    }

    // Latin-1 (and Windows-1252's euro sign) become replacement characters, as dotnet build (SDK 10.0.401) compiles them.
    [TestCase(false, new byte[] { 0x63, 0x61, 0x66, 0xE9 }, "caf\uFFFD")]
    [TestCase(false, new byte[] { 0x80 }, "\uFFFD")]
    [TestCase(false, new byte[] { 0x63, 0x61, 0x66, 0xC3, 0xA9 }, "café")]
    [TestCase(true, new byte[] { 0x63, 0x61, 0x66, 0xC3, 0xA9 }, "café")]
    public void ASourceIsDecodedAsTheSdksCompilerDecodesIt(bool byteOrderMark, byte[] literal, string expected)
    {
        using var folder = new TemporaryDirectory("invocation-encoding");
        byte[] mark = byteOrderMark ? [0xEF, 0xBB, 0xBF] : [];
        var source = folder.WriteFile("Shop/Words.cs", string.Empty);
        File.WriteAllBytes(source, [.. mark, .. "namespace Shop; public static class Words { public const string Word = \""u8, .. literal, .. "\"; }"u8]);
        var file = WriteInvocation(folder, isTest: false, "/target:library", "/out:obj/Shop.dll", "Words.cs");

        var compilation = CompilerInvocation.Read(file).Compile(CancellationToken.None);

        var word = compilation.GetTypeByMetadataName("Shop.Words")!.GetMembers("Word").OfType<IFieldSymbol>().Single();
        Assert.That(word.ConstantValue, Is.EqualTo(expected));
    }

    [Test]
    public void TheProjectsEditorConfigSeveritiesApplyToItsTrees()
    {
        using var folder = new TemporaryDirectory("invocation-config");
        folder.WriteFile("Shop/Cart.cs", Cart);
        folder.WriteFile("Shop/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.TG1001.severity = error\ndotnet_diagnostic.TG1002.severity = none\n");
        var file = WriteInvocation(folder, isTest: true, "/out:obj/Shop.dll", $"/analyzerconfig:{folder.Combine("Shop", ".editorconfig")}", "Cart.cs");

        var invocation = CompilerInvocation.Read(file);
        var compilation = invocation.Compile(CancellationToken.None);
        var tree = compilation.SyntaxTrees.Single();
        var provider = compilation.Options.SyntaxTreeOptionsProvider!;

        Assert.That(invocation.IsTestProject, Is.True);
        Assert.That(provider.TryGetDiagnosticValue(tree, "TG1001", CancellationToken.None, out var tg1001) ? tg1001 : ReportDiagnostic.Default, Is.EqualTo(ReportDiagnostic.Error));
        Assert.That(provider.TryGetDiagnosticValue(tree, "TG1002", CancellationToken.None, out var tg1002) ? tg1002 : ReportDiagnostic.Default, Is.EqualTo(ReportDiagnostic.Suppress));
    }

    [Test]
    public void AMissingSourceFileIsAnInputProblemNamingIt()
    {
        using var folder = new TemporaryDirectory("invocation-missing");
        var file = WriteInvocation(folder, isTest: false, "/out:obj/Shop.dll", "Gone.cs");

        Assert.That(
            () => CompilerInvocation.Read(file).Compile(CancellationToken.None),
            Throws.TypeOf<TddGuardInputException>().With.Message.Contains("Gone.cs"));
    }

    [TestCase("/work/Shop/bin/Debug/net10.0/Shop.dll", "/work/Shop/bin/Debug/net10.0/Shop.dll")]
    [TestCase(null, null)]
    public void TheBuildsOutputAssemblyIsAHeaderNotAnArgument(string? output, string? expected)
    {
        using var folder = new TemporaryDirectory("invocation-output");
        folder.WriteFile("Shop/Cart.cs", Cart);
        var header = output is null ? [] : new[] { CompilerInvocation.OutputHeader + output };
        var file = WriteInvocation(folder, isTest: true, [.. header, "/target:library", "/out:obj/Shop.dll", "Cart.cs"]);

        var invocation = CompilerInvocation.Read(file);

        Assert.That(invocation.Output, Is.EqualTo(expected));
        Assert.That(invocation.Arguments, Has.None.StartsWith("#"));
        Assert.That(invocation.Compile(CancellationToken.None).GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error), Is.Empty);
    }

    [TestCase("")]
    [TestCase("/out:obj/Shop.dll\nCart.cs")]
    public void ARecordWithoutItsHeaderIsAnInputProblem(string text)
    {
        using var folder = new TemporaryDirectory("invocation-headerless");
        var file = folder.WriteFile("logs/Shop/net10.0" + CompilerInvocation.Extension, text);

        Assert.That(() => CompilerInvocation.Read(file), Throws.TypeOf<TddGuardInputException>().With.Message.Contains(file));
    }

    private static string WriteInvocation(TemporaryDirectory folder, bool isTest, params string[] arguments)
    {
        var references = PlatformAssemblies.Paths().Select(path => "/reference:" + path);
        var lines = new[] { CompilerInvocation.DirectoryHeader + folder.Combine("Shop"), CompilerInvocation.TestHeader + (isTest ? "true" : string.Empty) }
            .Concat(references)
            .Concat(arguments);
        return folder.WriteFile("logs/Shop/net10.0" + CompilerInvocation.Extension, string.Join("\n", lines));
    }
}
