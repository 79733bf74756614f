using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace TddGuard.Analyzers.Tdd;

/// <summary>A read of the clock, a random value, the environment or a fixed wait, with what to do instead.</summary>
internal sealed class NondeterminismSource
{
    public static readonly NondeterminismSource ClockReading = new("reads the clock", "use a fixed time or a fake clock (TimeProvider)");
    public static readonly NondeterminismSource NewValue = new("makes a new value every run", "use a fixed value");
    public static readonly NondeterminismSource Unseeded = new("is unseeded randomness", "seed it (new Random(42)) or use fixed values");
    public static readonly NondeterminismSource EnvironmentReading = new("reads the machine's environment", "hand the value to the code under test instead");
    public static readonly NondeterminismSource FixedWait = new("waits a fixed time", "wait for the outcome itself (await it, or use a signal or a fake clock)");

    private NondeterminismSource(string reason, string advice, string member = "")
    {
        Reason = reason;
        Advice = advice;
        Member = member;
    }

    /// <summary>How the source reads in code: <c>DateTime.Now</c>, <c>new Random()</c>.</summary>
    public string Member { get; }

    public string Reason { get; }

    public string Advice { get; }

    public NondeterminismSource At(string member) => new(Reason, Advice, member);
}

/// <summary>Recognises the sources of nondeterminism among operations; the well-known types are resolved once per compilation.</summary>
internal sealed class NondeterminismSources
{
    private readonly INamedTypeSymbol? _dateTime;
    private readonly INamedTypeSymbol? _dateTimeOffset;
    private readonly INamedTypeSymbol? _environment;
    private readonly INamedTypeSymbol? _timeProvider;
    private readonly INamedTypeSymbol? _guid;
    private readonly INamedTypeSymbol? _random;
    private readonly INamedTypeSymbol? _thread;
    private readonly INamedTypeSymbol? _task;
    private readonly INamedTypeSymbol? _timeSpan;

    public NondeterminismSources(Compilation compilation)
    {
        _dateTime = compilation.GetSpecialType(SpecialType.System_DateTime);
        _dateTimeOffset = compilation.GetTypeByMetadataName("System.DateTimeOffset");
        _environment = compilation.GetTypeByMetadataName("System.Environment");
        _timeProvider = compilation.GetTypeByMetadataName("System.TimeProvider");
        _guid = compilation.GetTypeByMetadataName("System.Guid");
        _random = compilation.GetTypeByMetadataName("System.Random");
        _thread = compilation.GetTypeByMetadataName("System.Threading.Thread");
        _task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
        _timeSpan = compilation.GetTypeByMetadataName("System.TimeSpan");
    }

    public NondeterminismSource? Find(IOperation operation) => operation switch
    {
        IPropertyReferenceOperation { Property.IsStatic: true } read => FindProperty(read.Property),
        IInvocationOperation { TargetMethod.IsStatic: true } call => FindCall(call),
        IObjectCreationOperation { Arguments.IsEmpty: true } creation when Is(creation.Type, _random) => NondeterminismSource.Unseeded.At("new Random()"),
        _ => null,
    };

    private NondeterminismSource? FindProperty(IPropertySymbol property)
    {
        var type = property.ContainingType;
        var source = property.Name switch
        {
            "Now" or "UtcNow" when Is(type, _dateTime) || Is(type, _dateTimeOffset) => NondeterminismSource.ClockReading,
            "Today" when Is(type, _dateTime) => NondeterminismSource.ClockReading,
            "TickCount" or "TickCount64" when Is(type, _environment) => NondeterminismSource.ClockReading,
            "System" when Is(type, _timeProvider) => NondeterminismSource.ClockReading,
            "Shared" when Is(type, _random) => NondeterminismSource.Unseeded,
            _ => null,
        };
        return source?.At(type.Name + "." + property.Name);
    }

    private NondeterminismSource? FindCall(IInvocationOperation call)
    {
        var method = call.TargetMethod;
        var type = method.ContainingType;
        var source = method.Name switch
        {
            "NewGuid" or "CreateVersion7" when Is(type, _guid) => NondeterminismSource.NewValue,
            "GetEnvironmentVariable" or "GetEnvironmentVariables" when Is(type, _environment) => NondeterminismSource.EnvironmentReading,
            "Sleep" when Is(type, _thread) && !IsZero(FirstArgument(call)) => NondeterminismSource.FixedWait,
            "Delay" when Is(type, _task) && IsFixedDelay(FirstArgument(call)) && !IsTimeoutOfWhenAny(call) => NondeterminismSource.FixedWait,
            _ => null,
        };
        return source?.At(type.Name + "." + method.Name);
    }

    private static IOperation? FirstArgument(IInvocationOperation call) =>
        call.Arguments.Length > 0 ? Unwrap(call.Arguments[0].Value) : null;

    private static bool IsZero(IOperation? value) =>
        value is not null && value.ConstantValue is { HasValue: true, Value: 0 or 0L };

    /// <summary>A positive constant, or a <c>TimeSpan</c> made from constants only (<c>TimeSpan.FromSeconds(1)</c>).</summary>
    private bool IsFixedDelay(IOperation? value)
    {
        if (value is null)
        {
            return false;
        }

        if (value.ConstantValue.HasValue)
        {
            return value.ConstantValue.Value is int milliseconds && milliseconds > 0;
        }

        var arguments = value switch
        {
            IInvocationOperation call when Is(call.TargetMethod.ContainingType, _timeSpan) => call.Arguments,
            IObjectCreationOperation creation when Is(creation.Type, _timeSpan) => creation.Arguments,
            _ => default,
        };
        if (arguments.IsDefaultOrEmpty)
        {
            return false;
        }

        var anyNonZero = false;
        foreach (var argument in arguments)
        {
            var constant = Unwrap(argument.Value).ConstantValue;
            if (!constant.HasValue)
            {
                return false;
            }

            anyNonZero |= !(constant.Value is 0 or 0L or 0d);
        }

        return anyNonZero;
    }

    /// <summary><c>Task.WhenAny(work, Task.Delay(5000))</c> is a timeout: the test only waits when it fails anyway.</summary>
    private bool IsTimeoutOfWhenAny(IOperation delay)
    {
        for (var parent = delay.Parent; parent is not null; parent = parent.Parent)
        {
            switch (parent)
            {
                case IInvocationOperation { TargetMethod.Name: "WhenAny" } whenAny:
                    return Is(whenAny.TargetMethod.ContainingType, _task);
                case IArgumentOperation or IConversionOperation or IArrayInitializerOperation or IArrayCreationOperation:
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
        expected is not null && SymbolEqualityComparer.Default.Equals(type, expected);
}
