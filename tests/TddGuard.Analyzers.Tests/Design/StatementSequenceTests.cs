using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NUnit.Framework;
using TddGuard.Analyzers.Design;

namespace TddGuard.Analyzers.Tests.Design;

[TestFixture]
public sealed class StatementSequenceTests
{
    private static readonly ulong[] s_shapes = [11, 22, 33, 11, 22, 33, 11, 44];

    [Test]
    public void RollsOneHashPerWindowThatDependsOnlyOnTheWindowsShapes()
    {
        var statements = CSharpSyntaxTree.ParseText("class C { void M() { a(); b(); c(); d(); e(); f(); g(); h(); } }")
            .GetRoot()
            .DescendantNodes()
            .OfType<BlockSyntax>()
            .Single()
            .Statements;

        var hashes = new StatementSequence(statements, s_shapes, windowSize: 3).WindowHashes;

        Assert.That(hashes, Has.Count.EqualTo(6));
        Assert.That(hashes[3], Is.EqualTo(hashes[0]), "11 22 33 twice");
        Assert.That(hashes[4], Is.EqualTo(hashes[1]), "22 33 11 twice");
        Assert.That(hashes.Distinct().Count(), Is.EqualTo(4), "11 22 33, 22 33 11, 33 11 22 and 33 11 44");
    }
}
