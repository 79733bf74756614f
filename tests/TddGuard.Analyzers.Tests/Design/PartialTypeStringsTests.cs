using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NUnit.Framework;
using TddGuard.Analyzers.Design;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Tests.Design;

/// <summary>
/// TG2003 gathers the strings of a type declared in several files one file at a time: the type is judged once,
/// when the last of its hand-written files has given its strings, whatever order the files arrive in.
/// </summary>
[TestFixture]
[Property("Todo", "D01")]
public sealed class PartialTypeStringsTests
{
    private static readonly (string Path, string Code)[] s_files =
    [
        ("First.cs", "partial class Service { string A() => \"a\" + \"b\"; }"),
        ("Second.cs", "partial class Service { int B() => 0; }"),
        ("Third.cs", "partial class Service { string D() => \"d\"; }"),
        ("Service.g.cs", "partial class Service { string E() => \"e\"; }"),
    ];

    private static readonly string[] s_handWrittenStrings = ["a", "b", "d"];

    [TestCase(0, 1, 2)]
    [TestCase(2, 1, 0)]
    [TestCase(1, 2, 0)]
    public void GivesEveryStringOnceTheLastHandWrittenFileArrives(int first, int second, int third)
    {
        var (gather, compilation) = Gatherer();

        var answers = GiveAll(gather, compilation, first, second, third);

        Assert.That(answers.Take(2), Has.All.Null);
        Assert.That(answers[2]!.Select(use => use.Literal.Token.ValueText), Is.EquivalentTo(s_handWrittenStrings));
    }

    [Test]
    public void AFileGivenTwiceCountsOnce()
    {
        var (gather, compilation) = Gatherer();

        Assert.That(GiveAll(gather, compilation, 0, 0, 1, 1), Has.All.Null);
        Assert.That(Give(gather, compilation, 2), Has.Count.EqualTo(3));
        Assert.That(Give(gather, compilation, 2), Is.Null, "the type is judged once");
    }

    [Test]
    public void AGeneratedFileIsNeitherWaitedForNorCounted()
    {
        var (gather, compilation) = Gatherer();

        Assert.That(Give(gather, compilation, 3), Is.Null);
        Assert.That(GiveAll(gather, compilation, 0, 1), Has.All.Null);
        Assert.That(Give(gather, compilation, 2), Has.Count.EqualTo(3));
    }

    [Test]
    public void ATypeInOneFileIsJudgedAtOnce()
    {
        var compilation = CSharpCompilation.Create("one", [CSharpSyntaxTree.ParseText("class Single { string A() => \"a\"; }", path: "Single.cs")]);
        var gather = new PartialTypeStrings(new GeneratedTrees(compilation));
        var uses = UsesIn(compilation, compilation.SyntaxTrees.Single());

        Assert.That(gather.Gather(compilation.GetTypeByMetadataName("Single")!, compilation.SyntaxTrees.Single(), uses, CancellationToken.None), Is.SameAs(uses));
    }

    private static (PartialTypeStrings Gather, Compilation Compilation) Gatherer()
    {
        var compilation = CSharpCompilation.Create("parts", s_files.Select(file => CSharpSyntaxTree.ParseText(file.Code, path: file.Path)));
        return (new PartialTypeStrings(new GeneratedTrees(compilation)), compilation);
    }

    private static List<List<LiteralUse>?> GiveAll(PartialTypeStrings gather, Compilation compilation, params int[] files) =>
        files.Select(file => Give(gather, compilation, file)).ToList();

    private static List<LiteralUse>? Give(PartialTypeStrings gather, Compilation compilation, int file)
    {
        var tree = compilation.SyntaxTrees.ElementAt(file);
        return gather.Gather(compilation.GetTypeByMetadataName("Service")!, tree, UsesIn(compilation, tree), CancellationToken.None);
    }

    private static List<LiteralUse> UsesIn(Compilation compilation, SyntaxTree tree)
    {
        var model = compilation.GetSemanticModel(tree);
        return tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>()
            .Where(literal => literal.IsKind(SyntaxKind.StringLiteralExpression))
            .Select(literal => new LiteralUse(literal, MagicStringRole.Counted, model))
            .ToList();
    }
}
