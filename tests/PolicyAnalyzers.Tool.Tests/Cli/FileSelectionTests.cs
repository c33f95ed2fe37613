using System.Linq;
using PolicyAnalyzers.DataFiles.Scanning;
using PolicyAnalyzers.DataFiles.Tests;
using PolicyAnalyzers.Tool.Cli;

namespace PolicyAnalyzers.Tool.Tests;

public class FileSelectionTests
{
    [Fact]
    public void Exclude_MatchesPathsRelativeToTheRoot()
    {
        using var dir = new TempDirectory();
        dir.Write("site/data/roster.csv", Files.Roster);
        dir.Write("site/tests/fixtures/people.csv", Files.Roster);
        dir.Write("site/data/people.example.csv", Files.Roster);

        var run = ToolRun.Scan(dir.Path, dir.Combine("site"), "--exclude", "**/fixtures/**", "--exclude", "*.example.csv");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("roster.csv", Assert.Single(run.Lines));
        Assert.Contains("2 excluded", run.Stderr);
    }

    [Fact]
    public void Exclude_AppliesToFilesNamedOneByOne()
    {
        using var dir = new TempDirectory();
        var fixture = dir.Write("fixtures/people.csv", Files.Roster);

        var run = ToolRun.Scan(dir.Path, fixture, "--exclude", "fixtures/**");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void Directories_AreScannedRecursively_HiddenFilesIncluded_GitSkipped()
    {
        using var dir = new TempDirectory();
        dir.Write("a/b/c/deep.csv", Files.Roster);
        dir.Write("a/.backup/.roster.csv", Files.Roster);
        dir.Write(".git/objects/pack.csv", Files.Roster);

        var run = ToolRun.Scan(dir.Path, dir.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, run.Lines.Length);
        Assert.DoesNotContain(run.Lines, l => l.Contains(".git", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Extensions_OnlyScannedOnesAreRead_NamedFilesOfOtherExtensionsAreCounted()
    {
        using var dir = new TempDirectory();
        dir.Write("notes.md", Files.Roster);
        var named = dir.Write("readme.md", Files.Roster);

        var run = ToolRun.Scan(dir.Path, dir.Path, named);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 named files skipped for their extension", run.Stderr);
    }

    [Fact]
    public void IncludeExt_AddsAnExtension_AnImageIsReportedAsNotRead()
    {
        using var dir = new TempDirectory();
        dir.WriteBytes("scans/form.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10]);
        dir.Write("notes.md", Files.Roster);

        var run = ToolRun.Scan(dir.Path, dir.Path, "--include-ext", "png", "--include-ext", ".md");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.Lines, l => l.Contains("notes.md(2,1): error PA1001", System.StringComparison.Ordinal));
        Assert.Contains(run.Lines, l => l.Contains("form.png: warning PA1003", System.StringComparison.Ordinal) && l.Contains("format not read: an image", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Ext_ReplacesTheDefaults()
    {
        using var dir = new TempDirectory();
        dir.Write("roster.csv", Files.Roster);
        dir.Write("roster.json", "[{\"fullName\":\"Maria Lopez\",\"dateOfBirth\":\"1985-03-14\",\"nationality\":\"EL SALVADOR\"},{\"fullName\":\"Ana Pérez\",\"dateOfBirth\":\"1979-07-01\",\"nationality\":\"HONDURAS\"}]");

        var run = ToolRun.Scan(dir.Path, dir.Path, "--ext", ".json");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Lines);
        Assert.Contains("roster.json", line);
        Assert.DoesNotContain("roster.csv", line);
    }

    [Fact]
    public void DefaultExtensions_AreTheTasksAndPdf()
    {
        Assert.Equal(
            DataFileFormats.TaskDefaultExtensions.Split(';').Append(".pdf"),
            ScanOptions.DefaultExtensions);
    }

    [Fact]
    public void TheSameFileNamedTwice_IsScannedOnce()
    {
        using var dir = new TempDirectory();
        var roster = dir.Write("roster.csv", Files.Roster);

        var run = ToolRun.Scan(dir.Path, roster, dir.Path);

        Assert.Single(run.Lines);
    }
}
