using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NUnit.Framework;
using TddGuard.Analyzers.Design;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Tests.Design;

/// <summary>
/// TG2003 judges each file on its own, with the whole type's counts: the analysis of one file of a type declared
/// in several files adds the strings of the type's other hand-written files, and of no generated one.
/// </summary>
[TestFixture]
[Property("Todo", "D01")]
public sealed class PartialTypeStringsTests
{
    private static readonly (string Path, string Code)[] s_files =
    [
        ("First.cs", "partial class Service { string A() => \"a\" + \"b\"; class Nested { string N() => \"n\"; } }"),
        ("Second.cs", "partial class Service { int B() => 0; }"),
        ("Third.cs", "partial class Service { string D() => \"d\"; [System.CodeDom.Compiler.GeneratedCode(\"tool\", \"1\")] string F() => \"f\"; }"),
        ("Service.g.cs", "partial class Service { string E() => \"e\"; }"),
    ];

    private static readonly string[] s_programStrings = ["usage", "run"];

    [TestCase("First.cs", new[] { "a", "b", "d" })]
    [TestCase("Second.cs", new[] { "a", "b", "d" })]
    [TestCase("Third.cs", new[] { "a", "b", "d" })]
    public void AddsTheStringsOfTheTypesOtherHandWrittenFiles(string file, string[] expected)
    {
        var compilation = Compile(s_files);
        var model = compilation.GetSemanticModel(compilation.SyntaxTrees.Single(tree => tree.FilePath == file));
        var own = UsesIn(model);

        var all = Gatherer(compilation).WithOtherFiles(compilation.GetTypeByMetadataName("Service")!, model, own, CancellationToken.None);

        Assert.That(all.Select(use => use.Literal.Token.ValueText), Is.EquivalentTo(expected));
    }

    [Test]
    public void KeepsTheFilesOwnStringsFirstAndAsTheyAre()
    {
        var compilation = Compile(s_files);
        var model = compilation.GetSemanticModel(compilation.SyntaxTrees.First());
        var own = UsesIn(model);
        var firstOwn = own[0];

        var all = Gatherer(compilation).WithOtherFiles(compilation.GetTypeByMetadataName("Service")!, model, own, CancellationToken.None);

        Assert.That(all[0], Is.SameAs(firstOwn));
        Assert.That(all.Where(use => use.Model != model).Select(use => use.Literal.SyntaxTree.FilePath), Has.All.EqualTo("Third.cs"));
    }

    [Test]
    public void ReadsEachOtherFileOncePerCompilation()
    {
        var compilation = Compile(s_files);
        var gather = Gatherer(compilation);
        var service = compilation.GetTypeByMetadataName("Service")!;
        var first = compilation.GetSemanticModel(compilation.SyntaxTrees.First());

        var once = gather.WithOtherFiles(service, first, [], CancellationToken.None);
        var twice = gather.WithOtherFiles(service, first, [], CancellationToken.None);

        Assert.That(once, Is.Not.Empty);
        Assert.That(twice, Is.EqualTo(once).Using<LiteralUse>(ReferenceEquals), "the same uses, not a second walk of the files");
    }

    [Test]
    public void AddsTheTopLevelStatementsOfTheProgram()
    {
        var compilation = Compile([("Program.cs", "System.Console.WriteLine(\"run\");"), ("Usage.cs", "partial class Program { static string U() => \"usage\"; }")], OutputKind.ConsoleApplication);
        var model = compilation.GetSemanticModel(compilation.SyntaxTrees.Last());

        var all = Gatherer(compilation).WithOtherFiles(compilation.GetTypeByMetadataName("Program")!, model, UsesIn(model), CancellationToken.None);

        Assert.That(all.Select(use => use.Literal.Token.ValueText), Is.EquivalentTo(s_programStrings));
    }

    private static CSharpCompilation Compile((string Path, string Code)[] files, OutputKind kind = OutputKind.DynamicallyLinkedLibrary) => CSharpCompilation.Create(
        "parts",
        files.Select(file => CSharpSyntaxTree.ParseText(file.Code, path: file.Path)),
        [MetadataReference.CreateFromFile(typeof(object).Assembly.Location), MetadataReference.CreateFromFile(typeof(System.CodeDom.Compiler.GeneratedCodeAttribute).Assembly.Location)],
        new CSharpCompilationOptions(kind));

    private static PartialTypeStrings Gatherer(Compilation compilation) => new(new GeneratedTrees(compilation), new GeneratedCodeMarks(compilation));

    /// <summary>The file's strings of its outermost type, as the analyzer collects them.</summary>
    private static List<LiteralUse> UsesIn(SemanticModel model)
    {
        var byType = TreeStrings.Collect(model, new GeneratedCodeMarks(model.Compilation), CancellationToken.None);
        return byType.Where(pair => pair.Key.ContainingType is null).SelectMany(pair => pair.Value).ToList();
    }
}
