namespace PolicyAnalyzers.DataFiles.Tests;

/// <summary>
/// Builds a small project with the real <c>dotnet build</c>, importing the data-file targets from the repository and
/// the task assembly this test project was built with. The project lives under the system temp folder with empty
/// Directory.Build.props and Directory.Packages.props, so the repository's own settings cannot leak into it.
/// </summary>
public class EndToEndBuildTests
{
    private const string Roster = "FullName,DateOfBirth,Nationality\nMaria Lopez,1985-03-14,EL SALVADOR\nAna Pérez,1979-07-01,HONDURAS\n";

    [Fact]
    public void WhenProjectShipsRosterCsv_DotnetBuildFailsWithPA1001AtTheFileAndLine()
    {
        using var dir = new TempDirectory();
        var targets = DotnetCli.DataFileTargets;
        var taskAssembly = DotnetCli.TaskAssembly;
        Assert.True(File.Exists(taskAssembly), taskAssembly);
        DotnetCli.IsolateFromRepository(dir);
        dir.Write("Sample.cs", "namespace Sample; public static class Marker { }");
        dir.Write("roster.csv", Roster);
        dir.Write("products.csv", "Name,Price\nWidget,9.99\n");
        dir.Write("Sample.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <PolicyAnalyzersTasksAssembly>{taskAssembly}</PolicyAnalyzersTasksAssembly>
              </PropertyGroup>
              <ItemGroup>
                <None Update="roster.csv" CopyToOutputDirectory="PreserveNewest" />
                <None Update="products.csv" CopyToOutputDirectory="PreserveNewest" />
              </ItemGroup>
              <Import Project="{targets}" />
            </Project>
            """);

        var first = DotnetCli.Run(dir.Path);
        var second = DotnetCli.Run(dir.Path);

        Assert.True(first.ExitCode != 0, first.Output);
        Assert.Contains("roster.csv(2,1): error PA1001: roster.csv holds 2 records of personal data", first.Output);
        Assert.DoesNotContain("products.csv(", first.Output);
        Assert.DoesNotContain("Maria", first.Output);
        Assert.True(File.Exists(Path.Combine(dir.Path, "obj", "Debug", "net10.0", "PolicyAnalyzers.DataFiles.cache")), first.Output);

        // The unchanged file comes from the cache and must fail the build again.
        Assert.True(second.ExitCode != 0, second.Output);
        Assert.Contains("roster.csv(2,1): error PA1001", second.Output);
    }
}
