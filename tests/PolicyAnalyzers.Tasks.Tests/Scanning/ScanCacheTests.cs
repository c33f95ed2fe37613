using System.Linq;
using PolicyAnalyzers.DataFiles.Caching;
using PolicyAnalyzers.DataFiles.Scanning;

namespace PolicyAnalyzers.DataFiles.Tests;

public class ScanCacheTests
{
    private static readonly DataFileFinding PersonalData =
        DataFileFinding.PersonalData(2, 1, 3, ["Full\tName", "DOB"], "columns");

    private static readonly DataFileFinding Unscannable =
        DataFileFinding.NotScanned("malformed JSON: expected ',' or '}'\nsecond line \\ backslash", 4, 7);

    /// <summary>What scanner version v1 writes after finding <see cref="PersonalData"/> in /a.csv.</summary>
    private static string CacheFileWithOneFinding()
    {
        var writer = new StringWriter();
        var cache = ScanCache.Empty("v1");
        cache.Set("/a.csv", 10, 20, [PersonalData]);
        cache.Write(writer);
        return writer.ToString();
    }

    [Fact]
    public void WhenSavedAndLoaded_FindingsRoundTrip()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("obj/cache");
        var cache = ScanCache.Load(path, "v1");
        cache.Set("/a.csv", 10, 20, [PersonalData, Unscannable]);
        cache.Save(path);

        var loaded = ScanCache.Load(path, "v1");

        Assert.True(loaded.TryGet("/a.csv", 10, 20, out var findings));
        Assert.Equal(2, findings.Count);
        Assert.Equal(PersonalData.FormatMessage("a.csv"), findings[0].FormatMessage("a.csv"));
        Assert.Equal(Unscannable.FormatMessage("a.csv"), findings[1].FormatMessage("a.csv"));
        Assert.Equal((4, 7), (findings[1].Line, findings[1].Column));
        Assert.False(loaded.Changed);
    }

    [Fact]
    public void WhenFindingsHaveSheetsAndTypes_TheyRoundTrip()
    {
        var inSheet = DataFileFinding.PersonalData(1, 1, 3, ["Full Name"], "columns", new TablePosition("sheet", "Roster\tTab", "very hidden", "B2"), "DetentionRecord");
        var shape = DataFileFinding.ProtectedShape(1, 1, 2, ["CaseNumber", "Court"], "fields", "CaseReference", new TablePosition("pivot cache of sheet", "Docket", string.Empty, "record 1"));
        using var dir = new TempDirectory();
        var path = dir.Combine("obj/cache");
        var cache = ScanCache.Load(path, "v1");
        cache.Set("/a.xlsx", 10, 20, [inSheet, shape]);
        cache.Save(path);

        Assert.True(ScanCache.Load(path, "v1").TryGet("/a.xlsx", 10, 20, out var findings));

        Assert.Equal([inSheet.FormatMessage("a.xlsx"), shape.FormatMessage("a.xlsx")], findings.Select(f => f.FormatMessage("a.xlsx")));
        Assert.Equal("Roster\tTab!B2", findings[0].Position.LogicalName);
    }

    [Fact]
    public void WhenStampDiffers_MissesTheEntry()
    {
        var cache = ScanCache.Empty("v1");
        cache.Set("/a.csv", 10, 20, []);

        Assert.False(cache.TryGet("/a.csv", 11, 20, out _));
        Assert.False(cache.TryGet("/a.csv", 10, 21, out _));
        Assert.True(cache.TryGet("/a.csv", 10, 20, out _));
    }

    [Fact]
    public void WhenSameResultIsSetAgain_CacheIsNotChanged()
    {
        var loaded = ScanCache.Parse(new StringReader(CacheFileWithOneFinding()), "v1");
        loaded.Set("/a.csv", 10, 20, [DataFileFinding.PersonalData(2, 1, 3, ["Full\tName", "DOB"], "columns")]);

        Assert.False(loaded.Changed);
    }

    [Fact]
    public void WhenScannerVersionDiffers_CacheStartsEmpty()
    {
        var loaded = ScanCache.Parse(new StringReader(CacheFileWithOneFinding()), "v2");

        Assert.Equal(0, loaded.Count);
        Assert.True(loaded.Changed);
    }

    [Fact]
    public void WhenCacheFileIsTornOrGarbage_KeepsWhatParsesAndNeverThrows()
    {
        var writer = new StringWriter();
        var cache = ScanCache.Empty("v1");
        cache.Set("/a.csv", 1, 1, [PersonalData, Unscannable]);
        cache.Set("/b.csv", 2, 2, [PersonalData]);
        cache.Write(writer);
        var text = writer.ToString();
        var torn = text.Substring(0, text.IndexOf("\nD\t", text.IndexOf("F\t/a.csv", System.StringComparison.Ordinal), System.StringComparison.Ordinal) + 1)
            + text.Substring(text.IndexOf("F\t/b.csv", System.StringComparison.Ordinal));

        var loaded = ScanCache.Parse(new StringReader(torn), "v1");

        Assert.False(loaded.TryGet("/a.csv", 1, 1, out _));
        Assert.True(loaded.TryGet("/b.csv", 2, 2, out _));
        Assert.Equal(0, ScanCache.Parse(new StringReader("garbage\n\u0000\u0001"), "v1").Count);
    }

    [Fact]
    public void WhenCacheFileIsMissing_LoadsEmptyAndUnchanged()
    {
        using var dir = new TempDirectory();

        var cache = ScanCache.Load(dir.Combine("none"), "v1");

        Assert.Equal(0, cache.Count);
        Assert.False(cache.Changed);
    }
}
