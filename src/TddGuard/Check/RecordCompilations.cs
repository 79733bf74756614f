using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis.CSharp;

namespace TddGuard.Check;

/// <summary>
/// The recorded command lines of one build, each compiled again at most once for the run that holds them: verify
/// builds the red variants from a production project's compilation and binds the tests to that same compilation.
/// A record that cannot be compiled is not remembered, so a later step may try it again.
/// </summary>
internal sealed class RecordCompilations(IReadOnlyList<CompilerInvocation> records)
{
    private readonly ConcurrentDictionary<CompilerInvocation, CSharpCompilation> _compiled = new(ReferenceEqualityComparer.Instance);

    /// <summary>The recorded command lines.</summary>
    public IReadOnlyList<CompilerInvocation> Records { get; } = records;

    /// <summary>The compilation of <paramref name="record"/> (<see cref="CompilerInvocation.Compile"/>), made on first request.</summary>
    /// <exception cref="TddGuardInputException">A source or configuration file cannot be read.</exception>
    public CSharpCompilation Compile(CompilerInvocation record, CancellationToken cancellationToken) =>
        _compiled.GetOrAdd(record, static (compiling, token) => compiling.Compile(token), cancellationToken);
}
