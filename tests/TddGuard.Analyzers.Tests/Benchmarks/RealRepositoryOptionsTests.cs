using NUnit.Framework;
using TddGuard.Analyzers.Benchmarks;

namespace TddGuard.Analyzers.Tests.Benchmarks;

/// <summary>The command line of the real-repository benchmark: <c>--real &lt;project&gt; [--rounds N] [--framework TFM]</c>.</summary>
[TestFixture]
[Property("Todo", "R06")]
public sealed class RealRepositoryOptionsTests
{
    private static readonly string[] s_expectedArguments =
        ["build", "/r/Lib.csproj", "--no-incremental", "-v:d", "-p:ReportAnalyzer=true", "-p:TreatWarningsAsErrors=false", "-p:CustomAfterMicrosoftCommonTargets=/tmp/wiring.targets"];

    [Test]
    public void IsAbsentWithoutTheSwitch()
    {
        Assert.That(RealRepositoryOptions.AskedFor(["--interleaved", "4"]), Is.Null);
    }

    [Test]
    public void ReadsTheProjectRoundsAndFramework()
    {
        var options = RealRepositoryOptions.AskedFor(["--real", "src/Lib/Lib.csproj", "--rounds", "3", "--framework", "net8.0"]);

        Assert.That(options, Is.EqualTo(new RealRepositoryOptions("src/Lib/Lib.csproj", 3, "net8.0")));
    }

    [Test]
    public void BuildsFiveTimesForEveryFrameworkByDefault()
    {
        Assert.That(RealRepositoryOptions.AskedFor(["--real", "Lib.csproj"]), Is.EqualTo(new RealRepositoryOptions("Lib.csproj", 5, null)));
    }

    [TestCase(new[] { "--real" }, "--real")]
    [TestCase(new[] { "--real", "--rounds", "3" }, "--real")]
    [TestCase(new[] { "--real", "Lib.csproj", "--rounds", "0" }, "'0'")]
    [TestCase(new[] { "--real", "Lib.csproj", "--rounds", "many" }, "'many'")]
    [TestCase(new[] { "--real", "Lib.csproj", "--framework" }, "--framework")]
    public void RefusesAMissingProjectOrAnInvalidValue(string[] args, string named)
    {
        Assert.That(() => RealRepositoryOptions.AskedFor(args), Throws.ArgumentException.With.Message.Contains(named));
    }

    [Test]
    public void RebuildsWithTheAnalyzerReportAndWithoutWarningsAsErrors()
    {
        var arguments = RealRepositoryBuilds.BuildArguments("/r/Lib.csproj", "net8.0", "/tmp/wiring.targets");

        Assert.That(arguments, Is.SupersetOf(s_expectedArguments));
        Assert.That(string.Join(' ', arguments), Does.Contain("--framework net8.0"));
    }
}
