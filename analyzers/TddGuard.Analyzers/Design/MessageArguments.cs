using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace TddGuard.Analyzers.Design;

/// <summary>
/// Recognises text written for people rather than for the program: the message of an exception or a log entry.
/// Resolved once per compilation; a missing type simply recognises nothing.
/// </summary>
internal sealed class MessageArguments
{
    private const string MessageParameterName = "message";

    private readonly INamedTypeSymbol? _exception;
    private readonly INamedTypeSymbol? _loggerExtensions;

    private MessageArguments(INamedTypeSymbol? exception, INamedTypeSymbol? loggerExtensions)
    {
        _exception = exception;
        _loggerExtensions = loggerExtensions;
    }

    public static MessageArguments Create(Compilation compilation) => new(
        compilation.GetTypeByMetadataName("System.Exception"),
        compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LoggerExtensions"));

    /// <summary>
    /// Whether <paramref name="literal"/> is passed as the <c>message</c> of an exception's constructor or of a
    /// <c>Microsoft.Extensions.Logging</c> logging method.
    /// </summary>
    public bool IsMessage(LiteralExpressionSyntax literal, SemanticModel model, CancellationToken cancellationToken)
    {
        if (literal.Parent is not ArgumentSyntax argument
            || model.GetOperation(argument, cancellationToken) is not IArgumentOperation
            {
                Parameter: { Name: MessageParameterName, ContainingSymbol: IMethodSymbol method },
            })
        {
            return false;
        }

        return method.MethodKind == MethodKind.Constructor
            ? InheritsFromException(method.ContainingType)
            : SymbolEqualityComparer.Default.Equals(method.ContainingType, _loggerExtensions);
    }

    private bool InheritsFromException(INamedTypeSymbol? type)
    {
        for (; type is not null && _exception is not null; type = type.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(type, _exception))
            {
                return true;
            }
        }

        return false;
    }
}
