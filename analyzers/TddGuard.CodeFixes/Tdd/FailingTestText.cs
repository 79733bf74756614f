using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace TddGuard.CodeFixes.Tdd;

/// <summary>
/// The text of generated failing tests, Arrange/Act/Assert, each failing with a message that names its subject
/// until the developer writes the expectation; and of a new test class file holding them.
/// </summary>
internal sealed class FailingTestText
{
    private const string IndentUnit = "    ";

    private readonly TestFrameworkSyntax _framework;
    private readonly string _endOfLine;

    public FailingTestText(TestFrameworkSyntax framework, string endOfLine)
    {
        _framework = framework;
        _endOfLine = endOfLine;
    }

    /// <summary>The test methods at <paramref name="indentation"/>, a blank line apart, each ending with a line break.</summary>
    public string Methods(IReadOnlyList<NamedTest> tests, string indentation) =>
        string.Join(_endOfLine, tests.Select(test => Method(test, indentation)));

    /// <summary>A whole test class file; a file-scoped namespace when the language version has them.</summary>
    public string File(IEnumerable<string> usings, string @namespace, bool fileScoped, string className, IReadOnlyList<NamedTest> tests)
    {
        var text = new StringBuilder();
        var usingLines = usings.Select(name => $"using {name};").ToList();
        usingLines.ForEach(line => AppendLine(text, line));
        if (usingLines.Count > 0)
        {
            AppendLine(text, string.Empty);
        }

        var classIndentation = fileScoped ? string.Empty : IndentUnit;
        AppendLine(text, fileScoped ? $"namespace {@namespace};" : $"namespace {@namespace}");
        AppendLine(text, fileScoped ? string.Empty : "{");
        if (_framework.FixtureAttribute is { } fixture)
        {
            AppendLine(text, $"{classIndentation}[{fixture}]");
        }

        AppendLine(text, $"{classIndentation}public class {className}");
        AppendLine(text, classIndentation + "{");
        text.Append(Methods(tests, classIndentation + IndentUnit));
        AppendLine(text, classIndentation + "}");
        if (!fileScoped)
        {
            AppendLine(text, "}");
        }

        return text.ToString();
    }

    private string Method(NamedTest test, string indentation)
    {
        var body = indentation + IndentUnit;
        var target = test.Target;
        var lines = new List<string>
        {
            $"{indentation}[{_framework.TestAttribute}]",
            $"{indentation}public {(target.IsAsync ? "async Task" : "void")} {test.Name}()",
            indentation + "{",
            body + "// Arrange",
            string.Empty,
            $"{body}// Act: exercise {(target.IsAsync ? "and await " : string.Empty)}{target.DisplayName}",
        };
        if (target.IsAsync)
        {
            lines.Add(body + "await Task.CompletedTask;");
        }

        lines.Add(string.Empty);
        lines.Add(body + "// Assert");
        lines.Add(body + _framework.Failure(NameofMessage.For(target)));
        lines.Add(indentation + "}");
        return string.Concat(lines.Select(line => line + _endOfLine));
    }

    private void AppendLine(StringBuilder text, string line) => text.Append(line).Append(_endOfLine);
}

/// <summary>A test to generate: its subject and its name, unique in its class.</summary>
internal sealed class NamedTest
{
    public NamedTest(TestTarget target, string name)
    {
        Target = target;
        Name = name;
    }

    public TestTarget Target { get; }

    public string Name { get; }

    /// <summary>Names each target's test, numbering it (2, 3, …) when the class already has a member of that name.</summary>
    public static IReadOnlyList<NamedTest> ForTargets(IEnumerable<TestTarget> targets, IEnumerable<string> takenNames)
    {
        var taken = new HashSet<string>(takenNames, System.StringComparer.Ordinal);
        var tests = new List<NamedTest>();
        foreach (var target in targets)
        {
            var name = target.TestName;
            for (var number = 2; taken.Contains(name); number++)
            {
                name = target.TestName + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            taken.Add(name);
            tests.Add(new NamedTest(target, name));
        }

        return tests;
    }
}
