using System.IO;
using System.Security;

namespace TddGuard.Check;

/// <summary>
/// The MSBuild file <c>tddguard check</c> hands a build as <c>CustomAfterDirectoryBuildTargets</c>: it brings TddGuard
/// into any repository without editing it. It is imported after the package's and Directory.Build.targets, so it
/// sees whether the project already has TddGuard and then adds nothing twice: the package's build logic (test-source
/// discovery for TG1000-TG1002, the analysis-mode preset), the analyzer assembly shipped with the CLI, a SARIF
/// error log and a record of the compiler's command line (<see cref="CompilerInvocation"/>) per project and target framework.
/// </summary>
internal static class BuildInjection
{
    /// <summary>The analyzer assembly's file name, beside the CLI.</summary>
    public const string AnalyzerFileName = "TddGuard.Analyzers.dll";

    /// <summary>The folder, beside the CLI, holding the package's build/ files.</summary>
    public const string BuildFolder = "build";

    /// <summary>The MSBuild property that names the injected file.</summary>
    public const string Property = "CustomAfterDirectoryBuildTargets";

    /// <summary>The file's text: the shipped files in <paramref name="shippedFiles"/>, the logs into <paramref name="logsDirectory"/>.</summary>
    public static string Targets(string shippedFiles, string logsDirectory, string repositoryRoot)
    {
        var root = Escape(repositoryRoot.TrimEnd('/', '\\'));
        var build = Escape(Path.Combine(shippedFiles, BuildFolder));
        var analyzer = Escape(Path.Combine(shippedFiles, AnalyzerFileName));
        var logs = Escape(logsDirectory);
        return $"""
            <Project>
              <!-- Written by tddguard check: brings TddGuard into this build without editing the repository. -->
              <Import Project="{build}/TddGuard.props" Condition="'$(TddGuardAnalysisMode)' == ''" />
              <Import Project="{build}/TddGuard.targets" Condition="'$(TddGuardPresetFile)' == ''" />
              <PropertyGroup>
                <_TddGuardCheckRelative>$([MSBuild]::MakeRelative('{root}/', '$(MSBuildProjectDirectory)/'))</_TddGuardCheckRelative>
                <_TddGuardCheckInScope Condition="'$(_TddGuardCheckRelative.StartsWith(`..`))' == 'False' and '$([System.IO.Path]::IsPathRooted($(_TddGuardCheckRelative)))' == 'False'">true</_TddGuardCheckInScope>
              </PropertyGroup>
              <!-- Only the checked repository's projects: a project it references from elsewhere is not its code. -->
              <PropertyGroup Condition="'$(_TddGuardCheckInScope)' == 'true'">
                <ErrorLog>{logs}/$(MSBuildProjectName)/$(TargetFramework).sarif,version=2.1</ErrorLog>
                <ProvideCommandLineArgs>true</ProvideCommandLineArgs>
              </PropertyGroup>
              <Target Name="TddGuardCheckAddAnalyzer" Condition="'$(TddGuardEnabled)' != 'false' and '$(_TddGuardCheckInScope)' == 'true'" BeforeTargets="CoreCompile">
                <MakeDir Directories="{logs}/$(MSBuildProjectName)" />
                <ItemGroup>
                  <_TddGuardCheckReferenced Include="@(Analyzer)" Condition="'%(Filename)' == 'TddGuard.Analyzers'" />
                  <Analyzer Include="{analyzer}" Condition="'@(_TddGuardCheckReferenced)' == ''" />
                </ItemGroup>
              </Target>
              <!-- The compiler's command line, so that tddguard check can bind the tests' code to the production code exactly. -->
              <Target Name="TddGuardCheckRecordCompilerCall" AfterTargets="CoreCompile" Condition="'$(_TddGuardCheckInScope)' == 'true' and '@(CscCommandLineArgs)' != ''">
                <ItemGroup>
                  <_TddGuardCheckRecordHeader Include="{CompilerInvocation.DirectoryHeader}$(MSBuildProjectDirectory)" />
                  <_TddGuardCheckRecordHeader Include="{CompilerInvocation.TestHeader}$(TddGuardIsTestProject)" />
                </ItemGroup>
                <WriteLinesToFile File="{logs}/$(MSBuildProjectName)/$(TargetFramework){CompilerInvocation.Extension}" Lines="@(_TddGuardCheckRecordHeader);@(CscCommandLineArgs)" Overwrite="true" />
              </Target>
            </Project>
            """;
    }

    /// <summary>
    /// A file that only records each project's compiler command line into <paramref name="recordsDirectory"/> (for a
    /// build whose every project is the repository's, such as <c>tddguard verify</c>'s copy).
    /// </summary>
    public static string RecordingTargets(string recordsDirectory)
    {
        var records = Escape(recordsDirectory);
        return $"""
            <Project>
              <!-- Written by tddguard: records the compiler's command line of each project for the exact test map. -->
              <PropertyGroup>
                <ProvideCommandLineArgs>true</ProvideCommandLineArgs>
              </PropertyGroup>
              <Target Name="TddGuardRecordCompilerCall" AfterTargets="CoreCompile" Condition="'@(CscCommandLineArgs)' != ''">
                <ItemGroup>
                  <_TddGuardRecordHeader Include="{CompilerInvocation.DirectoryHeader}$(MSBuildProjectDirectory)" />
                  <_TddGuardRecordHeader Include="{CompilerInvocation.TestHeader}$(IsTestProject)" />
                  <_TddGuardRecordHeader Include="{CompilerInvocation.OutputHeader}$(TargetPath)" />
                </ItemGroup>
                <MakeDir Directories="{records}/$(MSBuildProjectName)" />
                <WriteLinesToFile File="{records}/$(MSBuildProjectName)/$(TargetFramework){CompilerInvocation.Extension}" Lines="@(_TddGuardRecordHeader);@(CscCommandLineArgs)" Overwrite="true" />
              </Target>
            </Project>
            """;
    }

    private static string Escape(string path) => SecurityElement.Escape(path.Replace('\\', '/'));
}
