using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace TddGuard.CodeFixes.Design;

/// <summary>
/// Fixes write types fully qualified and let this turn them into what a person would write: a using directive
/// where the file has none for the namespace yet, and the short name wherever that means the same type.
/// </summary>
internal static class ImportsAndSimplification
{
    /// <summary>A fully qualified type name marked to be imported and simplified, e.g. <c>System.Threading.Tasks.Task</c>.</summary>
    public static TypeSyntax QualifiedType(string fullName) =>
        SyntaxFactory.ParseTypeName(fullName).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

    public static async Task<Document> ApplyAsync(Document document, CancellationToken cancellationToken)
    {
        var imported = await ImportAdder.AddImportsAsync(document, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Simplifier.ReduceAsync(imported, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
