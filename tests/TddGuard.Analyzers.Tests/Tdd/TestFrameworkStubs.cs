using System;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TddGuard.Analyzers.Tests.Verifiers;

namespace TddGuard.Analyzers.Tests.Tdd;

/// <summary>The test frameworks and assertion libraries the TDD rules recognise, as stubs.</summary>
public enum StubLibrary
{
    NUnit,
    XunitV2,
    XunitV3,
    MSTest,
    TUnit,
    AssertionLibraries,
}

/// <summary>
/// Minimal look-alikes of test frameworks, compiled in memory into assemblies named like the real ones, so the
/// rules find them by reference exactly as in a user's test project, without the real packages.
/// </summary>
internal static class TestFrameworkStubs
{
    private const string NUnitSource = """
        namespace NUnit.Framework.Interfaces
        {
            public interface ITestBuilder { }
            public interface ISimpleTestBuilder { }
        }

        namespace NUnit.Framework
        {
            using System;
            using NUnit.Framework.Interfaces;

            [AttributeUsage(AttributeTargets.Method)] public class TestAttribute : Attribute, ISimpleTestBuilder { public string? Description { get; set; } }
            [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)] public class TestCaseAttribute : Attribute, ITestBuilder { public TestCaseAttribute(params object?[] arguments) { } public Type[]? TypeArgs { get; set; } }
            [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)] public class TestCaseSourceAttribute : Attribute, ITestBuilder { public TestCaseSourceAttribute(string sourceName) { } }
            [AttributeUsage(AttributeTargets.Method)] public class TheoryAttribute : Attribute, ITestBuilder { }
            [AttributeUsage(AttributeTargets.Method)] public class CombinatorialAttribute : Attribute, ITestBuilder { }
            [AttributeUsage(AttributeTargets.Class)] public class TestFixtureAttribute : Attribute { }
            [AttributeUsage(AttributeTargets.Class)] public class SetUpFixtureAttribute : Attribute { }
            [AttributeUsage(AttributeTargets.Method)] public class SetUpAttribute : Attribute { }
            [AttributeUsage(AttributeTargets.Method)] public class TearDownAttribute : Attribute { }
            [AttributeUsage(AttributeTargets.Method)] public class OneTimeSetUpAttribute : Attribute { }
            [AttributeUsage(AttributeTargets.Method)] public class OneTimeTearDownAttribute : Attribute { }
            [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)] public class CategoryAttribute : Attribute { public CategoryAttribute(string name) { } }
            [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)] public class IgnoreAttribute : Attribute { public IgnoreAttribute(string reason) { } }
            [AttributeUsage(AttributeTargets.Method)] public class ExpectedExceptionAttribute : Attribute { public ExpectedExceptionAttribute(Type type) { } }
            [AttributeUsage(AttributeTargets.Parameter)] public class ValuesAttribute : Attribute { public ValuesAttribute(params object?[] values) { } }

            public delegate void TestDelegate();

            public class Constraint { }
            public static class Is
            {
                public static Constraint True => new();
                public static Constraint False => new();
                public static Constraint Null => new();
                public static Constraint Empty => new();
                public static Constraint EqualTo(object? expected) => new();
            }

            public static class Does
            {
                public static Constraint Contain(object? expected) => new();
            }

            public static class Assert
            {
                public static void That(bool condition) { }
                public static void That<T>(T actual, Constraint constraint) { }
                public static void Multiple(TestDelegate body) { }
                public static T Throws<T>(TestDelegate code) where T : Exception => default!;
                public static void Fail(string message) { }
                public static void Pass() { }
            }

            public static class Assume
            {
                public static void That(bool condition) { }
            }

            public static class CollectionAssert
            {
                public static void IsEmpty(System.Collections.IEnumerable collection) { }
            }

            public static class StringAssert
            {
                public static void Contains(string expected, string actual) { }
            }

            public class TestContext
            {
                public static TestContext CurrentContext => new();
                public string TestDirectory => "";
                public static void WriteLine(string text) { }
            }
        }

        namespace NUnit.Framework.Legacy
        {
            public static class ClassicAssert
            {
                public static void AreEqual(object? expected, object? actual) { }
                public static void IsTrue(bool condition) { }
            }
        }
        """;

    private const string XunitSource = """
        namespace Xunit
        {
            using System;

            [AttributeUsage(AttributeTargets.Method)] public class FactAttribute : Attribute { public string? Skip { get; set; } }
            [AttributeUsage(AttributeTargets.Method)] public class TheoryAttribute : FactAttribute { }
            [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)] public class InlineDataAttribute : Attribute { public InlineDataAttribute(params object?[] data) { } }

            public static class Assert
            {
                public static void Equal<T>(T expected, T actual) { }
                public static void True(bool condition) { }
                public static void Null(object? value) { }
                public static T Throws<T>(Action code) where T : Exception => default!;
            }

            public static class Record
            {
                public static Exception? Exception(Action code) => null;
            }
        }
        """;

