using PolicyAnalyzers.DataFiles.Tests;

namespace PolicyAnalyzers.Tool.Tests;

/// <summary>The exit codes of the contract: 1 when personal data was found, whatever else happened; else 2 when a file
/// could not be scanned or the usage was wrong; else 0.</summary>
public class ExitCodeTests : ScanTest
{
    [Fact]
    public void WhenNothingHoldsPersonalData_Exits0()
    {
        Root.Write("data/counts.csv", Files.Counts);

        var run = Scan(Root.Combine("data"));

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Contains("scanned 1 file", run.Stderr);
    }

    [Fact]
    public void WhenARosterIsFound_Exits1AndNamesIt()
    {
        Root.Write("data/counts.csv", Files.Counts);
        var roster = Root.Write("data/roster.csv", Files.Roster);

        var run = Scan(Root.Combine("data"));

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Lines);
        Assert.StartsWith($"{roster}(2,1): error PA1001: {roster} holds 2 records of personal data", line);
        Assert.EndsWith("Remove it from what is published, or exclude it (--exclude GLOB) or accept it in the baseline if it describes no real person.", line);
        Assert.DoesNotContain("PolicyAnalyzersExcludeDataFile", line);
    }

    [Fact]
    public void WhenAFileCannotBeScanned_Exits2WithAPA1003Warning()
    {
        var damaged = Root.WriteBytes("data/statistics.xlsx", Files.DamagedWorkbook);

        var run = Scan(Root.Combine("data"));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{damaged}: warning PA1003: {damaged} could not be scanned for personal data", Assert.Single(run.Lines));
    }

    [Fact]
    public void WhenPersonalDataIsFoundBesideAnUnscannableFile_1Wins()
    {
        Root.WriteBytes("data/a-statistics.xlsx", Files.DamagedWorkbook);
        Root.Write("data/b-roster.csv", Files.Roster);

        var run = Scan(Root.Combine("data"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, run.Lines.Length);
        Assert.Contains("warning PA1003", run.Lines[0]);
        Assert.Contains("error PA1001", run.Lines[1]);
    }

    [Fact]
    public void WhenAPathDoesNotExist_Exits2()
    {

        var run = Scan(Root.Combine("missing.csv"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no such file or directory", Assert.Single(run.Lines));
    }

    [Theory]
    [InlineData("")]
    [InlineData("scan")]
    [InlineData("scan data --bogus")]
    [InlineData("scan data --parallel 0")]
    [InlineData("scan data --parallel")]
    [InlineData("scan data --exclude")]
    [InlineData("inspect data")]
    public void WhenUsageIsWrong_Exits2AndSaysWhy(string commandLine)
    {
        var run = ToolRun.Of(commandLine.Split(' ', System.StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Contains("policyanalyzers", run.Stderr);
    }

    [Fact]
    public void WhenUsageIsWrongButTheNamedFilesHoldARoster_StillExits2WithoutScanning()
    {
        var roster = Root.Write("roster.csv", Files.Roster);

        var run = ToolRun.Of("scan", roster, "--parallel", "none");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void HelpListsTheOptionsAndExits0(string flag)
    {
        var run = ToolRun.Of(flag);

        Assert.Equal(0, run.ExitCode);
        foreach (var option in new[] { "--exclude", "--sarif", "--baseline", "--update-baseline", "--parallel", "Exit codes" })
        {
            Assert.Contains(option, run.Stdout);
        }
    }

    [Fact]
    public void VersionIsTheAssemblyVersion()
    {
        var run = ToolRun.Of("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Stdout.Trim());
    }

    [Fact]
    public void NothingPrintedOrWrittenHoldsTheDataFound()
    {
        Root.Write("roster.csv", Files.Roster);
        var sarif = Root.Combine("out/findings.sarif");

        var run = Scan(Root.Path, "--sarif", sarif);

        Assert.Equal(1, run.ExitCode);
        var everything = run.Stdout + run.Stderr + File.ReadAllText(sarif);
        foreach (var value in Files.PersonalValues)
        {
            Assert.DoesNotContain(value, everything);
        }
    }
}
