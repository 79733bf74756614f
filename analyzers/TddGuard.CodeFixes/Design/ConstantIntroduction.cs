using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Text;
using TddGuard.Analyzers.Design;
using TddGuard.CodeFixes.Shared;

namespace TddGuard.CodeFixes.Design;

/// <summary>
/// Replaces reported literals by named constants: one constant per value, type and scope, however many
/// diagnostics ask for it. A string's constant replaces every occurrence of its value that TG2003 looks at in
/// the scope; a number's constant replaces only the reported numbers (the same number often means different
/// things). A constant the fix introduced before, recognised by name, type and value, is reused.
/// </summary>
internal static class ConstantIntroduction
{
    /// <summary>Whether a constant can be introduced for the literal reported at <paramref name="span"/>.</summary>
    public static bool CanIntroduce(SyntaxNode root, SemanticModel model, TextSpan span, CancellationToken cancellationToken) =>
        Describe(root, model, span, cancellationToken) is not null;

    public static async Task<Document> IntroduceAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var values = diagnostics
            .Select(diagnostic => Describe(root, model, diagnostic.Location.SourceSpan, cancellationToken))
            .OfType<ReportedValue>()
            .OrderBy(value => value.Expression.SpanStart);
        var constants = Group(values, model, cancellationToken);
        NameAll(constants, model);

