using System;
using System.IO;

namespace Showcase;

/// <summary>Reads settings files, losing what went wrong in three different ways.</summary>
public sealed class SettingsReader
{
    private readonly string _path;

    public SettingsReader(string path) => _path = path;

    public string ReadOrEmpty()
    {
        try
        {
            return File.ReadAllText(_path);
        }
        catch (IOException)
        {
            // TG2007: the failure vanishes; the lightbulb adds `throw;`.
        }

        return string.Empty;
    }

    public string Read()
    {
        try
        {
            return File.ReadAllText(_path);
        }
        catch (IOException)
        {
            // TG2008: the new exception drops the IOException; the lightbulb passes it as the inner exception.
            throw new InvalidOperationException($"Settings file {_path} could not be read.");
        }
    }

    public void Validate(string text)
    {
        if (text.Length == 0)
        {
            // TG2009: a catch-all exception type tells a caller nothing it can handle.
            throw new Exception("Settings are empty.");
        }
    }
}
