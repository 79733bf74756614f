using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Design;

/// <summary>
/// The string literals of one syntax tree that TG2003 may report, by the type they belong to: the innermost class,
/// struct, record or interface around them, or the program type for top-level statements. Strings of members and
/// types marked <c>[GeneratedCode]</c> are left out, as the compiler leaves them out of syntax actions.
/// </summary>
/// <remarks>The strings of a type's other files come from <see cref="PartialTypeStrings"/>.</remarks>
internal sealed class TreeStrings
{
    private readonly SemanticModel _model;
    private readonly GeneratedCodeMarks _marks;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<SyntaxNode, List<LiteralUse>> _byDeclaration = [];
    private readonly Dictionary<MemberDeclarationSyntax, bool> _markedMembers = [];

    private TreeStrings(SemanticModel model, GeneratedCodeMarks marks, CancellationToken cancellationToken)
    {
        _model = model;
        _marks = marks;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The strings of <paramref name="model"/>'s file, by the type they belong to.</summary>
    public static Dictionary<INamedTypeSymbol, List<LiteralUse>> Collect(SemanticModel model, GeneratedCodeMarks marks, CancellationToken cancellationToken)
    {
        var strings = new TreeStrings(model, marks, cancellationToken);
        strings.AddAll(model.SyntaxTree.GetRoot(cancellationToken));
        return strings.ByType();
    }

    /// <summary>
    /// The strings of one declaration of a type in <paramref name="model"/>'s file: a type declaration, or a
    /// compilation unit for its top-level statements. Nested types' strings are theirs, not the part's.
    /// </summary>
    public static List<LiteralUse> OfPart(SyntaxNode part, SemanticModel model, GeneratedCodeMarks marks, CancellationToken cancellationToken)
    {
        var strings = new TreeStrings(model, marks, cancellationToken);
        strings.AddAll(part);
        return strings._byDeclaration.TryGetValue(part, out var uses) ? uses : [];
    }

    private void AddAll(SyntaxNode root)
    {
        foreach (var node in root.DescendantNodes())
        {
            if (node is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                Add(literal);
            }
        }
    }

    private void Add(LiteralExpressionSyntax literal)
    {
        // Syntax only here: whether a literal is a message (binding) is asked later, and only of values that
        // repeat often enough to matter.
        var role = MagicStrings.ClassifySyntax(literal);
        if (role != MagicStringRole.None && Declaration(literal) is { } declaration)
        {
            UsesOf(declaration).Add(new LiteralUse(literal, role, _model));
        }
    }

    /// <summary>The type declaration or top-level program the literal belongs to; null when it counts for none.</summary>
    private SyntaxNode? Declaration(LiteralExpressionSyntax literal)
    {
        for (var node = literal.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case TypeDeclarationSyntax:
                    return node;
                case GlobalStatementSyntax:
                    return node.Parent;
                case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax:
                    return null;
                case MemberDeclarationSyntax member when member.AttributeLists.Count > 0 && IsMarkedGenerated(member):
                    return null;
            }
        }

        return null;
    }

    private bool IsMarkedGenerated(MemberDeclarationSyntax member)
    {
        if (!_markedMembers.TryGetValue(member, out var marked))
        {
            var symbol = member is BaseFieldDeclarationSyntax field
                ? field.Declaration.Variables.Select(variable => _model.GetDeclaredSymbol(variable, _cancellationToken)).FirstOrDefault()
                : _model.GetDeclaredSymbol(member, _cancellationToken);
            marked = _marks.IsMarked(symbol);
            _markedMembers.Add(member, marked);
        }

        return marked;
    }

    private List<LiteralUse> UsesOf(SyntaxNode declaration)
    {
        if (!_byDeclaration.TryGetValue(declaration, out var uses))
        {
            uses = [];
            _byDeclaration.Add(declaration, uses);
        }

        return uses;
    }

    private Dictionary<INamedTypeSymbol, List<LiteralUse>> ByType()
    {
        var byType = new Dictionary<INamedTypeSymbol, List<LiteralUse>>(SymbolEqualityComparer.Default);
        foreach (var declaration in _byDeclaration)
        {
            var type = declaration.Key is CompilationUnitSyntax unit
                ? _model.GetDeclaredSymbol(unit, _cancellationToken)?.ContainingType
                : _model.GetDeclaredSymbol(declaration.Key, _cancellationToken) as INamedTypeSymbol;
            if (type is null || _marks.IsMarked(type))
            {
                continue;
            }

            if (byType.TryGetValue(type, out var uses))
            {
                uses.AddRange(declaration.Value);
            }
            else
            {
                byType.Add(type, declaration.Value);
            }
        }

        return byType;
    }
}