    private const string MSTestSource = """
        namespace Microsoft.VisualStudio.TestTools.UnitTesting
        {
            using System;

            [AttributeUsage(AttributeTargets.Class)] public class TestClassAttribute : Attribute { }
            [AttributeUsage(AttributeTargets.Method)] public class TestMethodAttribute : Attribute { }
            [AttributeUsage(AttributeTargets.Method)] public class DataTestMethodAttribute : TestMethodAttribute { }
            [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)] public class DataRowAttribute : Attribute { public DataRowAttribute(params object?[] data) { } }
            [AttributeUsage(AttributeTargets.Method)] public class TestInitializeAttribute : Attribute { }
            [AttributeUsage(AttributeTargets.Method)] public class TestCleanupAttribute : Attribute { }
            [AttributeUsage(AttributeTargets.Assembly)] public class DiscoverInternalsAttribute : Attribute { }
            public abstract class ExpectedExceptionBaseAttribute : Attribute { }
            [AttributeUsage(AttributeTargets.Method)] public class ExpectedExceptionAttribute : ExpectedExceptionBaseAttribute { public ExpectedExceptionAttribute(Type type) { } }

            public static class Assert
            {
                public static void AreEqual<T>(T expected, T actual) { }
                public static void IsTrue(bool condition) { }
            }

            public static class CollectionAssert
            {
                public static void Contains(System.Collections.ICollection collection, object? element) { }
            }

            public static class StringAssert
            {
                public static void Contains(string value, string substring) { }
            }
        }
        """;

    private const string TUnitSource = """
        namespace TUnit.Core
        {
            using System;

            public abstract class BaseTestAttribute : Attribute { }
            [AttributeUsage(AttributeTargets.Method)] public class TestAttribute : BaseTestAttribute { }
            [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)] public class ArgumentsAttribute : Attribute { public ArgumentsAttribute(params object?[] values) { } }
        }

        namespace TUnit.Assertions
        {
            using System.Threading.Tasks;

            public static class Assert
            {
                public static ValueAssertion<T> That<T>(T value) => new();
            }

            public sealed class ValueAssertion<T>
            {
                public Task IsEqualTo(T expected) => Task.CompletedTask;
            }
        }
        """;

    private const string AssertionLibrariesSource = """
        namespace FluentAssertions
        {
            public static class AssertionExtensions
            {
                public static ObjectAssertions Should(this object? value) => new();
            }

            public sealed class ObjectAssertions
            {
                public void Be(object? expected) { }
            }
        }

        namespace AwesomeAssertions
        {
            public static class AssertionExtensions
            {
                public static ObjectAssertions Should(this object? value) => new();
            }

            public sealed class ObjectAssertions
            {
                public void Be(object? expected) { }
            }
        }

        namespace Shouldly
        {
            using System;

            public static class ShouldBeTestExtensions
            {
                public static void ShouldBe<T>(this T actual, T expected) { }
            }

            public static class Should
            {
                public static TException Throw<TException>(Action action) where TException : Exception => default!;
            }
        }

        namespace NSubstitute
        {
            public static class Substitute
            {
                public static T For<T>() where T : class => default!;
            }

            public static class SubstituteExtensions
            {
                public static T Received<T>(this T substitute) => substitute;
                public static T DidNotReceive<T>(this T substitute) => substitute;
            }
        }

        namespace FakeItEasy
        {
            using System;
            using System.Linq.Expressions;

            public static class A
            {
                public static T Fake<T>() where T : class => default!;
                public static CallConfiguration CallTo(Expression<Action> call) => new();
            }

            public sealed class CallConfiguration
            {
                public void MustHaveHappened() { }
                public void MustNotHaveHappened() { }
            }
        }

        namespace Moq
        {
            using System;
            using System.Linq.Expressions;

            public class Mock<T> where T : class
            {
                public T Object => default!;
                public void Verify(Expression<Action<T>> expression) { }
                public void VerifyAll() { }
            }
        }
        """;

    private static readonly Lazy<Task<ImmutableArray<MetadataReference>>> s_net80 = new(
        () => TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None));

    private static readonly Lazy<Task<MetadataReference>> s_nunit = Stub("nunit.framework", NUnitSource);
    private static readonly Lazy<Task<MetadataReference>> s_xunitV2 = Stub("xunit.core", XunitSource);
    private static readonly Lazy<Task<MetadataReference>> s_xunitV3 = Stub("xunit.v3.core", XunitSource);
    private static readonly Lazy<Task<MetadataReference>> s_msTest = Stub("Microsoft.VisualStudio.TestPlatform.TestFramework", MSTestSource);
    private static readonly Lazy<Task<MetadataReference>> s_tUnit = Stub("TUnit.Core", TUnitSource);
    private static readonly Lazy<Task<MetadataReference>> s_assertionLibraries = Stub("AssertionLibraries", AssertionLibrariesSource);

    public static Task<ImmutableArray<MetadataReference>> Net80Async() => s_net80.Value;

    public static Task<MetadataReference> ReferenceAsync(StubLibrary library) => library switch
    {
        StubLibrary.NUnit => s_nunit.Value,
        StubLibrary.XunitV2 => s_xunitV2.Value,
        StubLibrary.XunitV3 => s_xunitV3.Value,
        StubLibrary.MSTest => s_msTest.Value,
        StubLibrary.TUnit => s_tUnit.Value,
        StubLibrary.AssertionLibraries => s_assertionLibraries.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(library), library, null),
    };

    /// <summary>Compiles a helper assembly (shared test infrastructure, say) against the stubs it needs.</summary>
    public static async Task<MetadataReference> CompileAsync(string assemblyName, string source, params StubLibrary[] libraries)
    {
        var references = (await Net80Async().ConfigureAwait(false)).ToBuilder();
        foreach (var library in libraries)
        {
            references.Add(await ReferenceAsync(library).ConfigureAwait(false));
        }

        return Compile(assemblyName, source, references.ToImmutable());
    }

    private static Lazy<Task<MetadataReference>> Stub(string assemblyName, string source) =>
        new(async () => Compile(assemblyName, source, await Net80Async().ConfigureAwait(false)));

    private static PortableExecutableReference Compile(string assemblyName, string source, ImmutableArray<MetadataReference> references)
    {
        var compilation = CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException($"The {assemblyName} stub does not compile: {string.Join(Environment.NewLine, result.Diagnostics)}");
        }

        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
