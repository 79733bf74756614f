using System.IO;
using System.Threading.Tasks;
using NUnit.Framework;
using TddGuard.Check;
using TddGuard.Tests.Infrastructure;
using TddGuard.Verify;

namespace TddGuard.Tests.Verify;

/// <summary>
/// The package's build files record each compilation's command line in obj/ for <c>tddguard verify</c>: when the
/// compiler runs, not in an IDE's design-time build (which only asks for the command line).
/// </summary>
[TestFixture]
[Category("Integration")]
[Property("Todo", "C07")]
public sealed class CompilerCallRecordTests
{
    private const string Record = "Shop/obj/Debug/net10.0/" + PriorBuild.RecordFileName;

    [Test]
    public async Task ABuildRecordsTheCompilersCommandLineADesignTimeBuildDoesNotAsync()
    {
        using var repository = new TemporaryDirectory("compiler-call-record");
        ThrowAwaySolution.WriteTddGuardBuildFiles(repository);
        repository.WriteFile("Shop/Shop.csproj", ThrowAwaySolution.LibraryProject);
        repository.WriteFile("Shop/Cart.cs", "namespace Shop; public class Cart { public int Add(int item) => item; }");

        var designTime = await DotnetProcess.RunAsync(repository.Path, "msbuild", "Shop/Shop.csproj", "-restore", "-t:Compile", "-nologo", "-v:q", "-p:DesignTimeBuild=true", "-p:SkipCompilerExecution=true", "-p:ProvideCommandLineArgs=true");
        var recordedAtDesignTime = File.Exists(repository.Combine(Record));
        var real = await DotnetProcess.RunAsync(repository.Path, "build", "Shop", "-nologo", "-v:q");

        Assert.That(designTime.ExitCode, Is.Zero, designTime.Output);
        Assert.That(recordedAtDesignTime, Is.False, "a design-time build does not compile");
        Assert.That(real.ExitCode, Is.Zero, real.Output);
        var invocation = CompilerInvocation.Read(repository.Combine(Record));
        Assert.That(invocation.Directory, Is.EqualTo(repository.Combine("Shop")));
        Assert.That(invocation.Output, Is.EqualTo(repository.Combine("Shop", "bin", "Debug", "net10.0", "Shop.dll")));
        Assert.That(invocation.SourceFiles, Has.Some.EqualTo(repository.Combine("Shop", "Cart.cs")));
    }
}
