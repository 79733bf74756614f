using System.Collections.Generic;
using System.IO;
using System.Linq;
using NUnit.Framework;
using TddGuard.Tests.Infrastructure;
using TddGuard.Todo;

namespace TddGuard.Tests.Todo;

[TestFixture]
[Property("Todo", "C01")]
public sealed class TodoParserTests
{
    private const string TodoPath = "design/TODO.md";

    private static IEnumerable<TestCaseData> SingleItemFormats()
    {
        // GitHub task lists: every bullet, both check marks, ordered lists (whose numbers are layout, not identity).
        yield return Case("- [ ] Write the parser", key: "Write the parser", id: null, text: "Write the parser", isChecked: false);
        yield return Case("- [x] Write the parser", "Write the parser", null, "Write the parser", true);
        yield return Case("- [X] Write the parser", "Write the parser", null, "Write the parser", true);
        yield return Case("* [ ] Star bullet", "Star bullet", null, "Star bullet", false);
        yield return Case("+ [x] Plus bullet", "Plus bullet", null, "Plus bullet", true);
        yield return Case("1. [ ] Ordered item", "Ordered item", null, "Ordered item", false);
        yield return Case("- [ ]   Spaces    inside   the text  ", "Spaces inside the text", null, "Spaces inside the text", false);
        yield return Case("- [ ] Wraps onto\n  a second line", "Wraps onto a second line", null, "Wraps onto a second line", false);
        yield return Case("- [ ] Keep `code` and *emphasis*", "Keep `code` and *emphasis*", null, "Keep `code` and *emphasis*", false);

        // Explicit IDs: this repository's own style and spec-kit's.
        yield return Case("- [x] F01 Solution layout", "F01", "F01", "Solution layout", true);
        yield return Case("- [ ] T001 Create project structure", "T001", "T001", "Create project structure", false);
        yield return Case("- [ ] [T002] Configure linting", "T002", "T002", "Configure linting", false);
        yield return Case("- [ ] REQ-12 Hyphenated ID", "REQ-12", "REQ-12", "Hyphenated ID", false);

        // Numbered hierarchies (Kiro and friends).
        yield return Case("- [ ] 1. Set up project structure", "1", "1", "Set up project structure", false);
        yield return Case("- [ ] 2.1 Create core interfaces", "2.1", "2.1", "Create core interfaces", false);
        yield return Case("- [x] 3.2.1. Third level with dot", "3.2.1", "3.2.1", "Third level with dot", true);
        yield return Case("- [ ] 2024 roadmap review", "2024 roadmap review", null, "2024 roadmap review", false);
        yield return Case("- [ ] add F01 later", "add F01 later", null, "add F01 later", false);
    }

    [TestCaseSource(nameof(SingleItemFormats))]
    public void ParsesTheItemFormat(string markdown, string key, string? id, string text, bool isChecked)
    {
        var list = TodoParser.Parse(markdown, TodoPath);

        Assert.That(list.Problems, Is.Empty);
        var item = list.Items.Single();
        Assert.That(item.Key, Is.EqualTo(key));
        Assert.That(item.Id, Is.EqualTo(id));
        Assert.That(item.Text, Is.EqualTo(text));
        Assert.That(item.IsChecked, Is.EqualTo(isChecked));
    }

    [Test]
    public void SpecKitMarkersAreKeptApartFromTheText()
    {
        var item = TodoParser.Parse("- [ ] T012 [P] [US1] Create User model in src/models/user.py", TodoPath).Items.Single();

        Assert.That(item.Id, Is.EqualTo("T012"));
        Assert.That(item.Markers, Is.EqualTo(Sequence("P", "US1")));
        Assert.That(item.Text, Is.EqualTo("Create User model in src/models/user.py"));
    }

    [Test]
    public void KiroRequirementLinesBecomeRequirementsNotItemsOrText()
    {
        const string markdown = """
            # Implementation Plan

            - [ ] 2. Implement data models
              - [ ] 2.1 Create core interfaces
                - Write interfaces for the models
                - _Requirements: 1.2, 3.1_
            - [x] 3. Wire the service
              _Requirements: 4.4_
            """;

        var items = TodoParser.Parse(markdown, TodoPath).Items;

        Assert.That(items.Select(item => item.Key), Is.EqualTo(Sequence("2", "2.1", "3")));
        Assert.That(items[1].Requirements, Is.EqualTo(Sequence("1.2", "3.1")));
        Assert.That(items[2].Requirements, Is.EqualTo(Sequence("4.4")));
        Assert.That(items[2].Text, Is.EqualTo("Wire the service"));
        Assert.That(items[0].Requirements, Is.Empty);
    }

