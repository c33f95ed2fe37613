using System.Linq;
using PolicyAnalyzers.DataFiles.Scanning;
using PolicyAnalyzers.DataFiles.Tests;
using PolicyAnalyzers.Tool.Cli;

namespace PolicyAnalyzers.Tool.Tests;

public class FileSelectionTests : ScanTest
{
    [Fact]
    public void Exclude_MatchesPathsRelativeToTheRoot()
    {
        Root.Write("site/data/roster.csv", Files.Roster);
        Root.Write("site/tests/fixtures/people.csv", Files.Roster);
        Root.Write("site/data/people.example.csv", Files.Roster);

        var run = Scan(Root.Combine("site"), "--exclude", "**/fixtures/**", "--exclude", "*.example.csv");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("roster.csv", Assert.Single(run.Lines));
        Assert.Contains("2 excluded", run.Stderr);
    }

    [Fact]
    public void Exclude_AppliesToFilesNamedOneByOne()
    {
        var fixture = Root.Write("fixtures/people.csv", Files.Roster);

        var run = Scan(fixture, "--exclude", "fixtures/**");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void Directories_AreScannedRecursively_HiddenFilesIncluded_GitSkipped()
    {
        Root.Write("a/b/c/deep.csv", Files.Roster);
        Root.Write("a/.backup/.roster.csv", Files.Roster);
        Root.Write(".git/objects/pack.csv", Files.Roster);

        var run = Scan(Root.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, run.Lines.Length);
        Assert.DoesNotContain(run.Lines, l => l.Contains(".git", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Extensions_OnlyScannedOnesAreRead_NamedFilesOfOtherExtensionsAreCounted()
    {
        Root.Write("notes.md", Files.Roster);
        var named = Root.Write("readme.md", Files.Roster);

        var run = Scan(Root.Path, named);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 named files skipped for their extension", run.Stderr);
    }

    [Fact]
    public void IncludeExt_AddsAnExtension_AnImageIsReportedAsNotRead()
    {
        Root.WriteBytes("scans/form.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10]);
        Root.Write("notes.md", Files.Roster);

        var run = Scan(Root.Path, "--include-ext", "png", "--include-ext", ".md");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.Lines, l => l.Contains("notes.md(2,1): error PA1001", System.StringComparison.Ordinal));
        Assert.Contains(run.Lines, l => l.Contains("form.png: warning PA1003", System.StringComparison.Ordinal) && l.Contains("format not read: an image", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Ext_ReplacesTheDefaults()
    {
        Root.Write("roster.csv", Files.Roster);
        Root.Write("roster.json", "[{\"fullName\":\"Maria Lopez\",\"dateOfBirth\":\"1985-03-14\",\"nationality\":\"EL SALVADOR\"},{\"fullName\":\"Ana Pérez\",\"dateOfBirth\":\"1979-07-01\",\"nationality\":\"HONDURAS\"}]");

        var run = Scan(Root.Path, "--ext", ".json");

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
        var roster = Root.Write("roster.csv", Files.Roster);

        var run = Scan(roster, Root.Path);

        Assert.Single(run.Lines);
    }
}
