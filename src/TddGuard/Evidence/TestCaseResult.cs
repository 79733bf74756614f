namespace TddGuard.Evidence;

/// <summary>One case of one test method, as a results file records it.</summary>
internal readonly record struct TestCaseResult(string TestId, TestOutcome Outcome);
