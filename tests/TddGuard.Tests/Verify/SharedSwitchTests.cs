using System.IO;
using System.IO.MemoryMappedFiles;
using NUnit.Framework;
using TddGuard.Tests.Infrastructure;
using TddGuard.Verify;

namespace TddGuard.Tests.Verify;

public sealed class SharedSwitchTests
{
    [Test]
    public void WhatIsWrittenIsWhatAReaderOfTheNamedSwitchSeesAtOnce()
    {
        using var folder = new TemporaryDirectory("switch");
        using var shared = SharedSwitch.Create(folder.Path);
        using var reader = OpenLikeTheTestHost(shared.Name);

        var before = reader.ReadInt32(0);
        shared.Active = 17;
        var after = reader.ReadInt32(0);
        shared.Active = 3;

        Assert.That((before, after, reader.ReadInt32(0)), Is.EqualTo((0, 17, 3)));
    }

    [Test]
    public void DisposingLeavesNoFileBehind()
    {
        using var folder = new TemporaryDirectory("switch");

        SharedSwitch.Create(folder.Path).Dispose();

        Assert.That(Directory.GetFileSystemEntries(folder.Path), Is.Empty);
    }

    /// <summary>As the switch in <see cref="MutantSchemata.SwitchSource"/> opens it.</summary>
    private static MemoryMappedViewAccessor OpenLikeTheTestHost(string name)
    {
        var map = System.OperatingSystem.IsWindows()
            ? MemoryMappedFile.OpenExisting(name, MemoryMappedFileRights.Read)
            : MemoryMappedFile.CreateFromFile(name, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        return map.CreateViewAccessor(0, 4, MemoryMappedFileAccess.Read);
    }
}
