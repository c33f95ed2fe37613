namespace PolicyAnalyzers.DataFiles.Tests;

/// <summary>
/// A referenced model project, a baseline and dotnet publish, with the real CLI: PA1002 from a project reference's
/// [ProtectedData] type, accepting findings into the baseline, and the publish scan that sees what only publishing
/// ships without repeating what the build scan reported. Its own class so it runs beside the other build test.
/// </summary>
public class EndToEndPublishTests
{
    private const string Roster = "FullName,DateOfBirth,Nationality\nMaria Lopez,1985-03-14,EL SALVADOR\nAna Pérez,1979-07-01,HONDURAS\n";

    [Fact]
    public void WhenAppShipsProtectedShapesAndPublishesAReferencedProjectsData_BuildBaselineAndPublishScansReportEachFileOnce()
    {
        using var dir = new TempDirectory();
        var targets = DotnetCli.DataFileTargets;
        var taskAssembly = DotnetCli.TaskAssembly;
        DotnetCli.IsolateFromRepository(dir);

        // A model library: the marker (matched by full name) and a protected type, plus seed data it copies to output.
        dir.Write("Model/Model.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup><None Update="seed/people.csv" CopyToOutputDirectory="PreserveNewest" /></ItemGroup>
            </Project>
            """);
        dir.Write("Model/Model.cs", """
            namespace PolicyAnalyzers { [System.AttributeUsage(System.AttributeTargets.All)] public sealed class ProtectedDataAttribute : System.Attribute { } }
            namespace Model { [PolicyAnalyzers.ProtectedData] public sealed record CaseReference(string CaseNumber, string Court, string Judge, string HearingStage); }
            """);
        dir.Write("Model/seed/people.csv", Roster);

        dir.Write("App/App.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Exe</OutputType>
                <PolicyAnalyzersTasksAssembly>{taskAssembly}</PolicyAnalyzersTasksAssembly>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../Model/Model.csproj" />
                <None Update="hearings.csv;broken.xlsx" CopyToOutputDirectory="PreserveNewest" />
              </ItemGroup>
              <Import Project="{targets}" />
            </Project>
            """);
        dir.Write("App/Program.cs", "System.Console.WriteLine(typeof(Model.CaseReference));");
        dir.Write("App/hearings.csv", "CaseNumber,Court,Judge,HearingStage\nC-1,Room 4,J-9,S2\n");
        dir.WriteBytes("App/broken.xlsx", [(byte)'P', (byte)'K', 3, 4, 0, 0, 0]);
        var app = Path.Combine(dir.Path, "App");

        var build = DotnetCli.Run(app);
        var update = DotnetCli.Run(app, "--no-restore", "-p:PolicyAnalyzersUpdateBaseline=true");
        dir.Write("App/notes.json", "{ not json");
        File.WriteAllText(Path.Combine(app, "App.csproj"), File.ReadAllText(Path.Combine(app, "App.csproj")).Replace("hearings.csv;broken.xlsx", "hearings.csv;broken.xlsx;notes.json"));
        var publish = DotnetCli.Run(app, "publish", "--no-restore", "-c", "Debug", "-o", Path.Combine(dir.Path, "out"));

        Assert.True(build.ExitCode != 0, build.Output);
        Assert.Contains("hearings.csv(2,1): error PA1002: hearings.csv holds 1 record shaped like CaseReference", build.Output);
        Assert.True(File.Exists(Path.Combine(app, "obj", "Debug", "net10.0", "PolicyAnalyzers.DataFiles.sarif")), build.Output);

        Assert.True(update.ExitCode == 0, update.Output);
        var baseline = File.ReadAllText(Path.Combine(app, "policyanalyzers.baseline.json"));
        Assert.Contains("\"file\": \"hearings.csv\"", baseline);
        Assert.Contains("\"file\": \"broken.xlsx\"", baseline);

        // The model's seed data reaches the publish folder only: found by the publish scan, named by its full path.
        Assert.True(publish.ExitCode != 0, publish.Output);
        Assert.Single(DotnetCli.Lines(publish.Output, "error PA1001"));
        Assert.Contains(Path.Combine("Model", "seed", "people.csv") + "(2,1): error PA1001", publish.Output);
        Assert.Empty(DotnetCli.Lines(publish.Output, "hearings.csv"));

        // A warning from the build scan (the build goes on) is not repeated by the publish scan.
        Assert.Single(DotnetCli.Lines(publish.Output, "warning PA1003"));
        Assert.Contains("notes.json(1,3): warning PA1003", publish.Output);
        Assert.Empty(DotnetCli.Lines(publish.Output, "broken.xlsx"));
    }
}
