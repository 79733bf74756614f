using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace TddGuard;

/// <summary>How TddGuard starts a child tool (git, dotnet): no shell, its arguments passed as they are, its output read as UTF-8.</summary>
internal static class RedirectedProcess
{
    /// <summary>The start of <paramref name="executable"/> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>, both outputs redirected.</summary>
    public static ProcessStartInfo StartInfo(string executable, string workingDirectory, IReadOnlyList<string> arguments)
    {
        var startInfo = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        return startInfo;
    }
}
