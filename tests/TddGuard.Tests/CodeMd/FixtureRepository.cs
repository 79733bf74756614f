using System;
using System.IO;
using NUnit.Framework;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.CodeMd;

/// <summary>A fixture solution of <c>CodeMd/Fixtures</c> copied to a temporary folder, so tests may change it.</summary>
internal sealed class FixtureRepository : IDisposable
{
    private const string StoredSuffix = ".fixture";

    private readonly TemporaryDirectory _folder;

    public FixtureRepository(string fixture)
    {
        _folder = new TemporaryDirectory("codemd-" + fixture.ToLowerInvariant());
        CopyFixture(fixture, _folder.Path);
    }

    public string Path => _folder.Path;

    public string DocumentPath => _folder.Combine("design", "CODE.md");

    public static string FixturePath(params string[] parts) =>
        System.IO.Path.Combine([TestContext.CurrentContext.TestDirectory, "CodeMd", "Fixtures", .. parts]);

    /// <summary>
    /// Copies a fixture solution to <paramref name="target"/>. Its project files are stored as <c>*.csproj.fixture</c>
    /// so that no tool takes them for projects of this repository; the copy gets their real names.
    /// </summary>
    public static void CopyFixture(string fixture, string target)
    {
        var source = FixturePath(fixture);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = System.IO.Path.GetRelativePath(source, file);
            var copy = System.IO.Path.Combine(target, relative.EndsWith(StoredSuffix, StringComparison.Ordinal) ? relative[..^StoredSuffix.Length] : relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    public string Read(string relativePath) => File.ReadAllText(_folder.Combine(relativePath));

    public void Write(string relativePath, string content) => _folder.WriteFile(relativePath, content);

    public void Dispose() => _folder.Dispose();
}
