namespace TddGuard.Precision;

/// <summary>What the test run did with the code a finding reports as untested.</summary>
internal enum FindingClass
{
    /// <summary>At least one of its lines ran during the tests: the finding is a false alarm.</summary>
    Executed,

    /// <summary>It has coverable lines and none ran: the finding is true.</summary>
    NotExecuted,

    /// <summary>The coverage report lists none of its lines (code coverlet does not instrument, or a file it left out).</summary>
    NoCoverableLines,

    /// <summary>No member or type declaration has its name at the finding's position.</summary>
    Unlocated,
}
