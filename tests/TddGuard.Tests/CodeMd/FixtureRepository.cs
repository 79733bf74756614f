using System;
using System.IO;
using NUnit.Framework;
using TddGuard.Tests.Infrastructure;

namespace TddGuard.Tests.CodeMd;

/// <summary>A fixture solution of <c>CodeMd/Fixtures</c> copied to a temporary folder, so tests may change it.</summary>
internal sealed class FixtureRepository : IDisposable
{
    private readonly TemporaryDirectory _folder;

    public FixtureRepository(string fixture)
    {
        _folder = new TemporaryDirectory("codemd-" + fixture.ToLowerInvariant());
        var source = FixturePath(fixture);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = _folder.Combine(System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Path => _folder.Path;

    public string DocumentPath => _folder.Combine("design", "CODE.md");

    public static string FixturePath(params string[] parts) =>
        System.IO.Path.Combine([TestContext.CurrentContext.TestDirectory, "CodeMd", "Fixtures", .. parts]);

    public string Read(string relativePath) => File.ReadAllText(_folder.Combine(relativePath));

    public void Write(string relativePath, string content) => _folder.WriteFile(relativePath, content);

    public void Dispose() => _folder.Dispose();
}
