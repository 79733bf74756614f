using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;

namespace TddGuard.Evidence;

/// <summary>
/// The source-level member a Cobertura method belongs to: coverlet names compiler-generated code after the C#
/// it came from (<c>Calculator/&lt;AddAsync&gt;d__6.MoveNext</c> is <c>Calculator.AddAsync</c>, <c>get_Count</c> is <c>Count</c>).
/// </summary>
internal sealed partial record CoberturaMember(string TypeName, string MemberName)
{
    private const string MemberGroup = "member";
    private const char NestedTypeSeparator = '/';
    private const char GenericAritySeparator = '`';
    private const string Constructor = ".ctor";
    private const string StaticConstructor = ".cctor";

    private static readonly ImmutableArray<string> s_accessorPrefixes = ["get_", "set_", "init_", "add_", "remove_"];

    public static CoberturaMember From(string className, string methodName)
    {
        var segments = className.Split(NestedTypeSeparator);
        var typeName = SimpleTypeName(segments.Last(segment => !segment.StartsWith('<')) ?? segments[0]);
        var stateMachine = segments.Select(segment => StateMachine().Match(segment)).FirstOrDefault(match => match.Success);
        var generatedMethod = GeneratedMethod().Match(methodName);
        var memberName = stateMachine is not null ? stateMachine.Groups[MemberGroup].Value
            : generatedMethod.Success ? generatedMethod.Groups[MemberGroup].Value
            : methodName is Constructor or StaticConstructor ? typeName
            : WithoutAccessorPrefix(methodName);
        return new CoberturaMember(typeName, memberName);
    }

    private static string SimpleTypeName(string fullName)
    {
        var simple = fullName[(fullName.LastIndexOf('.') + 1)..];
        var arity = simple.IndexOf(GenericAritySeparator, StringComparison.Ordinal);
        return arity < 0 ? simple : simple[..arity];
    }

    private static string WithoutAccessorPrefix(string methodName)
    {
        var prefix = s_accessorPrefixes.FirstOrDefault(prefix => methodName.StartsWith(prefix, StringComparison.Ordinal));
        return prefix is null ? methodName : methodName[prefix.Length..];
    }

    // Async and iterator state machines: <AddAsync>d__6.
    [GeneratedRegex(@"^<(?<member>[^>]+)>d__")]
    private static partial Regex StateMachine();

    // Lambdas and local functions: <Parse>b__3_0, <Parse>g__Local|3_0.
    [GeneratedRegex(@"^<(?<member>[^>]+)>")]
    private static partial Regex GeneratedMethod();
}
