using System.Linq;
using System.Text.Json;
using PolicyAnalyzers.DataFiles.Tests;

namespace PolicyAnalyzers.Tool.Tests;

public class SarifAndBaselineTests : ScanTest
{
    [Fact]
    public void Sarif_IsValidJsonWithOneResultPerReportedFinding()
    {
        Root.Write("data/roster.csv", Files.Roster);
        Root.Write("data/counts.csv", Files.Counts);
        Root.WriteBytes("data/broken.xlsx", Files.DamagedWorkbook);

        var run = Scan(Root.Combine("data"), "--sarif", Root.Combine("reports/scan.sarif"));

        Assert.Equal(1, run.ExitCode);
        using var sarif = JsonDocument.Parse(File.ReadAllText(Root.Combine("reports/scan.sarif")));
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
        Root.Write("counts.csv", Files.Counts);

        var run = Scan(Root.Path, "--sarif", Root.Combine("scan.sarif"));

        Assert.Equal(0, run.ExitCode);
        using var sarif = JsonDocument.Parse(File.ReadAllText(Root.Combine("scan.sarif")));
        Assert.Equal(0, sarif.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void Sarif_WhenItCannotBeWritten_Exits2()
    {
        Root.Write("counts.csv", Files.Counts);
        Root.Write("taken", "a file where the SARIF log's folder should be");

        var run = Scan(Root.Combine("counts.csv"), "--sarif", Path.Combine(Root.Path, "taken", "scan.sarif"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("could not write the SARIF log", run.Stderr);
    }

    [Fact]
    public void UpdateBaseline_AcceptsTodaysFindingsAndTheNextScanPasses()
    {
        Root.Write("data/directory-of-officials.csv", Files.Roster);

        var update = Scan(Root.Combine("data"), "--update-baseline");
        var next = Scan(Root.Combine("data"));

        Assert.Equal(0, update.ExitCode);
        Assert.Empty(update.Stdout);
        var baseline = File.ReadAllText(Root.Combine("policyanalyzers.baseline.json"));
        Assert.Contains("\"file\": \"data/directory-of-officials.csv\"", baseline);
        Assert.Contains("\"rule\": \"PA1001\"", baseline);
        Assert.Equal(0, next.ExitCode);
        Assert.Empty(next.Stdout);
        Assert.Contains("1 accepted in the baseline", next.Stderr);
    }

    [Fact]
    public void Baseline_AcceptsOnlyWhatItLists_ANewRosterStillFails()
    {
        Root.Write("data/officials.csv", Files.Roster);
        Scan(Root.Combine("data"), "--baseline", Root.Combine("ci/accepted.json"), "--update-baseline");
        Root.Write("data/detainees.csv", Files.Roster);

        var run = Scan(Root.Combine("data"), "--baseline", Root.Combine("ci/accepted.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("detainees.csv", Assert.Single(run.Lines));
    }

    [Fact]
    public void Baseline_KeepsTheReasonsATeamWrote()
    {
        Root.Write("officials.csv", Files.Roster);
        Scan(Root.Path, "--update-baseline");
        var path = Root.Combine("policyanalyzers.baseline.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"reason\": \"\"", "\"reason\": \"published by law\""));

        Scan(Root.Path, "--update-baseline");

        Assert.Contains("\"reason\": \"published by law\"", File.ReadAllText(path));
    }

    /// <summary>A baseline that cannot be read accepts nothing: what is found is reported (1), else the baseline is the failure (2).</summary>
    [Theory]
    [InlineData(Files.Roster, "{ \"accepted\": [ { \"fingerprint\": ", 1, 1)]
    [InlineData(Files.Counts, "not json", 2, 0)]
    public void Baseline_WhenMalformed_ReportsEverything(string data, string baseline, int exitCode, int reported)
    {
        Root.Write("data.csv", data);
        Root.Write("policyanalyzers.baseline.json", baseline);

        var run = Scan(Root.Path);

        Assert.Equal(exitCode, run.ExitCode);
        Assert.Contains("cannot be read", run.Stderr);
        Assert.Equal(reported, run.Lines.Length);
    }
}
