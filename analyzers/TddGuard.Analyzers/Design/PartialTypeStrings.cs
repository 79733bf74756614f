using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Design;

/// <summary>
/// The strings of a type declared in several files, for the analysis of one of them: that file's strings and those
/// of the type's other hand-written files (generated files count nowhere, as the compiler skips them). Each file is
/// judged on its own, with the whole type's counts, so an editor that analyses only the open file sees the same
/// findings there as a build does. One per compilation: each other file's part is read once, however many files
/// of the type ask for it.
/// </summary>
internal sealed class PartialTypeStrings(GeneratedTrees generatedTrees, GeneratedCodeMarks marks)
{
    private readonly ConcurrentDictionary<SyntaxNode, List<LiteralUse>> _partStrings = new();

    /// <summary><paramref name="uses"/>, the strings of <paramref name="type"/> in <paramref name="model"/>'s file, with those of its other files.</summary>
    public List<LiteralUse> WithOtherFiles(INamedTypeSymbol type, SemanticModel model, List<LiteralUse> uses, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree != model.SyntaxTree && !generatedTrees.IsGenerated(reference.SyntaxTree, cancellationToken))
            {
                var part = reference.GetSyntax(cancellationToken);
                uses.AddRange(_partStrings.GetOrAdd(part, _ => TreeStrings.OfPart(part, ModelOf(reference.SyntaxTree, model), marks, cancellationToken)));
            }
        }

        return uses;
    }

    /// <summary>
    /// The other file's model, which no analysis context offers, from the analyzed compilation: under the compiler's
    /// analyzer driver this is the model the driver caches for that file, not a new one that binds it all again.
    /// Only types declared in several files ask for it.
    /// </summary>
    private static SemanticModel ModelOf(SyntaxTree tree, SemanticModel model) => model.Compilation.GetSemanticModel(tree);
}
