using System;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using PolicyAnalyzers.DataFiles.Baseline;
using PolicyAnalyzers.DataFiles.Scanning;

namespace PolicyAnalyzers.DataFiles.Tests;

public class BaselineAndSarifTests : IDisposable
{
    private const string Roster = "Full Name,Date of Birth,Nationality\nMaria Lopez,1985-03-14,EL SALVADOR\nAna Pérez,1979-07-01,HONDURAS\n";

    private readonly TempDirectory _project = new();

    public void Dispose() => _project.Dispose();

    private string BaselinePath => _project.Combine("policyanalyzers.baseline.json");

    private string SarifPath => _project.Combine("obj/PolicyAnalyzers.DataFiles.sarif");

    private (FakeBuildEngine Engine, bool Result) Run(bool update = false, string[]? patterns = null, params string[] files)
    {
        var engine = new FakeBuildEngine();
        var task = new ScanDataFiles
        {
            BuildEngine = engine,
            Files = files.Select(f => (ITaskItem)new TaskItem(f)).ToArray(),
            ProjectDirectory = _project.Path,
            BaselineFile = BaselinePath,
            UpdateBaseline = update,
            SarifFile = SarifPath,
            ExcludePatterns = patterns ?? [],
        };
        return (engine, task.Execute());
    }

    [Fact]
    public void WhenBaselineIsUpdated_FindingsAreAcceptedAndTheBuildPasses()
    {
        _project.Write("wwwroot/fixtures/invented.csv", Roster);

        var update = Run(update: true, files: "wwwroot/fixtures/invented.csv");
        var next = Run(files: "wwwroot/fixtures/invented.csv");

        Assert.True(update.Result);
        Assert.Empty(update.Engine.Errors);
        Assert.True(next.Result);
        Assert.Empty(next.Engine.Errors);
        var baseline = File.ReadAllText(BaselinePath);
        Assert.Contains("\"rule\": \"PA1001\", \"file\": \"wwwroot/fixtures/invented.csv\"", baseline);
        Assert.DoesNotContain("Maria", baseline);
        Assert.DoesNotContain("Full Name", baseline);
    }

    [Fact]
    public void WhenANewFindingAppears_ItIsReportedWhileAcceptedOnesStaySilent()
    {
        _project.Write("accepted.csv", Roster);
        Run(update: true, files: "accepted.csv");
        _project.Write("new.csv", Roster);

        var (engine, result) = Run(files: ["accepted.csv", "new.csv"]);

        Assert.False(result);
        Assert.Equal("new.csv", Assert.Single(engine.Errors).File);
    }

    [Fact]
    public void WhenRowsAreAddedWithinTheSameMagnitude_TheFingerprintHolds()
    {
        var path = _project.Write("people.csv", Roster);
        Run(update: true, files: "people.csv");
        File.AppendAllText(path, "José Álvarez,1990-02-11,GUATEMALA\n");

        Assert.Empty(Run(files: "people.csv").Engine.Errors);
    }

    [Fact]
    public void WhenTheFileLeaksMoreColumns_TheFingerprintChanges()
    {
        var path = _project.Write("people.csv", Roster);
        Run(update: true, files: "people.csv");
        File.WriteAllText(path, "Full Name,Date of Birth,Nationality,A-Number\nMaria Lopez,1985-03-14,EL SALVADOR,A012345678\n");

        Assert.Single(Run(files: "people.csv").Engine.Errors);
    }

    [Fact]
    public void WhenBaselineIsRegenerated_ReasonsWrittenByTheTeamAreKept()
    {
        _project.Write("fixture.csv", Roster);
        Run(update: true, files: "fixture.csv");
        File.WriteAllText(BaselinePath, File.ReadAllText(BaselinePath).Replace("\"reason\": \"\"", "\"reason\": \"invented people for tests\""));

        Run(update: true, files: "fixture.csv");

        Assert.Contains("\"reason\": \"invented people for tests\"", File.ReadAllText(BaselinePath));
    }