        var options = await document.GetOptionsAsync(cancellationToken).ConfigureAwait(false);
        var endOfLine = await LineEndings.OfAsync(document, root, cancellationToken).ConfigureAwait(false);
        var introduced = document.WithSyntaxRoot(Rewrite(root, constants, endOfLine));
        return await Formatter.FormatAsync(
            introduced,
            Formatter.Annotation,
            options.WithChangedOption(FormattingOptions.NewLine, LanguageNames.CSharp, endOfLine.ToFullString()),
            cancellationToken).ConfigureAwait(false);
    }

    private static ReportedValue? Describe(SyntaxNode root, SemanticModel model, TextSpan span, CancellationToken cancellationToken)
    {
        var expression = root.FindNode(span, getInnermostNodeForTie: true) switch
        {
            LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NumericLiteralExpression) || literal.IsKind(SyntaxKind.StringLiteralExpression) => literal,
            PrefixUnaryExpressionSyntax { Operand: LiteralExpressionSyntax operand } negated
                when negated.IsKind(SyntaxKind.UnaryMinusExpression) && operand.IsKind(SyntaxKind.NumericLiteralExpression) => negated,
            _ => (ExpressionSyntax?)null,
        };
        if (expression is null
            || model.GetConstantValue(expression, cancellationToken) is not { HasValue: true, Value: { } value }
            || model.GetTypeInfo(expression, cancellationToken).Type is not { } type
            || !IsConstantType(type))
        {
            return null;
        }

        var scope = ConstantScope.Of(expression, model, cancellationToken);
        return scope is null ? null : new ReportedValue(expression, scope, type, value);
    }

    private static bool IsConstantType(ITypeSymbol type) => type.SpecialType switch
    {
        SpecialType.System_String or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64
            or SpecialType.System_UInt64 or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal => true,
        _ => false,
    };

    /// <summary>One constant per scope, type and value, in the order of their first reported use.</summary>
    private static List<NamedConstant> Group(IEnumerable<ReportedValue> values, SemanticModel model, CancellationToken cancellationToken)
    {
        var constants = new List<NamedConstant>();
        MessageArguments? messages = null;
        foreach (var value in values)
        {
            var constant = constants.Find(existing => existing.Holds(value));
            if (constant is null)
            {
                constant = new NamedConstant(value);
                constants.Add(constant);
                if (value.Value is string text)
                {
                    messages ??= MessageArguments.Create(model.Compilation);
                    constant.Uses.UnionWith(value.Scope.StringLiterals().Where(literal =>
                        literal.Token.ValueText == text
                        && MagicStrings.Classify(literal, model, messages, cancellationToken) != MagicStringRole.None));
                }
            }

            constant.Uses.Add(value.Expression);
        }

        return constants;
    }

    private static void NameAll(List<NamedConstant> constants, SemanticModel model)
    {
        var takenByScope = new Dictionary<SyntaxNode, HashSet<string>>();
        foreach (var constant in constants)
        {
            if (!takenByScope.TryGetValue(constant.Scope.Anchor, out var taken))
            {
                taken = [];
                takenByScope.Add(constant.Scope.Anchor, taken);
            }

            var stem = ConstantNames.For(constant.Value);
            for (var attempt = 1; constant.Name is null; attempt++)
            {
                var candidate = ConstantNames.Candidate(stem, attempt);
                if (!taken.Add(candidate))
                {
                    continue;
                }

                var visible = constant.Uses
                    .SelectMany(use => model.LookupSymbols(use.SpanStart, name: candidate))
                    .Distinct<ISymbol>(SymbolEqualityComparer.Default)
                    .ToList();
                if (visible.Count == 0)
                {
                    constant.Name = candidate;
                    constant.IsNew = true;
                }
                else if (visible.Count == 1 && constant.IsSameConstant(visible[0]))
                {
                    constant.Name = candidate;
                }
            }
        }
    }

    private static SyntaxNode Rewrite(SyntaxNode root, List<NamedConstant> constants, SyntaxTrivia endOfLine)
    {
        var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
        var fieldsByHome = new Dictionary<SyntaxNode, List<MemberDeclarationSyntax>>();
        var localConstants = new List<StatementSyntax>();
        foreach (var constant in constants)
        {
            foreach (var use in constant.Uses)
            {
                replacements[use] = SyntaxFactory.IdentifierName(constant.Name!).WithTriviaFrom(use);
            }

            if (!constant.IsNew)
            {
                continue;
            }

            var declaration = constant.Declaration();
            if (constant.Scope.Type is null)
            {
                localConstants.Add(SyntaxFactory.LocalDeclarationStatement(declaration)
                    .WithModifiers(SyntaxFactory.TokenList(SyntaxFactory.Token(SyntaxKind.ConstKeyword)))
                    .NormalizeWhitespace());
                continue;
            }

            var home = constant.Scope.HomeFor(constant.Uses.OrderBy(use => use.SpanStart).First());
            if (!fieldsByHome.TryGetValue(home, out var fields))
            {
                fields = [];
                fieldsByHome.Add(home, fields);
            }

            fields.Add(SyntaxFactory.FieldDeclaration(declaration)
                .WithModifiers(SyntaxFactory.TokenList(SyntaxFactory.Token(SyntaxKind.PrivateKeyword), SyntaxFactory.Token(SyntaxKind.ConstKeyword)))
                .NormalizeWhitespace()
                .WithAdditionalAnnotations(Formatter.Annotation));
        }

        var rewritten = root.ReplaceNodes(
            replacements.Keys.Concat(fieldsByHome.Keys),
            (original, current) => fieldsByHome.TryGetValue(original, out var fields)
                ? ConstantLayout.AddFields((TypeDeclarationSyntax)current, fields, endOfLine)
                : replacements[original]);
        return localConstants.Count == 0 ? rewritten : ConstantLayout.AddLocalConstants((CompilationUnitSyntax)rewritten, localConstants, endOfLine);
    }

    private sealed class ReportedValue(ExpressionSyntax expression, ConstantScope scope, ITypeSymbol type, object value)
    {
        public ExpressionSyntax Expression { get; } = expression;

        public ConstantScope Scope { get; } = scope;

        public ITypeSymbol Type { get; } = type;

        public object Value { get; } = value;
    }

    private sealed class NamedConstant(ReportedValue first)
    {
        public ConstantScope Scope { get; } = first.Scope;

        public object Value { get; } = first.Value;

        public HashSet<ExpressionSyntax> Uses { get; } = [];

        public string? Name { get; set; }

        public bool IsNew { get; set; }

        public bool Holds(ReportedValue value) =>
            value.Scope.Anchor == Scope.Anchor && SymbolEqualityComparer.Default.Equals(value.Type, first.Type) && Equals(value.Value, Value);

        /// <summary>A constant of this scope with this type and value: one an earlier fix introduced.</summary>
        public bool IsSameConstant(ISymbol symbol) => symbol switch
        {
            IFieldSymbol { IsConst: true } field => SymbolEqualityComparer.Default.Equals(field.ContainingType, Scope.Type)
                && SymbolEqualityComparer.Default.Equals(field.Type, first.Type)
                && Equals(field.ConstantValue, Value),
            ILocalSymbol { IsConst: true } local => Scope.Type is null
                && SymbolEqualityComparer.Default.Equals(local.Type, first.Type)
                && Equals(local.ConstantValue, Value)
                && local.DeclaringSyntaxReferences.All(declaration => declaration.Span.End <= Uses.Min(use => use.SpanStart)),
            _ => false,
        };

        public VariableDeclarationSyntax Declaration() => SyntaxFactory.VariableDeclaration(
            SyntaxFactory.ParseTypeName(first.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)),
            SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.VariableDeclarator(SyntaxFactory.Identifier(Name!).WithAdditionalAnnotations(RenameAnnotation.Create()))
                    .WithInitializer(SyntaxFactory.EqualsValueClause(Uses.OrderBy(use => use.SpanStart).First().WithoutTrivia()))));
    }
}
