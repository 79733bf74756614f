using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace TddGuard.Analyzers.Design;

/// <summary><c>Task</c>, <c>ValueTask</c> and what <c>ConfigureAwait</c> makes of them, resolved once per compilation.</summary>
internal sealed class TaskTypes
{
    private readonly ImmutableHashSet<INamedTypeSymbol> _tasks;
    private readonly ImmutableHashSet<INamedTypeSymbol> _tasksWithResult;
    private readonly ImmutableHashSet<INamedTypeSymbol> _configuredTasks;

    private TaskTypes(INamedTypeSymbol task, ImmutableHashSet<INamedTypeSymbol> tasks, ImmutableHashSet<INamedTypeSymbol> tasksWithResult, ImmutableHashSet<INamedTypeSymbol> configuredTasks)
    {
        Task = task;
        _tasks = tasks;
        _tasksWithResult = tasksWithResult;
        _configuredTasks = configuredTasks;
    }

    /// <summary><c>System.Threading.Tasks.Task</c>.</summary>
    public INamedTypeSymbol Task { get; }

    /// <summary>The task types of the compilation, or <see langword="null"/> when it has no <c>Task</c> at all.</summary>
    public static TaskTypes? Resolve(Compilation compilation)
    {
        if (compilation.GetTypeByMetadataName("System.Threading.Tasks.Task") is not { } task)
        {
            return null;
        }

        var withResult = Resolve(compilation, "System.Threading.Tasks.Task`1", "System.Threading.Tasks.ValueTask`1");
        var tasks = withResult.Union(Resolve(compilation, "System.Threading.Tasks.ValueTask")).Add(task);
        var configured = Resolve(
            compilation,
            "System.Runtime.CompilerServices.ConfiguredTaskAwaitable",
            "System.Runtime.CompilerServices.ConfiguredTaskAwaitable`1",
            "System.Runtime.CompilerServices.ConfiguredValueTaskAwaitable",
            "System.Runtime.CompilerServices.ConfiguredValueTaskAwaitable`1");
        return new TaskTypes(task, tasks, withResult, configured);
    }

    /// <summary><c>Task</c>, <c>Task&lt;T&gt;</c>, <c>ValueTask</c> or <c>ValueTask&lt;T&gt;</c>.</summary>
    public bool IsTask(ITypeSymbol? type) => type is INamedTypeSymbol named && _tasks.Contains(named.OriginalDefinition);

    /// <summary><c>Task&lt;T&gt;</c> or <c>ValueTask&lt;T&gt;</c>.</summary>
    public bool IsTaskWithResult(ITypeSymbol? type) => type is INamedTypeSymbol named && _tasksWithResult.Contains(named.OriginalDefinition);

    /// <summary>A task, or a task after <c>ConfigureAwait</c>.</summary>
    public bool IsTaskOrConfiguredTask(ITypeSymbol? type) =>
        IsTask(type) || (type is INamedTypeSymbol named && _configuredTasks.Contains(named.OriginalDefinition));

    private static ImmutableHashSet<INamedTypeSymbol> Resolve(Compilation compilation, params string[] metadataNames)
    {
        var types = ImmutableHashSet.CreateBuilder<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var name in metadataNames)
        {
            if (compilation.GetTypeByMetadataName(name) is { } type)
            {
                types.Add(type);
            }
        }

        return types.ToImmutable();
    }
}
