using System;
using System.IO.Compression;
using System.Linq;
using System.Text;
using PolicyAnalyzers.DataFiles.Reading.Xlsx;
using PolicyAnalyzers.DataFiles.Scanning;

namespace PolicyAnalyzers.DataFiles.Tests;

/// <summary>
/// Hostile and broken inputs: each ends as PA1003 or as a normal scan, never as an exception, a hang or a write to the
/// file. Findings must survive encodings that real exports use.
/// </summary>
public class RobustnessTests
{
    private const string Roster = "Full Name,Date of Birth,Nationality\nJosé Álvarez,1985-03-14,EL SALVADOR\nAna Pérez,1979-07-01,HONDURAS\n";

    private readonly DataFileScanner _scanner = new();

    /// <summary>Scans the file and checks that it was not touched.</summary>
    private DataFileScanResult ScanUntouched(string path)
    {
        var before = File.ReadAllBytes(path);
        var written = File.GetLastWriteTimeUtc(path);

        var result = _scanner.Scan(path);

        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
        Assert.Equal(before, File.ReadAllBytes(path));
        return result;
    }

    [Theory]
    [InlineData("junk.csv")]
    [InlineData("junk.json")]
    [InlineData("junk.jsonl")]
    [InlineData("junk.xlsx")]
    [InlineData("junk.xls")]
    [InlineData("junk.xml")]
    [InlineData("junk.txt")]
    [InlineData("junk.log")]
    [InlineData("junk.tsv")]
    [InlineData("junk.docx")]
    [InlineData("junk.doc")]
    [InlineData("junk.ods")]
    [InlineData("junk.xlsb")]
    [InlineData("junk.pdf")]
    public void WhenFileIsRandomBytes_ReportsPA1003(string name)
    {
        var bytes = new byte[50_000];
        new Random(name.Length * 31).NextBytes(bytes);
        using var dir = new TempDirectory();

        var finding = Assert.Single(ScanUntouched(dir.WriteBytes(name, bytes)).Findings);

        Assert.Equal("PA1003", finding.Code);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.1)]
    public void WhenWorkbookIsTruncated_ReportsPA1003(double kept)
    {
        var workbook = new WorkbookBuilder().Sheet("Roster", [["Full Name", "DOB"], ["Maria Lopez", "1985-03-14"]]).ToBytes();
        using var dir = new TempDirectory();

        var result = ScanUntouched(dir.WriteBytes("cut.xlsx", workbook.Take((int)(workbook.Length * kept)).ToArray()));

        Assert.Equal("PA1003", Assert.Single(result.Findings).Code);
    }

    [Fact]
    public void WhenXlsxIsReallyText_ReportsPA1003NotAWorkbook()
    {
        using var dir = new TempDirectory();

        var finding = Assert.Single(ScanUntouched(dir.Write("export.xlsx", Roster)).Findings);

        Assert.Contains("not an Excel workbook", finding.Reason);
    }

    [Fact]
    public void WhenZipIsNotAWorkbook_ReportsPA1003()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            WorkbookBuilder.Add(zip, "word/document.xml", "<w:document xmlns:w=\"urn:w\"/>");
        }

        using var dir = new TempDirectory();

        var finding = Assert.Single(ScanUntouched(dir.WriteBytes("renamed.xlsx", memory.ToArray())).Findings);

        Assert.Contains("no xl/workbook.xml", finding.Reason);
    }

    [Fact]
    public void WhenSheetInflatesMoreThanTheRatioAllows_ReportsZipBomb()
    {
        // 40 MB of one repeated row deflates about a thousand to one: past 16 MB the ratio check stops it.
        using var memory = new WorkbookBuilder().Sheet("Data", [["a", "b"]]).ToEditableStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("xl/worksheets/sheet1.xml")!.Delete();
            var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal);
            using var writer = new StreamWriter(entry.Open());
            // A header that names people, so the scanner reads on rather than stopping after a sample.
            writer.Write("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Full Name</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>DOB</t></is></c></row>");
            var row = "<row><c><v>1</v></c></row>";
            var chunk = string.Concat(Enumerable.Repeat(row, 10_000));
            for (var written = 0; written < 40_000_000; written += chunk.Length)
            {
                writer.Write(chunk);
            }

            writer.Write("</sheetData></worksheet>");
        }

        using var dir = new TempDirectory();
        var finding = Assert.Single(ScanUntouched(dir.WriteBytes("bomb.xlsx", memory.ToArray())).Findings);

        Assert.Equal("PA1003", finding.Code);
        Assert.Contains("zip bomb", finding.Reason);
        Assert.Contains("sheet 'Data'", finding.FormatMessage("bomb.xlsx"));
    }

    [Fact]
    public void WhenWorkbookInflatesPastTheTotalBudget_ReportsPA1003()
    {
        var scanner = new DataFileScanner(limits: new WorkbookLimits(200_000, 100, 16L << 20, 1 << 20));
        var rows = Enumerable.Range(0, 5000).Select(i => new object?[] { $"Product {i}", i }).Prepend(["Name", "Price"]).ToArray();
        using var dir = new TempDirectory();
        var path = new WorkbookBuilder().Sheet("Data", rows).Save(dir, "big.xlsx");

        var finding = Assert.Single(scanner.Scan(path).Findings);

        Assert.Contains("expands past", finding.Reason);
    }

    [Theory]
    [InlineData("deep.json", '[', ']')]
    [InlineData("deep.jsonl", '[', ']')]
    public void WhenJsonIsNested100000Deep_ReportsPA1003(string name, char open, char close)
    {
        using var dir = new TempDirectory();

        var finding = Assert.Single(ScanUntouched(dir.Write(name, new string(open, 100_000) + new string(close, 100_000))).Findings);

        Assert.Contains("deeper than", finding.Reason);
    }

    [Fact]
    public void WhenXmlIsNested100000Deep_ReportsPA1003WithoutGrowingMemory()
    {
        var xml = new StringBuilder();
        for (var i = 0; i < 100_000; i++)
        {
            xml.Append("<a>");
        }

        for (var i = 0; i < 100_000; i++)
        {
            xml.Append("</a>");
        }

        using var dir = new TempDirectory();

        var finding = Assert.Single(ScanUntouched(dir.Write("deep.xml", xml.ToString())).Findings);

        Assert.Contains("deeper than", finding.Reason);
    }

    [Fact]
    public void When30MegabyteSingleLineJsonHoldsPeople_FindsThemOnLine1()
    {
        var json = new StringBuilder("[");
        var records = 0;
        while (json.Length < 30_000_000)
        {
            json.Append(records++ == 0 ? string.Empty : ",").Append("{\"fullName\":\"Maria Lopez\",\"dob\":\"1985-03-14\",\"notes\":\"").Append('x', 200).Append("\"}");
        }

        json.Append(']');
        using var dir = new TempDirectory();

        var finding = Assert.Single(ScanUntouched(dir.Write("one-line.json", json.ToString())).Findings);

        Assert.Equal(("PA1001", 1, records), (finding.Code, finding.Line, finding.RecordCount));
    }

    [Fact]
    public void When30MegabyteJsonStringAndTextLine_ScansThemWithoutFindings()
    {
        using var dir = new TempDirectory();
        var json = dir.Write("blob.json", "{\"data\":\"" + new string('A', 30_000_000) + "\"}");
        var text = dir.Write("blob.log", new string('x', 30_000_000));

        Assert.Empty(ScanUntouched(json).Findings);
        Assert.Empty(ScanUntouched(text).Findings);
    }

    [Fact]
    public void WhenXmlIsMalformed_ReportsPA1003()
    {
        using var dir = new TempDirectory();

        Assert.Equal("PA1003", Assert.Single(ScanUntouched(dir.Write("bad.xml", "<a><b></a>")).Findings).Code);
    }

    [Theory]
    [InlineData("roster.csv")]
    [InlineData("roster.txt")]
    [InlineData("roster.tsv")]
    public void WhenFileIsUtf16OrLatin1_PersonalDataIsStillFound(string name)
    {
        var content = name.EndsWith(".tsv", StringComparison.Ordinal) ? Roster.Replace(',', '\t') : Roster;
        using var dir = new TempDirectory();
        foreach (var encoding in new Encoding[] { new UnicodeEncoding(false, true), new UnicodeEncoding(true, true), Encoding.Latin1 })
        {
            var path = dir.Write(encoding.WebName + "-" + name, content, encoding);

            var finding = Assert.Single(ScanUntouched(path).Findings);

            Assert.Equal(("PA1001", 2), (finding.Code, finding.RecordCount));
        }
    }

    [Fact]
    public void WhenJsonAndXmlAreUtf16_PersonalDataIsStillFound()
    {
        using var dir = new TempDirectory();
        var utf16 = new UnicodeEncoding(false, true);
        var json = dir.Write("people.json", "[{\"fullName\":\"José Álvarez\",\"dob\":\"1985-03-14\"}]", utf16);
        var xml = dir.Write("people.xml", "<?xml version=\"1.0\" encoding=\"utf-16\"?><people><person><fullName>José Álvarez</fullName></person></people>", utf16);

        Assert.Equal("PA1001", Assert.Single(ScanUntouched(json).Findings).Code);
        Assert.Equal("PA1001", Assert.Single(ScanUntouched(xml).Findings).Code);
    }

    [Theory]
    [InlineData("gone.xlsx")]
    [InlineData("gone.xml")]
    [InlineData("gone.log")]
    public void WhenFileIsDeletedBeforeTheScan_ReportsPA1003AndIsNotCached(string name)
    {
        using var dir = new TempDirectory();
        var path = dir.Write(name, "x");
        File.Delete(path);

        var result = _scanner.Scan(path);

        Assert.Equal("PA1003", Assert.Single(result.Findings).Code);
        Assert.False(result.IsCacheable);
    }
}