    [Test]
    public void FindsItemsAtAnyNestingLevelUnderAnyHeadingInDocumentOrder()
    {
        const string markdown = """
            Intro text with a [link](x) and no items.

            ## First section

            - [x] A
              - [ ] B
                - [x] C

            ### Sub section

            1. [ ] D
               * [ ] E

            > - [ ] F in a quote

            # Last
            - plain bullet, not an item
            - [ ] G
            """;

        var items = TodoParser.Parse(markdown, TodoPath).Items;

        Assert.That(items.Select(item => item.Key), Is.EqualTo(Sequence("A", "B", "C", "D", "E", "F in a quote", "G")));
        Assert.That(items.Select(item => item.Index), Is.EqualTo(Enumerable.Range(0, 7)));
        Assert.That(items.Select(item => item.Section), Is.EqualTo(Sequence("First section", "First section", "First section", "Sub section", "Sub section", "Sub section", "Last")));
        Assert.That(items.Select(item => item.ParentIndex), Is.EqualTo(Sequence<int?>(null, 0, 1, null, 3, null, null)));
    }

    [Test]
    public void IgnoresCheckboxesInCodeBlocksAndPlainText()
    {
        const string markdown = """
            Not an item: [ ] in a sentence.

            ```markdown
            - [ ] inside a fence
            ```

                - [x] indented code

            - [ ] Real
            """;

        Assert.That(TodoParser.Parse(markdown, TodoPath).Items.Select(item => item.Key), Is.EqualTo(Sequence("Real")));
    }

    [TestCase("- [ ] First", 1, 3)]
    [TestCase("# Title\n\n- [x] First", 3, 3)]
    [TestCase("# Title\r\n\r\n- [x] First", 3, 3)]
    [TestCase("- [ ] Zero\n  - [ ] First", 2, 5)]
    [TestCase("10. [ ] First", 1, 5)]
    public void PositionsAreOneBasedAndPointAtTheCheckbox(string markdown, int line, int column)
    {
        var item = TodoParser.Parse(markdown, TodoPath).Items[^1];

        Assert.That(item.Text, Is.EqualTo("First"));
        Assert.That(item.Position, Is.EqualTo(new TextPosition(line, column)));
    }

    [TestCase("- [] Task", 1, 3, "'[]'")]
    [TestCase("- [-] Task", 1, 3, "'[-]'")]
    [TestCase("- [ x] Task", 1, 3, "'[ x]'")]
    [TestCase("- [x ] Task", 1, 3, "'[x ]'")]
    [TestCase("# T\n\n  * [?] Task", 3, 5, "'[?]'")]
    [TestCase("- [ ]", 1, 3, "no text")]
    [TestCase("- [x] ", 1, 3, "no text")]
    public void ReportsMalformedItemsWithFileLineAndColumn(string markdown, int line, int column, string messageFragment)
    {
        var list = TodoParser.Parse(markdown + "\n- [ ] Fine", TodoPath);

        var problem = list.Problems.Single();
        Assert.That(problem.Location, Is.EqualTo(new SourceLocation(TodoPath, line, column)));
        Assert.That(problem.Message, Does.Contain(messageFragment));
        Assert.That(list.Items.Select(item => item.Key), Is.EqualTo(Sequence("Fine")));
    }

    [TestCase("- [P] Task")]
    [TestCase("- [link] Task")]
    [TestCase("- [T001] Task without a checkbox")]
    public void BracketsThatAreNotCheckboxLookalikesAreNeitherItemsNorProblems(string markdown)
    {
        var list = TodoParser.Parse(markdown, TodoPath);

        Assert.That(list.Items, Is.Empty);
        Assert.That(list.Problems, Is.Empty);
    }

    [Test]
    public void ThisRepositorysOwnChecklistParsesCleanlyWithUniqueIds()
    {
        var path = Path.Combine(RepositoryLayout.Root(), "design", "TODO.md");

        var list = TodoParser.Parse(File.ReadAllText(path), TodoPath);

        Assert.That(list.Problems, Is.Empty);
        Assert.That(list.Items, Has.Count.GreaterThanOrEqualTo(30));
        Assert.That(list.Items.Select(item => item.Id), Is.All.Not.Null);
        Assert.That(list.Items.Select(item => item.Key), Is.Unique);
        Assert.That(list.Items.Take(7).Select(item => item.Key), Is.EqualTo(Sequence("F01", "F02", "F03", "F04", "F05", "F06", "F07")));
        Assert.That(list.Items.Take(7), Has.All.Property(nameof(TodoItem.IsChecked)).True);
    }

    private static T[] Sequence<T>(params T[] values) => values;

    private static TestCaseData Case(string markdown, string key, string? id, string text, bool isChecked) =>
        new(markdown, key, id, text, isChecked);
}
