using System;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace PolicyAnalyzers.DataFiles.Tests;

public class ScanDataFilesTaskTests : IDisposable
{
    private const string Roster = "Full Name,Date of Birth,Nationality\nMaria Lopez,1985-03-14,EL SALVADOR\nAna Pérez,1979-07-01,HONDURAS\n";
    private const string Products = "Name,Price\nWidget,9.99\n";

    private readonly TempDirectory _project = new();

    public void Dispose() => _project.Dispose();

    private (ScanDataFiles Task, FakeBuildEngine Engine, bool Result) Run(params string[] files)
    {
        var engine = new FakeBuildEngine();
        var task = new ScanDataFiles
        {
            BuildEngine = engine,
            Files = files.Select(f => (ITaskItem)new TaskItem(f)).ToArray(),
            CacheFile = _project.Combine("obj/PolicyAnalyzers.DataFiles.cache"),
            ProjectDirectory = _project.Path,
        };
        var result = task.Execute();
        return (task, engine, result);
    }

    [Fact]
    public void WhenRosterIsShipped_LogsPA1001ErrorAtFileLineAndFails()
    {
        _project.Write("wwwroot/data/roster.csv", Roster);

        var (_, engine, result) = Run("wwwroot/data/roster.csv");

        Assert.False(result);
        var error = Assert.Single(engine.Errors);
        Assert.Equal(("PA1001", "wwwroot/data/roster.csv", 2, 1), (error.Code, error.File, error.LineNumber, error.ColumnNumber));
        Assert.Equal("https://github.com/PolicyAnalyzers/PolicyAnalyzers/blob/main/docs/rules/PA1001.md", error.HelpLink);
        Assert.StartsWith("wwwroot/data/roster.csv holds 2 records of personal data (columns Full Name, Date of Birth, Nationality): first at line 2.", error.Message);
        Assert.Empty(engine.Warnings);
    }

    [Fact]
    public void WhenSeverityIsWarning_LogsPA1001AsAWarningAndSucceeds()
    {
        _project.Write("wwwroot/data/roster.csv", Roster);
        var engine = new FakeBuildEngine();
        var task = new ScanDataFiles
        {
            BuildEngine = engine,
            Files = [new TaskItem("wwwroot/data/roster.csv")],
            ProjectDirectory = _project.Path,
            FindingSeverity = "warning",
        };

        Assert.True(task.Execute());
        Assert.Empty(engine.Errors);
        Assert.Equal("PA1001", Assert.Single(engine.Warnings).Code);
    }

    /// <summary>Files that hold no personal data, clean or zero bytes long: the task succeeds and logs nothing.</summary>
    [Theory]
    [InlineData(Products, new[] { "products.csv" })]
    [InlineData("", new[] { "empty.csv", "empty.json" })]
    public void WhenFilesAreCleanOrEmpty_LogsNothingAndSucceeds(string content, string[] files)
    {
        foreach (var file in files)
        {
            _project.Write(file, content);
        }

        var (_, engine, result) = Run(files);

        Assert.True(result);
        Assert.Empty(engine.Errors);
        Assert.Empty(engine.Warnings);
    }

    [Fact]
    public void WhenItemSpecIsAbsolute_ReportsItAsGiven()
    {
        var path = _project.Write("roster.csv", Roster);

        var (_, engine, _) = Run(path);

        Assert.Equal(path, Assert.Single(engine.Errors).File);
    }

    [Fact]
    public void WhenRunTwiceOnUnchangedFiles_SecondRunReadsNothingButReportsAgain()
    {
        _project.Write("roster.csv", Roster);
        _project.Write("products.csv", Products);
        var first = Run("roster.csv", "products.csv");

        var second = Run("roster.csv", "products.csv");

        Assert.Equal(2, first.Task.FilesRead);
        Assert.Equal(0, second.Task.FilesRead);
        Assert.False(second.Result);
        var error = Assert.Single(second.Engine.Errors);
        Assert.Equal(first.Engine.Errors[0].Message, error.Message);
        Assert.Equal(("roster.csv", 2), (error.File, error.LineNumber));
    }

