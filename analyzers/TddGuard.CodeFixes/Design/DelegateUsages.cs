using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;

namespace TddGuard.CodeFixes.Design;

/// <summary>
/// Whether a method is used as a delegate (a method group) anywhere in the solution. A fix that changes a
/// method's signature breaks such uses: <c>Action run = Save;</c> no longer compiles once <c>Save</c> returns a
/// Task or takes another parameter. Calls, <c>nameof</c> and documentation references are not delegate uses.
/// </summary>
internal static class DelegateUsages
{
    public static async Task<bool> IsUsedAsDelegateAsync(IMethodSymbol method, Solution solution, CancellationToken cancellationToken)
    {
        var references = await SymbolFinder.FindReferencesAsync(method, solution, cancellationToken).ConfigureAwait(false);
        foreach (var location in references.SelectMany(reference => reference.Locations))
        {
            if (location.IsImplicit)
            {
                return true;
            }

            var root = await location.Document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var node = root?.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true);
            if (node is not null && !IsCallNameofOrCref(node))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCallNameofOrCref(SyntaxNode name)
    {
        if (name.AncestorsAndSelf().Any(node => node is CrefSyntax))
        {
            return true;
        }

        var expression = name;
        while (expression.Parent is MemberAccessExpressionSyntax access && access.Name == expression
               || expression.Parent is MemberBindingExpressionSyntax)
        {
            expression = expression.Parent;
        }

        return expression.Parent switch
        {
            InvocationExpressionSyntax invocation => invocation.Expression == expression,
            ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } } } => true,
            _ => false,
        };
    }
}
