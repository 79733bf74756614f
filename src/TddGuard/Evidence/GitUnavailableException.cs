using System;

namespace TddGuard.Evidence;

/// <summary>The git executable could not be started.</summary>
public sealed class GitUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GitUnavailableException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public GitUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the failure that caused it.</summary>
    public GitUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