    [Fact]
    public void WhenFileChangesBetweenRuns_RescansIt()
    {
        var path = _project.Write("data.csv", Products);
        Assert.True(Run("data.csv").Result);

        File.WriteAllText(path, Roster);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
        var second = Run("data.csv");

        Assert.Equal(1, second.Task.FilesRead);
        Assert.Equal("PA1001", Assert.Single(second.Engine.Errors).Code);
    }

    [Fact]
    public void WhenCacheIsUnchanged_ItIsNotRewritten()
    {
        _project.Write("roster.csv", Roster);
        Run("roster.csv");
        var cache = _project.Combine("obj/PolicyAnalyzers.DataFiles.cache");
        var written = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(cache, written);

        Run("roster.csv");

        Assert.Equal(written, File.GetLastWriteTimeUtc(cache));
    }

    [Fact]
    public void WhenCacheFileIsWritten_ItHoldsNoPersonalData()
    {
        _project.Write("roster.csv", Roster);

        Run("roster.csv");

        var cache = File.ReadAllText(_project.Combine("obj/PolicyAnalyzers.DataFiles.cache"));
        Assert.DoesNotContain("Maria", cache);
        Assert.DoesNotContain("1985", cache);
        Assert.DoesNotContain("SALVADOR", cache);
    }

    [Fact]
    public void WhenBadInputsAreShipped_LogsPA1003WarningsAndDoesNotThrow()
    {
        var junk = new byte[8192];
        new Random(1).NextBytes(junk);
        _project.WriteBytes("junk.csv", junk);
        _project.Write("blank.json", " \n");
        _project.Write("deleted.csv", Roster);
        File.Delete(_project.Combine("deleted.csv"));

        var (_, engine, result) = Run("junk.csv", "blank.json", "deleted.csv", "bad\0path.csv");

        Assert.True(result);
        Assert.Empty(engine.Errors);
        Assert.Equal(["junk.csv", "blank.json", "deleted.csv", "bad\0path.csv"], engine.Warnings.Select(w => w.File));
        Assert.All(engine.Warnings, w => Assert.Equal("PA1003", w.Code));
        Assert.All(engine.Warnings, w => Assert.Contains("could not be scanned", w.Message));
    }

    [Fact]
    public void WhenFileIsDeletedAfterACachedRun_ReportsPA1003InsteadOfTheStaleResult()
    {
        var path = _project.Write("roster.csv", Roster);
        Run("roster.csv");
        File.Delete(path);

        var (_, engine, result) = Run("roster.csv");

        Assert.True(result);
        Assert.Equal("PA1003", Assert.Single(engine.Warnings).Code);
    }

    [Fact]
    public void WhenSameFileArrivesThroughTwoItems_ReportsItOnce()
    {
        _project.Write("roster.csv", Roster);

        var (_, engine, _) = Run("roster.csv", "./roster.csv");

        Assert.Single(engine.Errors);
    }

    [Fact]
    public void WhenItemHasUnscannedExtension_IgnoresIt()
    {
        _project.Write("roster.md", Roster);

        var (task, engine, result) = Run("roster.md", "notes.unknown");

        Assert.True(result);
        Assert.Empty(engine.Warnings);
        Assert.Equal(0, task.FilesRead);
    }

    [Fact]
    public void WhenItemIsAnImage_WarnsThatItsFormatIsNotRead()
    {
        // The targets pass an image only when the project added its extension to PolicyAnalyzersDataFileExtensions.
        _project.WriteBytes("scans/intake-form.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0, 0, 13]);

        var (_, engine, result) = Run("scans/intake-form.png");

        Assert.True(result);
        var warning = Assert.Single(engine.Warnings);
        Assert.Equal("PA1003", warning.Code);
        Assert.Contains("format not read: an image", warning.Message);
    }

    [Fact]
    public void WhenColumnNameHasBraces_MessageIsLoggedVerbatim()
    {
        _project.Write("roster.csv", "{Full Name},DOB\nMaria Lopez,1985-03-14\n");

        var (_, engine, _) = Run("roster.csv");

        Assert.Contains("(columns {Full Name}, DOB)", Assert.Single(engine.Errors).Message);
    }
}
