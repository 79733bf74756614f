using System;
using System.Collections.Generic;
using System.Linq;
using TddGuard.TestMap;
using TddGuard.Todo;

namespace TddGuard.CodeMd;

/// <summary>
/// The code a checklist item introduced: the public types its linked tests name, and those types' public members
/// the tests name — found through the same links <c>tddguard todo</c> reconciles.
/// </summary>
internal static class ItemCode
{
    private const string ConstructorName = ".ctor";

    public static string Region(TodoItem item, TestCatalog catalog, CodeModel model)
    {
        var tests = catalog.Links
            .Where(link => TodoKeys.Comparer.Equals(link.Key, item.Key))
            .SelectMany(catalog.TestsLinkedBy)
            .DistinctBy(test => test.Id)
            .OrderBy(test => test.Id, StringComparer.Ordinal)
            .ToList();
        var names = tests.SelectMany(test => test.ReferencedNames).ToHashSet(StringComparer.Ordinal);
        var introduced = model.Namespaces
            .SelectMany(space => space.Types.Where(type => names.Contains(type.SimpleName)).Select(type => (Space: space, Type: type)))
            .SelectMany(entry => Rows(entry.Space, entry.Type, names))
            .OrderBy(row => row.Namespace, StringComparer.Ordinal)
            .ThenBy(row => row.Code, StringComparer.Ordinal)
            .ToList();
        return CodeMdRenderer.Item(item.Key, item.Text, [.. tests.Select(test => test.Id)], introduced);
    }

    private static IEnumerable<(string Code, string Namespace, string Summary)> Rows(NamespaceInfo space, TypeInfo type, HashSet<string> names) =>
        type.Members
            .Where(member => member.Name != ConstructorName && names.Contains(member.Name))
            .Select(member => ($"{type.Name}: {member.Signature}", space.Name, member.Summary))
            .Prepend((type.Name, space.Name, type.Summary));
}
