namespace TddGuard.Analyzers.Shared;

/// <summary>The one place that names TddGuard's diagnostics and links them to their pages.</summary>
internal static class RuleIdentifiers
{
    public const string NoTestSources = "TG1000";
    public const string UntestedMember = "TG1001";
    public const string UntestedType = "TG1002";
    public const string TestAssertsNothing = "TG1003";
    public const string NondeterministicTest = "TG1004";
    public const string TestsShouldBeATable = "TG1005";
    public const string TestNeverRuns = "TG1006";

    public const string NestingTooDeep = "TG2001";
    public const string MagicNumber = "TG2002";
    public const string MagicString = "TG2003";
    public const string TypeTooLarge = "TG2004";
    public const string MethodTooLong = "TG2005";
    public const string TooManyParameters = "TG2006";
    public const string SwallowedException = "TG2007";
    public const string ExceptionContextLost = "TG2008";
    public const string UnclearException = "TG2009";
    public const string MutableStaticState = "TG2010";
    public const string AsyncVoid = "TG2011";
    public const string BlockingOnAsync = "TG2012";
    public const string MissingCancellationToken = "TG2013";
    public const string IgnoredResult = "TG2014";
    public const string CommentedOutCode = "TG2015";
    public const string DuplicatedCode = "TG2016";
    public const string HiddenClock = "TG2017";
    public const string HardWiredDependency = "TG2018";
    public const string InterfaceTooLarge = "TG2019";
    public const string DeepInheritance = "TG2020";
    public const string ProcessTermination = "TG2021";
    public const string NameStutter = "TG2022";

    private const string RulePagesBaseUri = "https://github.com/tddguard/tddguard/blob/main/docs/rules/";

    public static string GetHelpUri(string id) => RulePagesBaseUri + id + ".md";
}