    [Fact]
    public void WhenBaselineIsMalformed_WarnsAndReportsEverything()
    {
        _project.Write("people.csv", Roster);
        File.WriteAllText(BaselinePath, "{ not json");

        var (engine, result) = Run(files: "people.csv");

        Assert.False(result);
        Assert.Contains(engine.Warnings, w => w.Message!.Contains("baseline", StringComparison.Ordinal));
    }

    [Fact]
    public void WhenFindingsAreReported_SarifListsThemWithRelativeUrisAndFingerprints()
    {
        _project.Write("wwwroot/data/roster.csv", Roster);
        new WorkbookBuilder().Sheet("Counts", [["Facility", "Count"], ["Otay Mesa", 4]])
            .Sheet("Roster", [["Full Name", "DOB"], ["Maria Lopez", WorkbookBuilder.Date(1985, 3, 14)]], state: "veryHidden")
            .Save(_project, "wwwroot/data/statistics.xlsx");

        Run(files: ["wwwroot/data/roster.csv", "wwwroot/data/statistics.xlsx"]);

        var sarif = File.ReadAllText(SarifPath);
        Assert.Contains("\"version\": \"2.1.0\"", sarif);
        Assert.Contains("\"uri\": \"wwwroot/data/roster.csv\", \"uriBaseId\": \"PROJECTROOT\"", sarif);
        Assert.Contains("\"region\": { \"startLine\": 2, \"startColumn\": 1 }", sarif);
        Assert.Contains("\"fullyQualifiedName\": \"Roster!A2\"", sarif);
        Assert.Contains("\"policyAnalyzersDataFile/v1\":", sarif);
        Assert.Equal(2, sarif.Split("\"ruleId\": \"PA1001\"").Length - 1);
        Assert.DoesNotContain("Maria", sarif);
        using var json = System.Text.Json.JsonDocument.Parse(sarif);
        Assert.Equal(2, json.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void WhenSarifContentIsUnchanged_TheFileIsNotRewritten()
    {
        _project.Write("roster.csv", Roster);
        Run(files: "roster.csv");
        var written = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(SarifPath, written);

        Run(files: "roster.csv");

        Assert.Equal(written, File.GetLastWriteTimeUtc(SarifPath));
    }

    [Fact]
    public void WhenFindingIsAccepted_SarifLeavesItOut()
    {
        _project.Write("roster.csv", Roster);
        Run(update: true, files: "roster.csv");

        Run(files: "roster.csv");

        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(SarifPath));
        Assert.Equal(0, json.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }

    [Theory]
    [InlineData("**/fixtures/**", "tests/fixtures/people.csv", true)]
    [InlineData("*.sample.csv", "wwwroot/data/people.sample.csv", true)]
    [InlineData("wwwroot/data/*.csv", "wwwroot/data/people.csv", true)]
    [InlineData("wwwroot/data/*.csv", "wwwroot/data/deeper/people.csv", false)]
    [InlineData("wwwroot/**/*.csv", "wwwroot/people.csv", true)]
    [InlineData("docs/?.csv", "docs/a.csv", true)]
    [InlineData("**/fixtures/**", "wwwroot/data/people.csv", false)]
    public void ExcludePatternsMatchProjectRelativePaths(string pattern, string path, bool matches)
    {
        Assert.Equal(matches, new PathPatterns([pattern]).Matches(path));
    }

    [Theory]
    [InlineData("/src/app/wwwroot/data/x.csv", "/src/app", "wwwroot/data/x.csv")]
    [InlineData("/src/model/seed/x.csv", "/src/app", "../model/seed/x.csv")]
    [InlineData("/src/app/x.csv", "/src/app/", "x.csv")]
    public void FingerprintPathsAreRelativeToTheProjectEvenOutsideIt(string file, string project, string expected)
    {
        Assert.Equal(expected, FindingFingerprint.NormalizePath(file, project));
    }

    [Fact]
    public void WhenPathMatchesAnExcludePattern_TheFileIsNotScanned()
    {
        _project.Write("TestData/fixtures/people.csv", Roster);

        var (engine, result) = Run(patterns: ["**/fixtures/**"], files: "TestData/fixtures/people.csv");

        Assert.True(result);
        Assert.Empty(engine.Errors);
    }
}
