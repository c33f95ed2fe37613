using System;
using System.IO.Compression;
using System.Linq;
using System.Text;
using PolicyAnalyzers.DataFiles.Scanning;
using static PolicyAnalyzers.DataFiles.Tests.WorkbookBuilder;

namespace PolicyAnalyzers.DataFiles.Tests;

public class XlsxWorkbookTests
{
    private static readonly object?[][] Roster =
    [
        ["A-Number", "Full Name", "Date of Birth", "Nationality", "Facility", "Case Status"],
        ["A012345678", "Maria Lopez", Date(1985, 3, 14), "EL SALVADOR", "Otay Mesa Detention Center", "Pending hearing"],
        ["A087654321", "José Álvarez", Date(1990, 2, 11), "GUATEMALA", "Adelanto ICE Processing Center", "Final order"],
        ["A055512345", "Ana Pérez", Date(1979, 7, 1), "HONDURAS", "Otay Mesa Detention Center", "Released"],
    ];

    private static DataFileScanResult Scan(WorkbookBuilder workbook, string name = "statistics.xlsx") => ScannedFile.Bytes(name, workbook.ToBytes());

    [Fact]
    public void WhenVeryHiddenSheetHoldsRosterBehindCounts_ReportsPA1001NamingTheHiddenSheet()
    {
        var workbook = new WorkbookBuilder()
            .Sheet("Counts", SheetRows.FacilityCounts)
            .Sheet("Roster", Roster, state: "veryHidden");

        var finding = Assert.Single(Scan(workbook).Findings);

        Assert.Equal(("PA1001", 1, 3), (finding.Code, finding.Line, finding.RecordCount));
        var message = finding.FormatMessage("wwwroot/statistics.xlsx");
        Assert.StartsWith(
            "wwwroot/statistics.xlsx holds 3 records of personal data (columns A-Number, Full Name, Date of Birth, Nationality, Facility, Case Status): "
            + "first at sheet 'Roster' (very hidden), cell A2. Hidden sheets, rows and columns ship with the workbook all the same.",
            message);
        Assert.Equal("Roster!A2", finding.Position.LogicalName);
        foreach (var value in new[] { "Maria", "A012345678", "1985", "SALVADOR" })
        {
            Assert.DoesNotContain(value, message, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void WhenWorkbookHoldsOnlyCounts_ReportsNothing()
    {
        Assert.Empty(Scan(new WorkbookBuilder().Sheet("Counts", SheetRows.FacilityCounts).Sheet("Notes", [["Source", "Published"], ["ICE", "2024"]])).Findings);
    }

    [Fact]
    public void WhenHiddenSheetHoldsRoster_SaysHidden()
    {
        var finding = Assert.Single(Scan(new WorkbookBuilder().Sheet("Counts", SheetRows.FacilityCounts).Sheet("Detainees", Roster, state: "hidden")).Findings);

        Assert.Contains("sheet 'Detainees' (hidden), cell A2", finding.FormatMessage("x.xlsx"));
    }

    [Fact]
    public void WhenRosterUsesInlineStrings_ReportsIt()
    {
        var inline = Roster.Select(row => row.Select(c => c is string s ? (object)Inline(s) : c).ToArray()).ToArray();

        Assert.Equal(3, Assert.Single(Scan(new WorkbookBuilder().Sheet("Sheet1", inline)).Findings).RecordCount);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void WhenDatesOfBirthAreSerialNumbersInADateStyle_RecognisesThem(bool customFormat)
    {
        // A bare "Name" needs a date of birth beside it; the date is only a date through its cell style.
        object?[][] rows =
        [
            ["Name", "DOB"],
            ["Maria Lopez", customFormat ? CustomDate(1985, 3, 14) : Date(1985, 3, 14)],
            ["Ana Pérez", customFormat ? CustomDate(1979, 7, 1) : Date(1979, 7, 1)],
        ];

        var finding = Assert.Single(Scan(new WorkbookBuilder().Sheet("People", rows)).Findings);

        Assert.Equal(["Name", "DOB"], finding.Columns);
    }

    [Fact]
    public void WhenSameSerialNumbersHaveNoDateStyle_ReportsNothing()
    {
        object?[][] rows = [["Name", "DOB"], ["Widget", 31120], ["Gadget", 29043]];

        Assert.Empty(Scan(new WorkbookBuilder().Sheet("Products", rows)).Findings);
    }

    [Fact]
    public void WhenRosterSitsInHiddenRowsAndColumns_ReportsIt()
    {
        object?[][] rows =
        [
            ["Facility", "Detained", "Full Name", "A-Number"],
            ["Otay Mesa", 412, null, null],
            [null, null, "Maria Lopez", "A012345678"],
            [null, null, "Ana Pérez", "A055512345"],
        ];

        var finding = Assert.Single(Scan(new WorkbookBuilder().Sheet("Counts", rows, hiddenRows: [3, 4], hiddenColumns: [3, 4])).Findings);

        Assert.Equal(2, finding.RecordCount);
        Assert.Contains("first at sheet 'Counts', cell C3 (in a hidden row). Hidden sheets, rows and columns ship", finding.FormatMessage("x.xlsx"));
    }

    [Theory]
    [InlineData("Detainee")]
    [InlineData("Name")]
    [InlineData(null)]
    public void WhenStatisticsSheetHidesDetaineesNamesInItsFirstColumn_ReportsThemBesideFacilityAndDays(string? header)
    {
        // The held-out miss: full names in a hidden first column, beside facility and days in custody, no other identifier.
        object?[][] rows =
        [
            [header, "Facility", "Days in Custody"],
            ["Maria Elena Gomez", "Northwest Processing Center", 41],
            ["José Álvarez", "Southern Detention Facility", 17],
            ["Ana Pérez", "Northwest Processing Center", 63],
            ["Mohammed Said", "Eastern Holding Center", 8],
        ];

        var finding = Assert.Single(Scan(new WorkbookBuilder().Sheet("Statistics", rows, hiddenColumns: [1])).Findings);

        Assert.Equal(("PA1001", 4), (finding.Code, finding.RecordCount));
        Assert.Contains("cell A2 (in a hidden column)", finding.FormatMessage("x.xlsx"));
    }

    [Fact]
    public void WhenStatisticsSheetHoldsOnlyFacilitiesAndCounts_ReportsNothing()
    {
        object?[][] rows =
        [
            ["Facility", "Detained", "Average Days in Custody"],
            ["Northwest Processing Center", 2, 52],
            ["Southern Detention Facility", 2, 17.5],
            ["Eastern Holding Center", 1, 8],
        ];

        Assert.Empty(Scan(new WorkbookBuilder().Sheet("Statistics", rows, hiddenColumns: [3])).Findings);
    }

    [Fact]
    public void WhenOnlyColumnsAreHidden_SaysHiddenColumn()
    {
        object?[][] rows = [["Region", "Full Name", "Date of Birth"], ["West", "Maria Lopez", Date(1985, 3, 14)]];

        var finding = Assert.Single(Scan(new WorkbookBuilder().Sheet("Counts", rows, hiddenColumns: [2, 3])).Findings);

        Assert.Contains("cell B2 (in a hidden column)", finding.FormatMessage("x.xlsx"));
    }

    [Fact]
    public void WhenPivotCacheKeepsRosterAfterItsSheetWasDeleted_ReportsThePivotCache()
    {
        var workbook = new WorkbookBuilder()
            .Sheet("Summary", SheetRows.FacilityCounts)
            .PivotCache("Roster", ["A-Number", "Full Name", "Nationality"],
            [
                ["A012345678", "Maria Lopez", "EL SALVADOR"],
                ["A087654321", "José Álvarez", "GUATEMALA"],
            ]);

        var finding = Assert.Single(Scan(workbook).Findings);

        Assert.Equal(2, finding.RecordCount);
        Assert.Contains("first at pivot cache of sheet 'Roster', record 1", finding.FormatMessage("x.xlsx"));
        Assert.Equal("fields", finding.ColumnWord);
    }

    [Fact]
    public void WhenPivotCacheHoldsOnlyCategories_ReportsNothing()
    {
        var workbook = new WorkbookBuilder()
            .Sheet("Summary", SheetRows.FacilityCounts)
            .PivotCache("Counts", ["Facility", "Nationality", "Detained"], [["Otay Mesa", "EL SALVADOR", 12], ["Adelanto", "MEXICO", 40]]);

        Assert.Empty(Scan(workbook).Findings);
    }

    [Fact]
    public void WhenTitleRowsPrecedeTheHeader_FindsTheHeader()
    {
        object?[][] rows = [["Detention roster, FY2024"], ["Prepared by the records office"], .. Roster];

        var finding = Assert.Single(Scan(new WorkbookBuilder().Sheet("Roster", rows)).Findings);

        Assert.Equal(3, finding.RecordCount);
        Assert.Contains("cell A4", finding.FormatMessage("x.xlsx"));
    }

    [Fact]
    public void WhenSheetHasNoHeader_RecognisesColumnsFromValues()
    {
        var rows = Roster.Skip(1).Select(r => new[] { r[0], r[1], r[2] }).ToArray();

        var finding = Assert.Single(Scan(new WorkbookBuilder().Sheet("Sheet1", rows)).Findings);

        Assert.Equal(3, finding.RecordCount);
        Assert.Equal(["A (A-Numbers)", "B (names)", "C (dates)"], finding.Columns);
        Assert.Contains("(unlabelled columns A (A-Numbers)", finding.FormatMessage("x.xlsx"));
        Assert.Contains("cell A1", finding.FormatMessage("x.xlsx"));
    }

    [Fact]
    public void WhenWorksheetPartIsNotListedInTheWorkbook_StillScansIt()
    {
        var finding = Assert.Single(Scan(new WorkbookBuilder().Sheet("Counts", SheetRows.FacilityCounts).Sheet("Gone", Roster, listed: false)).Findings);

        Assert.Contains("sheet 'sheet2' (not listed in the workbook)", finding.FormatMessage("x.xlsx"));
    }

    [Fact]
    public void WhenTwoSheetsHoldPeople_ReportsEach()
    {
        var findings = Scan(new WorkbookBuilder().Sheet("Roster", Roster).Sheet("Copy", Roster, state: "hidden")).Findings;

        Assert.Equal(["Roster", "Copy"], findings.Select(f => f.Position.PartName));
    }

    [Fact]
    public void WhenWorkbookIsAnXlsmOrAnXlsxNamedXls_ScansItToo()
    {
        var workbook = new WorkbookBuilder().Sheet("Roster", Roster, state: "veryHidden");

        Assert.Equal("PA1001", Assert.Single(Scan(workbook, "macros.xlsm").Findings).Code);
        Assert.Equal("PA1001", Assert.Single(Scan(workbook, "export.xls").Findings).Code);
    }

    [Fact]
    public void WhenXlsIsTabSeparatedText_ReadsItAsATable()
    {
        Assert.Equal("PA1001", Assert.Single(ScannedFile.Text(
            "export.xls", "Full Name\tDate of Birth\nMaria Lopez\t1985-03-14\n").Findings).Code);
    }

    [Fact]
    public void WhenFileIsLegacyXls_ReportsPA1003AskingToSaveAsXlsx()
    {
        var finding = Assert.Single(ScannedFile.Bytes("old.xls", CompoundFile("Workbook")).Findings);

        Assert.Equal("PA1003", finding.Code);
        Assert.Contains("legacy Excel format", finding.Reason);
        Assert.Contains("save as .xlsx", finding.Reason);
    }

    [Fact]
    public void WhenXlsxIsEncrypted_ReportsPA1003Encrypted()
    {
        var finding = Assert.Single(ScannedFile.Bytes("locked.xlsx", CompoundFile("EncryptionInfo", "EncryptedPackage")).Findings);

        Assert.Equal("PA1003", finding.Code);
        Assert.Contains("encrypted", finding.Reason);
    }

    [Fact]
    public void WhenSheetXmlIsMalformed_ReportsPA1003NamingTheSheetAndKeepsEarlierFindings()
    {
        using var memory = new WorkbookBuilder().Sheet("Roster", Roster).Sheet("Broken", SheetRows.FacilityCounts).ToEditableStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("xl/worksheets/sheet2.xml")!.Delete();
            Add(zip, "xl/worksheets/sheet2.xml", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c><row></sheetData>");
        }

        var findings = ScannedFile.Bytes("broken.xlsx", memory.ToArray()).Findings;

        Assert.Equal(["PA1001", "PA1003"], findings.Select(f => f.Code));
        Assert.Contains("in sheet 'Broken'", findings[1].FormatMessage("broken.xlsx"));
        Assert.Contains("is not well-formed", findings[1].Reason);
    }

    [Fact]
    public void WhenSharedStringsHaveRichTextAndPhoneticRuns_ReadsTheText()
    {
        using var memory = new WorkbookBuilder().Sheet("Roster", [["Full Name", "DOB"], ["x", "1985-03-14"]]).ToEditableStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("xl/sharedStrings.xml")!.Delete();
            Add(zip, "xl/sharedStrings.xml", """<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Full Name</t></si><si><t>DOB</t></si><si><r><t>Maria </t></r><r><rPr><b/></rPr><t>Lopez</t></r><rPh sb="0" eb="1"><t>1234</t></rPh></si><si><t>1985-03-14</t></si></sst>""");
        }

        var finding = Assert.Single(ScannedFile.Bytes("rich.xlsx", memory.ToArray()).Findings);

        Assert.Equal(["Full Name", "DOB"], finding.Columns);
    }

    /// <summary>An OLE compound file as far as the scanner looks: its signature and directory entry names.</summary>
    internal static byte[] CompoundFile(params string[] streamNames)
    {
        var bytes = new byte[4096];
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(bytes, 0);
        var offset = 1024;
        foreach (var name in streamNames)
        {
            Encoding.Unicode.GetBytes(name).CopyTo(bytes, offset);
            offset += 128;
        }

        return bytes;
    }
}
