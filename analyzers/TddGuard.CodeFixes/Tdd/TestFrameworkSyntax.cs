using System.Linq;
using Microsoft.CodeAnalysis;

namespace TddGuard.CodeFixes.Tdd;

/// <summary>How a generated test is written in one test framework: its namespace, attributes and failing assertion.</summary>
internal sealed class TestFrameworkSyntax
{
    private readonly bool _hasAssertFail;

    private TestFrameworkSyntax(string @namespace, string? fixtureAttribute, string testAttribute, bool hasAssertFail)
    {
        Namespace = @namespace;
        FixtureAttribute = fixtureAttribute;
        TestAttribute = testAttribute;
        _hasAssertFail = hasAssertFail;
    }

    public string Namespace { get; }

    /// <summary>The attribute of a test class (NUnit <c>TestFixture</c>, MSTest <c>TestClass</c>); xUnit has none.</summary>
    public string? FixtureAttribute { get; }

    public string TestAttribute { get; }

    /// <summary>NUnit, xUnit or MSTest as the compilation references it (in that order), else <see langword="null"/>.</summary>
    public static TestFrameworkSyntax? Of(Compilation compilation)
    {
        if (compilation.GetTypeByMetadataName("NUnit.Framework.TestAttribute") is not null)
        {
            return new TestFrameworkSyntax("NUnit.Framework", "TestFixture", "Test", hasAssertFail: true);
        }

        if (compilation.GetTypeByMetadataName("Xunit.FactAttribute") is not null)
        {
            // Assert.Fail arrived in xUnit 2.5; older versions fail with Assert.True(false, message).
            var hasAssertFail = compilation.GetTypeByMetadataName("Xunit.Assert")?.GetMembers("Fail").Any() == true;
            return new TestFrameworkSyntax("Xunit", null, "Fact", hasAssertFail);
        }

        return compilation.GetTypeByMetadataName("Microsoft.VisualStudio.TestTools.UnitTesting.TestMethodAttribute") is not null
            ? new TestFrameworkSyntax("Microsoft.VisualStudio.TestTools.UnitTesting", "TestClass", "TestMethod", hasAssertFail: true)
            : null;
    }

    /// <summary>The statement that fails the test with the message <paramref name="messageExpression"/> (C# source).</summary>
    public string Failure(string messageExpression) =>
        _hasAssertFail ? $"Assert.Fail({messageExpression});" : $"Assert.True(false, {messageExpression});";
}
