using System.Collections.Generic;
using System.IO.Compression;
using System.Linq;
using System.Text;
using PolicyAnalyzers.DataFiles.Reading.Ods;
using PolicyAnalyzers.DataFiles.Scanning;
using static PolicyAnalyzers.DataFiles.Tests.WorkbookBuilder;

namespace PolicyAnalyzers.DataFiles.Tests;

public class OdsWorkbookTests
{
    private static readonly object?[][] Roster =
    [
        ["A-Number", "Full Name", "Date of Birth", "Nationality", "Facility"],
        ["A012345678", "Maria Lopez", Date(1985, 3, 14), "EL SALVADOR", "Otay Mesa Detention Center"],
        ["A087654321", "José Álvarez", Date(1990, 2, 11), "GUATEMALA", "Adelanto ICE Processing Center"],
        ["A055512345", "Ana Pérez", Date(1979, 7, 1), "HONDURAS", "Otay Mesa Detention Center"],
    ];

    private readonly DataFileScanner _scanner = new();

    private static DataFileScanResult Scan(OdsBuilder workbook) => ScannedFile.Bytes("statistics.ods", workbook.ToBytes());

    [Fact]
    public void WhenAHiddenSheetHoldsARosterBehindCounts_ReportsPA1001NamingSheetAndCell()
    {
        var finding = Assert.Single(Scan(new OdsBuilder().Sheet("Counts", SheetRows.FacilityCounts).Sheet("Roster", Roster, hidden: true)).Findings);

        Assert.Equal(("PA1001", 3), (finding.Code, finding.RecordCount));
        Assert.Contains("first at sheet 'Roster' (hidden), cell A2.", finding.FormatMessage("statistics.ods"));
        Assert.Contains("Date of Birth", finding.Columns);
    }

    [Fact]
    public void WhenOnlyCountsAreShipped_StaysQuiet()
    {
        Assert.Empty(Scan(new OdsBuilder().Sheet("Counts", SheetRows.FacilityCounts).Sheet("Notes", [["Source", "Published"], ["ICE", 2024]])).Findings);
    }

    [Fact]
    public void WhenRowsAndColumnsAreCollapsed_TheyAreReadAndNamed()
    {
        object?[][] rows =
        [
            ["Facility", "Detained", "Full Name", "A-Number"],
            ["Otay Mesa", 412, null, null],
            [null, null, "Maria Lopez", "A012345678"],
            [null, null, "Ana Pérez", "A055512345"],
        ];

        var finding = Assert.Single(Scan(new OdsBuilder().Sheet("Counts", rows, hiddenRows: [2, 3])).Findings);

        Assert.Equal(2, finding.RecordCount);
        Assert.Contains("cell C3 (in a hidden row)", finding.FormatMessage("x.ods"));
    }

    [Fact]
    public void WhenAColumnIsCollapsed_SaysHiddenColumn()
    {
        object?[][] rows = [["Region", "Full Name", "Date of Birth"], ["West", "Maria Lopez", Date(1985, 3, 14)], ["East", "Ana Pérez", Date(1979, 7, 1)]];

        var finding = Assert.Single(Scan(new OdsBuilder().Sheet("Counts", rows, hiddenColumns: [1, 2])).Findings);

        Assert.Contains("cell B2 (in a hidden column)", finding.FormatMessage("x.ods"));
    }

    [Fact]
    public void RepeatedRowsAreCountedAndTrailingEmptyRowsCostNothing()
    {
        var workbook = new OdsBuilder().Sheet("Roster", Roster, repeatRows: new Dictionary<int, int> { [1] = 5 }, trailingEmptyRows: 1_048_000);

        var finding = Assert.Single(Scan(workbook).Findings);

        Assert.Equal(7, finding.RecordCount);
    }

    [Fact]
    public void ARowRepeatedAMillionTimes_IsReadAtMostAThousandTimes()
    {
        var workbook = new OdsBuilder().Sheet("Roster", Roster, repeatRows: new Dictionary<int, int> { [1] = 1_000_000 });

        var finding = Assert.Single(Scan(workbook).Findings);

        Assert.Equal(OdsSheetReader.MaxRepeatedRows + 2, finding.RecordCount);
    }

    [Fact]
    public void WhenTheSpreadsheetIsEncrypted_ReportsPA1003()
    {
        var finding = Assert.Single(Scan(new OdsBuilder().Sheet("Roster", Roster).Encrypted()).Findings);

        Assert.Equal("PA1003", finding.Code);
        Assert.Contains("the spreadsheet is encrypted", finding.Reason);
    }

    [Fact]
    public void WhenContentIsAZipBomb_ReportsPA1003()
    {
        // 40 MB of one repeated row deflates about a thousand to one: past 16 MB the ratio check stops it.
        var content = new StringBuilder(41_000_000);
        var start = new OdsBuilder().Sheet("Data", [["Full Name", "Date of Birth"]]).Content();
        var cut = start.IndexOf("</table:table>", System.StringComparison.Ordinal);
        content.Append(start, 0, cut);
        var row = "<table:table-row><table:table-cell office:value-type=\"float\" office:value=\"1\"/></table:table-row>";
        while (content.Length < 40_000_000)
        {
            content.Append(row);
        }

        content.Append(start, cut, start.Length - cut);
        using var dir = new TempDirectory();
        var path = dir.WriteBytes("bomb.ods", new OdsBuilder().ToBytes(content.ToString(), CompressionLevel.Optimal));
        var before = File.ReadAllBytes(path);

        var finding = Assert.Single(_scanner.Scan(path).Findings);

        Assert.Equal("PA1003", finding.Code);
        Assert.Contains("zip bomb", finding.Reason);
        Assert.True(new FileInfo(path).Length < 1_000_000);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void WhenContentIsNotWellFormed_ReportsPA1003()
    {
        var finding = Assert.Single(ScannedFile.Bytes(
            "broken.ods", new OdsBuilder().ToBytes("<office:document-content><office:body><table:table")).Findings);

        Assert.Contains("the spreadsheet is damaged", finding.Reason);
    }

    [Theory]
    [InlineData(0.4)]
    [InlineData(0.9)]
    public void WhenTruncated_ReportsPA1003(double kept)
    {
        var bytes = new OdsBuilder().Sheet("Roster", Roster).ToBytes();

        var finding = Assert.Single(ScannedFile.Bytes("cut.ods", bytes.Take((int)(bytes.Length * kept)).ToArray()).Findings);

        Assert.Equal("PA1003", finding.Code);
    }

    [Fact]
    public void WhenAZipHasNoContent_ReportsPA1003()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "mimetype", "application/vnd.oasis.opendocument.spreadsheet");
        }

        var finding = Assert.Single(ScannedFile.Bytes("empty.ods", memory.ToArray()).Findings);

        Assert.Contains("no content.xml", finding.Reason);
    }

    [Fact]
    public void TextWithSpacesAndParagraphs_IsJoinedAsOneValue()
    {
        var content = new OdsBuilder().Sheet("People", [["Full Name", "Date of Birth"], ["PLACEHOLDER", Date(1985, 3, 14)], ["Ana Pérez", Date(1979, 7, 1)]]).Content()
            .Replace("<text:p>PLACEHOLDER</text:p>", "<text:p>Maria<text:s/>Lopez<office:annotation><text:p>Checked by J. Smith</text:p></office:annotation></text:p>");
        var finding = Assert.Single(ScannedFile.Bytes("people.ods", new OdsBuilder().ToBytes(content)).Findings);

        Assert.Equal(2, finding.RecordCount);
    }
}
