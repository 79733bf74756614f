using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TddGuard.Analyzers.Shared;

namespace TddGuard.Analyzers.Design;

/// <summary>
/// TG2009: a thrown exception that does not say what failed: one of the catch-all base types
/// (<c>Exception</c>, <c>SystemException</c>, <c>ApplicationException</c>), or any exception without a message.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnclearExceptionAnalyzer : DiagnosticAnalyzer
{
    private const string Title = "Unclear exception";
    private const string Description = "An exception is the program's report of a failure: its type lets callers handle the failure, its message tells the reader what went wrong. Exception, SystemException and ApplicationException cannot be caught without catching everything else; an exception without a message leaves only a generic sentence. Argument exceptions with a parameter name write a good message themselves. NotImplementedException, NotSupportedException and cancellation exceptions need no message: their type says it all. Test projects are not checked.";

    private static readonly DiagnosticDescriptor s_unspecificType = new(
        RuleIdentifiers.UnclearException,
        Title,
        messageFormat: "Throwing '{0}' does not say what kind of failure happened; throw a specific exception type that callers can catch",
        RuleCategories.Design,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Description,
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.UnclearException));

    private static readonly DiagnosticDescriptor s_noMessage = new(
        RuleIdentifiers.UnclearException,
        Title,
        messageFormat: "'{0}' is thrown without a message; say what went wrong and with which values",
        RuleCategories.Design,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Description,
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.UnclearException));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(s_unspecificType, s_noMessage);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            // Test doubles throw bare exceptions on purpose, to drive the error paths of the code under test.
            if (TestProjects.IsTestProject(start.Compilation) || ExceptionTypes.Resolve(start.Compilation) is not { } types)
            {
                return;
            }

            var compilation = start.Compilation;
            var cancellationToken = start.CancellationToken;
            var aliases = new Lazy<bool>(() => SyntaxNames.DeclaresUsingAliases(compilation, cancellationToken));
            start.RegisterSyntaxNodeAction(
                CandidateOperations.Bind<IThrowOperation>(
                    node => SyntaxNames.ThrownCreation(node) is { } creation && MayBeUnclear(creation, aliases),
                    site => AnalyzeThrow(site, types)),
                SyntaxKind.ThrowStatement,
                SyntaxKind.ThrowExpression);
        });
    }

    /// <summary>
    /// Syntax first: <c>throw new InvalidOperationException("Could not load.", exception)</c> names a specific type
    /// and passes nothing that could be a blank message, so only other creations are bound.
    /// </summary>
    private static bool MayBeUnclear(BaseObjectCreationExpressionSyntax creation, Lazy<bool> aliases)
    {
        if (creation.ArgumentList is not { Arguments.Count: > 0 } arguments
            || SyntaxNames.CreatedTypeName(creation) is not { } name
            || name is "Exception" or "SystemException" or "ApplicationException"
            || aliases.Value)
        {
            return true;
        }

        var caught = creation.FirstAncestorOrSelf<CatchClauseSyntax>()?.Declaration?.Identifier.ValueText ?? string.Empty;
        foreach (var argument in arguments.Arguments)
        {
            if (!CannotBeBlank(argument.Expression, caught))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A string literal or interpolation with visible text, a <c>nameof</c>, or the caught exception.</summary>
    private static bool CannotBeBlank(ExpressionSyntax expression, string caught) => expression switch
    {
        LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.StringLiteralExpression) && !string.IsNullOrWhiteSpace(literal.Token.ValueText),
        InterpolatedStringExpressionSyntax interpolated => HasVisibleText(interpolated),
        InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } => true,
        IdentifierNameSyntax name => caught.Length > 0 && name.Identifier.ValueText == caught,
        _ => false,
    };

    private static bool HasVisibleText(InterpolatedStringExpressionSyntax interpolated)
    {
        foreach (var content in interpolated.Contents)
        {
            if (content is InterpolationSyntax || (content is InterpolatedStringTextSyntax text && !string.IsNullOrWhiteSpace(text.TextToken.ValueText)))
            {
                return true;
            }
        }

        return false;
    }

    private static void AnalyzeThrow(OperationSite<IThrowOperation> context, ExceptionTypes types)
    {
        var thrown = context.Operation.Exception;
        while (thrown is IConversionOperation { IsImplicit: true } conversion)
        {
            thrown = conversion.Operand;
        }

        if (thrown is not IObjectCreationOperation { Constructor: { } constructor } creation)
        {
            return;
        }

        var type = constructor.ContainingType;
        var descriptor = types.IsUnspecific(type) ? s_unspecificType
            : !types.SpeaksForItself(type) && PassesNoMessage(context, creation, constructor) ? s_noMessage
            : null;
        if (descriptor is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                descriptor,
                creation.Syntax.GetLocation(),
                type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));
        }
    }

    /// <summary>
    /// A blank <c>message</c> argument (unless a parameter name lets the framework write one), or no arguments at
    /// all for a type that offers a message constructor and whose parameterless constructor does not write its
    /// own message. Other arguments (an object name, an error code, ...) are taken to describe the failure.
    /// </summary>
    private static bool PassesNoMessage(OperationSite<IThrowOperation> context, IObjectCreationOperation creation, IMethodSymbol constructor)
    {
        IArgumentOperation? message = null;
        var namesParameter = false;
        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter is { Name: "message", Type.SpecialType: SpecialType.System_String })
            {
                message = argument;
            }
            else if (argument.Parameter is { Name: "paramName" } && !IsBlank(argument.Value))
            {
                namesParameter = true;
            }
        }

        if (message is not null)
        {
            return IsBlank(message.Value) && !namesParameter;
        }

        return creation.Arguments.IsEmpty
            && OffersMessageConstructor(context, constructor.ContainingType)
            && !WritesOwnMessage(constructor, context.CancellationToken);
    }

    /// <summary>Null, empty or white space: a constant, or <c>string.Empty</c>.</summary>
    private static bool IsBlank(IOperation value)
    {
        if (value.ConstantValue is { HasValue: true } constant)
        {
            return constant.Value is null || (constant.Value is string text && string.IsNullOrWhiteSpace(text));
        }

        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value is IFieldReferenceOperation { Field: { Name: nameof(string.Empty), ContainingType.SpecialType: SpecialType.System_String } };
    }

    private static bool OffersMessageConstructor(OperationSite<IThrowOperation> context, INamedTypeSymbol type)
    {
        var within = context.ContainingSymbol?.ContainingType ?? (ISymbol)context.Compilation.Assembly;
        foreach (var candidate in type.InstanceConstructors)
        {
            if (!context.Compilation.IsSymbolAccessibleWithin(candidate, within, throughType: type))
            {
                continue;
            }

            foreach (var parameter in candidate.Parameters)
            {
                if (parameter is { Name: "message", Type.SpecialType: SpecialType.System_String })
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A parameterless constructor in source that hands arguments to its base or sibling constructor.</summary>
    private static bool WritesOwnMessage(IMethodSymbol constructor, CancellationToken cancellationToken)
    {
        foreach (var reference in constructor.DeclaringSyntaxReferences)
        {
            var writesMessage = reference.GetSyntax(cancellationToken) switch
            {
                ConstructorDeclarationSyntax declaration => declaration.Initializer?.ArgumentList.Arguments.Count > 0,
                TypeDeclarationSyntax primary => PassesArgumentsToBase(primary),
                _ => false,
            };
            if (writesMessage)
            {
                return true;
            }
        }

        return false;
    }

    private static bool PassesArgumentsToBase(TypeDeclarationSyntax primary)
    {
        foreach (var baseType in primary.BaseList?.Types ?? default)
        {
            if (baseType is PrimaryConstructorBaseTypeSyntax { ArgumentList.Arguments.Count: > 0 })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The exception types the rule judges by name, resolved once per compilation.</summary>
    private sealed class ExceptionTypes
    {
        private readonly ImmutableArray<INamedTypeSymbol> _unspecific;
        private readonly ImmutableArray<INamedTypeSymbol> _selfExplanatory;

        private ExceptionTypes(ImmutableArray<INamedTypeSymbol> unspecific, ImmutableArray<INamedTypeSymbol> selfExplanatory)
        {
            _unspecific = unspecific;
            _selfExplanatory = selfExplanatory;
        }

        public static ExceptionTypes? Resolve(Compilation compilation)
        {
            if (compilation.GetTypeByMetadataName("System.Exception") is not { } exception)
            {
                return null;
            }

            return new ExceptionTypes(
                Known(compilation, exception, "System.SystemException", "System.ApplicationException"),
                Known(compilation, null, "System.NotImplementedException", "System.NotSupportedException", "System.OperationCanceledException"));
        }

        /// <summary>Exactly one of the catch-all bases; their subclasses are as specific as they come.</summary>
        public bool IsUnspecific(INamedTypeSymbol type)
        {
            foreach (var unspecific in _unspecific)
            {
                if (SymbolEqualityComparer.Default.Equals(type, unspecific))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"Not implemented", "not supported", "canceled" (or a subclass): the type is the whole message.</summary>
        public bool SpeaksForItself(INamedTypeSymbol type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                foreach (var selfExplanatory in _selfExplanatory)
                {
                    if (SymbolEqualityComparer.Default.Equals(current, selfExplanatory))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static ImmutableArray<INamedTypeSymbol> Known(Compilation compilation, INamedTypeSymbol? first, params string[] metadataNames)
        {
            var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            if (first is not null)
            {
                builder.Add(first);
            }

            foreach (var name in metadataNames)
            {
                if (compilation.GetTypeByMetadataName(name) is { } type)
                {
                    builder.Add(type);
                }
            }

            return builder.ToImmutable();
        }
    }
}
