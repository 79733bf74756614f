using System;
using System.Globalization;
using System.IO;
using System.IO.MemoryMappedFiles;

namespace TddGuard.Verify;

/// <summary>
/// The writing end of a shared memory switch (see <see cref="MutantSchemata.SharedVariable"/>): a test host that
/// reads it at every guarded call runs whichever variant was written last. On Windows a named memory map, elsewhere a
/// file mapped into memory, in <c>folder</c>.
/// </summary>
internal sealed class SharedSwitch : IDisposable
{
    private const int Size = sizeof(int);
    private readonly MemoryMappedFile _map;
    private readonly MemoryMappedViewAccessor _view;
    private readonly string? _file;

    private SharedSwitch(string name, MemoryMappedFile map, string? file)
    {
        Name = name;
        _map = map;
        _view = map.CreateViewAccessor(0, Size, MemoryMappedFileAccess.ReadWrite);
        _file = file;
    }

    /// <summary>What the test host is given in <see cref="MutantSchemata.SharedVariable"/>: the map's name or the file's path.</summary>
    public string Name { get; }

    /// <summary>A new switch at 0 (no variant).</summary>
    /// <param name="folder">Where the file goes, where a file is used.</param>
    /// <exception cref="IOException">The map or the file cannot be made.</exception>
    public static SharedSwitch Create(string folder)
    {
        var unique = "tddguard-switch-" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);
        if (OperatingSystem.IsWindows())
        {
            return new SharedSwitch(unique, MemoryMappedFile.CreateNew(unique, Size, MemoryMappedFileAccess.ReadWrite), null);
        }

        var file = Path.Combine(folder, unique);
        File.WriteAllBytes(file, new byte[Size]);
        return new SharedSwitch(file, MemoryMappedFile.CreateFromFile(file, FileMode.Open, null, Size, MemoryMappedFileAccess.ReadWrite), file);
    }

    /// <summary>The variant that runs from now on.</summary>
    public int Active
    {
        get => _view.ReadInt32(0);
        set
        {
            _view.Write(0, value);
            _view.Flush();
        }
    }

    public void Dispose()
    {
        _view.Dispose();
        _map.Dispose();
        if (_file is not null)
        {
            File.Delete(_file);
        }
    }
}
