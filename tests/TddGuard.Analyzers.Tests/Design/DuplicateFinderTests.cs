using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NUnit.Framework;
using TddGuard.Analyzers.Design;

namespace TddGuard.Analyzers.Tests.Design;

/// <summary>Hash collisions cannot be provoked through the analyzer, so these give different code equal hashes.</summary>
[TestFixture]
public sealed class DuplicateFinderTests
{
    private static readonly ulong[] s_forcedShapeHashes = [1, 2, 3, 4, 5, 6];

    [Test]
    public void ChecksCodeWithEqualHashesTokenByTokenBeforeCallingItDuplicated()
    {
        var sequences = SequencesWithForcedHashes("""
            class C
            {
                void A() { a(); b = 1; c++; d(1); e.f(); g(); }

                void B() { x = 1; y += 2; z--; w?.V(); if (x) { } return; }
            }
            """);

        Assert.That(DuplicateFinder.Find(sequences, CancellationToken.None), Is.Empty);
    }

    [Test]
    public void FindsCodeThatIsEqualBehindTheSameHashes()
    {
        var sequences = SequencesWithForcedHashes("""
            class C
            {
                void A() { a(); b = 1; c++; d(1); e.f(); g(); }

                void B() { a(); q = 7; r++; d(2); s.f(); g(); }
            }
            """);

        var places = DuplicateFinder.Find(sequences, CancellationToken.None);

        Assert.That(places, Has.Length.EqualTo(2));
        Assert.That(places.Select(place => place.FirstStatement.ToString()), Is.All.EqualTo("a();"));
        Assert.That(places.Select(place => place.StatementCount), Is.All.EqualTo(6));
    }

    private static StatementSequence[] SequencesWithForcedHashes(string source) =>
        [.. CSharpSyntaxTree.ParseText(source, path: "C.cs")
            .GetRoot()
            .DescendantNodes()
            .OfType<BlockSyntax>()
            .Where(block => block.Statements.Count == 6)
            .Select(block => new StatementSequence(block.Statements, s_forcedShapeHashes, windowSize: 6))];
}
