using System;
using System.Linq;
using System.Text;
using PolicyAnalyzers.DataFiles.Scanning;

namespace PolicyAnalyzers.DataFiles.Tests;

public class DataFileScannerTests
{
    private const string Roster = """
        FullName,DateOfBirth,Nationality
        Maria Lopez,1985-03-14,EL SALVADOR
        José Álvarez,1990-02-11,GUATEMALA
        Ana Pérez,1979-07-01,HONDURAS
        """;

    private readonly DataFileScanner _scanner = new();

    [Fact]
    public void WhenRosterCsvHasNamesAndBirthDates_ReportsPA1001AtFirstRecordLine()
    {
        var result = ScannedFile.Text("wwwroot/data/roster.csv", Roster);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("PA1001", finding.Code);
        Assert.Equal((2, 1, 3), (finding.Line, finding.Column, finding.RecordCount));
        Assert.Equal(
            "wwwroot/data/roster.csv holds 3 records of personal data (columns FullName, DateOfBirth, Nationality): first at line 2. "
            + "Remove it from what the project ships, or list it in PolicyAnalyzersExcludeDataFile if it describes no real person.",
            finding.FormatMessage("wwwroot/data/roster.csv"));
        Assert.True(result.IsCacheable);
    }

    [Fact]
    public void WhenReportingPersonalData_MessageNeverQuotesTheData()
    {
        var message = ScannedFile.Text("roster.csv", Roster).Findings.Single().FormatMessage("roster.csv");

        foreach (var value in new[] { "Maria", "Lopez", "1985", "SALVADOR", "GUATEMALA" })
        {
            Assert.DoesNotContain(value, message, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("people.json", "[\n  {\"fullName\": \"Maria Lopez\", \"dob\": \"1985-03-14\"}\n]", 2, 3, "fields fullName, dob")]
    [InlineData("people.jsonl", "{\"fullName\": \"Maria Lopez\", \"dob\": \"1985-03-14\"}\n", 1, 1, "fields fullName, dob")]
    [InlineData("people.tsv", "Full Name\tDOB\nMaria Lopez\t1985-03-14\n", 2, 1, "columns Full Name, DOB")]
    public void WhenOtherFormatsHoldPeople_ReportsPA1001(string name, string content, int line, int column, string columns)
    {
        var finding = Assert.Single(ScannedFile.Text(name, content).Findings);

        Assert.Equal(("PA1001", line, column), (finding.Code, finding.Line, finding.Column));
        Assert.Contains($"({columns})", finding.FormatMessage(name));
    }

    [Fact]
    public void WhenRosterIsUtf16WithBom_StillReports()
    {
        var result = ScannedFile.Text("roster.csv", Roster, new UnicodeEncoding(bigEndian: true, byteOrderMark: true));

        Assert.Equal(3, Assert.Single(result.Findings).RecordCount);
    }

    [Fact]
    public void WhenFileIsRandomBytesNamedCsv_ReportsPA1003WithoutThrowing()
    {
        var bytes = new byte[20_000];
        new Random(7).NextBytes(bytes);
        var finding = Assert.Single(ScannedFile.Bytes("junk.csv", bytes).Findings);

        Assert.Equal("PA1003", finding.Code);
        Assert.Contains("binary", finding.Reason);
    }

    [Fact]
    public void WhenCsvFileIsEmpty_ReportsNothing()
    {
        Assert.Empty(ScannedFile.Text("empty.csv", string.Empty).Findings);
    }

    [Theory]
    [InlineData("empty.json")]
    [InlineData("empty.jsonl")]
    [InlineData("empty.tsv")]
    public void WhenAnyFileIsZeroBytes_ReportsNothing(string name)
    {
        var result = ScannedFile.Text(name, string.Empty);

        Assert.Empty(result.Findings);
        Assert.True(result.IsCacheable);
    }

    [Fact]
    public void WhenJsonFileHoldsOnlyWhitespace_ReportsPA1003()
    {
        var finding = Assert.Single(ScannedFile.Text("blank.json", "  \n  ").Findings);

        Assert.Equal("PA1003", finding.Code);
        Assert.Contains("no JSON value", finding.Reason);
    }

    [Fact]
    public void WhenFileDoesNotExist_ReportsPA1003AndIsNotCached()
    {
        using var dir = new TempDirectory();

        var result = _scanner.Scan(dir.Combine("gone.csv"));

        Assert.Equal("PA1003", Assert.Single(result.Findings).Code);
        Assert.False(result.IsCacheable);
    }

    [Fact]
    public void WhenJsonIsTooDeep_ReportsPA1003AtThePosition()
    {
        var finding = Assert.Single(ScannedFile.Text("deep.json", new string('[', 100_000) + new string(']', 100_000)).Findings);

        Assert.Equal(("PA1003", 1, 1001), (finding.Code, finding.Line, finding.Column));
        Assert.Contains("deeper than", finding.Reason);
    }

    [Fact]
    public void WhenJsonBreaksAfterPeople_ReportsBothThePeopleAndTheBreak()
    {
        var findings = ScannedFile.Text(
            "broken.json", "[\n{\"fullName\": \"Maria Lopez\", \"dob\": \"1985-03-14\"},\n{\"fullName\": \"Ana\" \"x\"}\n]").Findings;

        Assert.Equal(["PA1001", "PA1003"], findings.Select(f => f.Code));
        Assert.Equal(3, findings[1].Line);
    }

    [Fact]
    public void WhenCsvQuoteIsNeverClosed_ReportsPA1003()
    {
        var finding = Assert.Single(ScannedFile.Text("open.csv", "Name,Price\nWidget,1\n\"Gadget,2\n").Findings);

        Assert.Equal(("PA1003", 3), (finding.Code, finding.Line));
    }

    [Fact]
    public void WhenExtensionIsNotScanned_ReportsNothing()
    {
        Assert.Empty(ScannedFile.Text("roster.md", Roster).Findings);
    }

    [Fact]
    public void WhenScanning_FileIsLeftUntouched()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("roster.csv", Roster);
        var before = File.GetLastWriteTimeUtc(path);
        var bytes = File.ReadAllBytes(path);

        _scanner.Scan(path);

        Assert.Equal(before, File.GetLastWriteTimeUtc(path));
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }
}
