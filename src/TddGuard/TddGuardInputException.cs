using System;

namespace TddGuard;

/// <summary>Input TddGuard cannot work without (a missing checklist, a missing repository): a usage error, not a bug.</summary>
public sealed class TddGuardInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TddGuardInputException()
    {
    }

    /// <summary>Creates the exception with a message that says what is wrong and what to do.</summary>
    public TddGuardInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the failure that caused it.</summary>
    public TddGuardInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
