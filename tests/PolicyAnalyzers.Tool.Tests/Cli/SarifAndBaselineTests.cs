using System.Linq;
using System.Text.Json;
using PolicyAnalyzers.DataFiles.Tests;

namespace PolicyAnalyzers.Tool.Tests;

public class SarifAndBaselineTests
{
    [Fact]
    public void Sarif_IsValidJsonWithOneResultPerReportedFinding()
    {
        using var dir = new TempDirectory();
        dir.Write("data/roster.csv", Files.Roster);
        dir.Write("data/counts.csv", Files.Counts);
        dir.WriteBytes("data/broken.xlsx", Files.DamagedWorkbook);

        var run = ToolRun.Scan(dir.Path, dir.Combine("data"), "--sarif", dir.Combine("reports/scan.sarif"));

        Assert.Equal(1, run.ExitCode);
        using var sarif = JsonDocument.Parse(File.ReadAllText(dir.Combine("reports/scan.sarif")));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results");
        var rules = results.EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()!).ToArray();
        Assert.Equal(["PA1003", "PA1001"], rules);
        var location = results[1].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("data/roster.csv", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("PROJECTROOT", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal(2, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.False(string.IsNullOrEmpty(results[1].GetProperty("partialFingerprints").EnumerateObject().Single().Value.GetString()));
    }

    [Fact]
    public void Sarif_WhenNothingIsFound_HasNoResults()
    {
        using var dir = new TempDirectory();
        dir.Write("counts.csv", Files.Counts);

        var run = ToolRun.Scan(dir.Path, dir.Path, "--sarif", dir.Combine("scan.sarif"));

        Assert.Equal(0, run.ExitCode);
        using var sarif = JsonDocument.Parse(File.ReadAllText(dir.Combine("scan.sarif")));
        Assert.Equal(0, sarif.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void Sarif_WhenItCannotBeWritten_Exits2()
    {
        using var dir = new TempDirectory();
        dir.Write("counts.csv", Files.Counts);
        dir.Write("taken", "a file where the SARIF log's folder should be");

        var run = ToolRun.Scan(dir.Path, dir.Combine("counts.csv"), "--sarif", Path.Combine(dir.Path, "taken", "scan.sarif"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("could not write the SARIF log", run.Stderr);
    }

    [Fact]
    public void UpdateBaseline_AcceptsTodaysFindingsAndTheNextScanPasses()
    {
        using var dir = new TempDirectory();
        dir.Write("data/directory-of-officials.csv", Files.Roster);

        var update = ToolRun.Scan(dir.Path, dir.Combine("data"), "--update-baseline");
        var next = ToolRun.Scan(dir.Path, dir.Combine("data"));

        Assert.Equal(0, update.ExitCode);
        Assert.Empty(update.Stdout);
        var baseline = File.ReadAllText(dir.Combine("policyanalyzers.baseline.json"));
        Assert.Contains("\"file\": \"data/directory-of-officials.csv\"", baseline);
        Assert.Contains("\"rule\": \"PA1001\"", baseline);
        Assert.Equal(0, next.ExitCode);
        Assert.Empty(next.Stdout);
        Assert.Contains("1 accepted in the baseline", next.Stderr);
    }

    [Fact]
    public void Baseline_AcceptsOnlyWhatItLists_ANewRosterStillFails()
    {
        using var dir = new TempDirectory();
        dir.Write("data/officials.csv", Files.Roster);
        ToolRun.Scan(dir.Path, dir.Combine("data"), "--baseline", dir.Combine("ci/accepted.json"), "--update-baseline");
        dir.Write("data/detainees.csv", Files.Roster);

        var run = ToolRun.Scan(dir.Path, dir.Combine("data"), "--baseline", dir.Combine("ci/accepted.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("detainees.csv", Assert.Single(run.Lines));
    }

    [Fact]
    public void Baseline_KeepsTheReasonsATeamWrote()
    {
        using var dir = new TempDirectory();
        dir.Write("officials.csv", Files.Roster);
        ToolRun.Scan(dir.Path, dir.Path, "--update-baseline");
        var path = dir.Combine("policyanalyzers.baseline.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"reason\": \"\"", "\"reason\": \"published by law\""));

        ToolRun.Scan(dir.Path, dir.Path, "--update-baseline");

        Assert.Contains("\"reason\": \"published by law\"", File.ReadAllText(path));
    }

    [Fact]
    public void Baseline_WhenMalformed_ReportsEverythingAndExits1()
    {
        using var dir = new TempDirectory();
        dir.Write("roster.csv", Files.Roster);
        dir.Write("policyanalyzers.baseline.json", "{ \"accepted\": [ { \"fingerprint\": ");

        var run = ToolRun.Scan(dir.Path, dir.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cannot be read", run.Stderr);
        Assert.Single(run.Lines);
    }

    [Fact]
    public void Baseline_WhenMalformedAndNothingIsFound_Exits2()
    {
        using var dir = new TempDirectory();
        dir.Write("counts.csv", Files.Counts);
        dir.Write("policyanalyzers.baseline.json", "not json");

        var run = ToolRun.Scan(dir.Path, dir.Path);

        Assert.Equal(2, run.ExitCode);
    }
}
