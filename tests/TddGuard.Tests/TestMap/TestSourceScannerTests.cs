using System.Collections.Generic;
using System.Linq;
using NUnit.Framework;
using TddGuard.TestMap;

namespace TddGuard.Tests.TestMap;

[TestFixture]
[Property("Todo", "C02")]
public sealed class TestSourceScannerTests
{
    private const string FilePath = "tests/Sample/SampleTests.cs";

    private static IEnumerable<TestCaseData> MethodLinks()
    {
        yield return new TestCaseData("[Test, Property(\"Todo\", \"F01\")]", "F01");
        yield return new TestCaseData("[Test]\n    [NUnit.Framework.PropertyAttribute(\"Todo\", \"F01\")]", "F01");
        yield return new TestCaseData("[Fact]\n    [Trait(\"Todo\", \"F01\")]", "F01");
        yield return new TestCaseData("[Theory, Xunit.Trait(\"Todo\", \"F01\")]", "F01");
        yield return new TestCaseData("[TestMethod]\n    [TestProperty(\"Todo\", \"F01\")]", "F01");
        yield return new TestCaseData("[Test]\n    [Todo(\"F01\")]", "F01");
        yield return new TestCaseData("[Test]\n    [TodoAttribute(\"F01\")]", "F01");
        yield return new TestCaseData("[Test]\n    [Team.Checklist.Todo(\"Write the parser\", Reason = \"r\")]", "Write the parser");
        yield return new TestCaseData("[Test, Property(\"Todo\", @\"F01\")]", "F01");
        yield return new TestCaseData("[Test, Property(\"Todo\", \"\"\"Keep `code` as \"written\" \"\"\")]", "Keep `code` as \"written\" ");
    }

    [TestCaseSource(nameof(MethodLinks))]
    public void FindsTheLinkOnATestMethod(string attributes, string key)
    {
        var source = $$"""
            namespace Sample.Tests;

            public class SampleTests
            {
                {{attributes}}
                public void ProvesIt() { }
            }
            """;

        var file = TestSourceScanner.Scan(source, FilePath);

        var link = file.Links.Single();
        Assert.That(link.Key, Is.EqualTo(key));
        Assert.That(link.TestId, Is.EqualTo("Sample.Tests.SampleTests.ProvesIt"));
        Assert.That(link.IsFixtureLink, Is.False);
        Assert.That(file.Tests.Select(test => test.Id), Is.EqualTo(Sequence("Sample.Tests.SampleTests.ProvesIt")));
        Assert.That(file.Problems, Is.Empty);
    }

    [TestCase("[Test, Property(\"Owner\", \"F01\")]")]
    [TestCase("[Test, Property(\"todo\", \"F01\")]")]
    [TestCase("[Fact, Trait(\"Category\", \"Todo\")]")]
    [TestCase("[Test, Property(\"Todo\")]")]
    [TestCase("[Test, Description(\"Todo\")]")]
    [TestCase("[Test, TodoList(\"F01\")]")]
    [TestCase("[Test]")]
    public void IgnoresAttributesThatAreNotTodoLinks(string attributes)
    {
        var source = $$"""
            namespace Sample.Tests;

            public class SampleTests
            {
                {{attributes}}
                public void ProvesIt() { }
            }
            """;

        var file = TestSourceScanner.Scan(source, FilePath);

        Assert.That(file.Links, Is.Empty);
        Assert.That(file.Problems, Is.Empty);
    }

    [Test]
    public void ALinkOnAFixtureCoversEveryTestMethodInIt()
    {
        const string source = """
            using NUnit.Framework;

            namespace Sample.Tests
            {
                [TestFixture]
                [Property("Todo", "F02")]
                public sealed class FixtureTests
                {
                    [Test]
                    public void First() { }

                    [TestCase(1)]
                    [TestCase(2)]
                    public void Second(int value) { }

                    [TestCaseSource(nameof(Cases))]
                    public void Third(int value) { }

                    private static int[] Cases() => [1];

                    private void Helper() { }
                }
            }
            """;

        var file = TestSourceScanner.Scan(source, FilePath);

        var link = file.Links.Single();
        Assert.That(link.Key, Is.EqualTo("F02"));
        Assert.That(link.TestId, Is.EqualTo("Sample.Tests.FixtureTests"));
        Assert.That(link.IsFixtureLink, Is.True);
        Assert.That(link.Location, Is.EqualTo(new SourceLocation(FilePath, 6, 6)));
        Assert.That(
            file.Tests.Select(test => test.Id),
            Is.EqualTo(Sequence("Sample.Tests.FixtureTests.First", "Sample.Tests.FixtureTests.Second", "Sample.Tests.FixtureTests.Third")));
        Assert.That(file.Tests.Select(test => test.FixtureId), Is.All.EqualTo("Sample.Tests.FixtureTests"));
    }

    [Test]
    public void NamesNestedTypesAndNamespacesAsTheTestRunnersDo()
    {
        const string source = """
            namespace Outer
            {
                namespace Inner.Deeper
                {
                    public class Fixture
                    {
                        public class Nested
                        {
                            [Test, Property("Todo", "F03"), Property("Todo", "F04")]
                            public void M() { }
                        }
                    }
                }
            }
            """;

        var links = TestSourceScanner.Scan(source, FilePath).Links;

        Assert.That(links.Select(link => link.Key), Is.EqualTo(Sequence("F03", "F04")));
        Assert.That(links.Select(link => link.TestId), Is.All.EqualTo("Outer.Inner.Deeper.Fixture.Nested.M"));
        Assert.That(links[1].Location, Is.EqualTo(new SourceLocation(FilePath, 9, 49)));
    }

    [Test]
    public void AKeyThatIsNotAStringLiteralIsReportedNotGuessed()
    {
        const string source = """
            public class Fixture
            {
                [Test, Property("Todo", Keys.F01)]
                public void M() { }
            }
            """;

        var file = TestSourceScanner.Scan(source, FilePath);

        Assert.That(file.Links, Is.Empty);
        var problem = file.Problems.Single();
        Assert.That(problem.Location, Is.EqualTo(new SourceLocation(FilePath, 3, 12)));
        Assert.That(problem.Message, Does.Contain("string literal"));
    }

    [Test]
    public void RecordsTheNamesATestAndItsFixturesHelpersReference()
    {
        const string source = """
            public class CliTests
            {
                private readonly Clock _clock = new FixedClock();

                [Test, Property("Todo", "F06")]
                public void PrintsTheVersion()
                {
                    var output = Run("--version");
                    Assert.That(output, Is.EqualTo(ProductInfo.Version));
                }

                [Test]
                public void Other() => Assert.That(Parser.Parse(""), Is.Null);

                private static string Run(string argument) => CliApp.Run([argument]);
            }
            """;

        var tests = TestSourceScanner.Scan(source, FilePath).Tests;

        var versionTest = tests.Single(test => test.Id == "CliTests.PrintsTheVersion");
        Assert.That(versionTest.ReferencedNames, Is.SupersetOf(Sequence("Run", "ProductInfo", "Version", "CliApp", "FixedClock")));
        Assert.That(versionTest.ReferencedNames, Does.Not.Contain("Parser"));
    }

    [Test]
    public void BrokenSourceStillYieldsTheLinksItCanRead()
    {
        const string source = """
            public class Broken
            {
                [Test, Property("Todo", "F01")]
                public void M( { if (
            """;

        var file = TestSourceScanner.Scan(source, FilePath);

        Assert.That(file.Links.Select(link => link.Key), Is.EqualTo(Sequence("F01")));
    }

    private static T[] Sequence<T>(params T[] values) => values;
}
