using System;
using System.IO.Compression;
using System.Linq;
using PolicyAnalyzers.DataFiles.Scanning;

namespace PolicyAnalyzers.DataFiles.Tests;

public class DocxDocumentTests
{
    private static DataFileScanResult Scan(DocxBuilder document, string name = "report.docx") => ScannedFile.Bytes(name, document.ToBytes());

    [Fact]
    public void WhenATableListsPeople_ReportsPA1001NamingTableAndRow()
    {
        var document = new DocxBuilder()
            .Paragraph("Detention statistics, fiscal year 2024")
            .Table(["Facility", "Detained"], ["Otay Mesa", "412"])
            .Paragraph("Annex: people transferred")
            .Table(
                ["A-Number", "Full Name", "Date of Birth", "Nationality"],
                ["A012345678", "Maria Lopez", "1985-03-14", "EL SALVADOR"],
                ["A055512345", "Ana Pérez", "1979-07-01", "HONDURAS"]);

        var finding = Assert.Single(Scan(document).Findings);

        Assert.Equal(("PA1001", 2), (finding.Code, finding.RecordCount));
        Assert.Equal(["A-Number", "Full Name", "Date of Birth", "Nationality"], finding.Columns);
        Assert.Contains("first at table 2, row 2.", finding.FormatMessage("report.docx"));
    }

    [Fact]
    public void WhenParagraphsAreRecords_ReportsPA1001NamingTheParagraph()
    {
        var document = new DocxBuilder()
            .Paragraph("Transfers this week")
            .Paragraph("Full name: Maria Lopez, Date of birth: 14/03/1985, Country of citizenship: Mexico")
            .Paragraph("Full name: Ana Pérez, Date of birth: 01/07/1979, Country of citizenship: Honduras");

        var finding = Assert.Single(Scan(document).Findings);

        Assert.Equal(("PA1001", 2), (finding.Code, finding.RecordCount));
        Assert.Contains("first at document text, paragraph 2.", finding.FormatMessage("transfers.docx"));
    }

    [Fact]
    public void WhenAPersonsFieldsAreSplitByLineBreaks_TheParagraphIsStillOneRecord()
    {
        var document = new DocxBuilder()
            .Paragraph("Detainee name: Maria Lopez\nDOB: 1985-03-14\nA-Number: A012345678")
            .Paragraph("Detainee name: Ana Pérez\nDOB: 1979-07-01\nA-Number: A055512345");

        Assert.Equal(2, Assert.Single(Scan(document).Findings).RecordCount);
    }

    [Fact]
    public void WhenParagraphsAreTabSeparatedColumns_TheyAreReadAsATable()
    {
        var document = new DocxBuilder()
            .Paragraph("Full Name\tDate of Birth\tNationality")
            .Paragraph("Maria Lopez\t1985-03-14\tEL SALVADOR")
            .Paragraph("Ana Pérez\t1979-07-01\tHONDURAS");

        var finding = Assert.Single(Scan(document).Findings);

        Assert.Equal(("columns", 2), (finding.ColumnWord, finding.RecordCount));
    }

    [Fact]
    public void WhenTextIsHidden_ItIsReadAllTheSame()
    {
        var document = new DocxBuilder()
            .Paragraph("Quarterly report")
            .Paragraph("Full name: Maria Lopez, Date of birth: 14/03/1985, Country of citizenship: Mexico", hidden: true);

        Assert.Equal("PA1001", Assert.Single(Scan(document).Findings).Code);
    }

    [Fact]
    public void WhenMergedCellsSpanColumns_ValuesStayUnderTheirHeaders()
    {
        var document = new DocxBuilder().Table(
            ["<span 3>Transfers, March", null],
            ["A-Number", "Full Name", "Date of Birth"],
            ["<span 2>A012345678 Maria Lopez", "1985-03-14"],
            ["A055512345", "Ana Pérez", "1979-07-01"]);

        var finding = Assert.Single(Scan(document).Findings);

        Assert.Contains("Date of Birth", finding.Columns);
    }

    [Fact]
    public void WhenTheDocumentHoldsOnlyProseAndCounts_StaysQuiet()
    {
        var document = new DocxBuilder()
            .Paragraph("The agency held 1,615 people on average in March, up from 1,480 in February.")
            .Paragraph("Contact the press office for questions: Monday to Friday, 9:00-17:00.")
            .Table(["Nationality", "Detained"], ["EL SALVADOR", "120"], ["HONDURAS", "98"]);

        Assert.Empty(Scan(document).Findings);
    }

    [Fact]
    public void WhenATableIsOnlyPartlyRead_TheNextTableIsStillRead()
    {
        // A product list settles after its header; the reader must still find the roster that follows.
        var products = Enumerable.Range(0, 300).Select(i => new string?[] { $"Widget {i}", "9.99" }).Prepend(["Product", "Price"]).ToArray();
        var document = new DocxBuilder()
            .Table(products)
            .Table(["Full Name", "Date of Birth", "Nationality"], ["Maria Lopez", "1985-03-14", "EL SALVADOR"], ["Ana Pérez", "1979-07-01", "HONDURAS"]);

        var finding = Assert.Single(Scan(document).Findings);

        Assert.Contains("table 2", finding.FormatMessage("x.docx"));
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.6)]
    [InlineData(0.95)]
    public void WhenTheDocumentIsTruncated_ReportsPA1003(double kept)
    {
        var bytes = new DocxBuilder().Paragraph("Full name: Maria Lopez, Date of birth: 14/03/1985").ToBytes();

        var finding = Assert.Single(ScannedFile.Bytes("cut.docx", bytes.Take((int)(bytes.Length * kept)).ToArray()).Findings);

        Assert.Equal("PA1003", finding.Code);
    }

    [Fact]
    public void WhenTheBodyIsNotWellFormedXml_ReportsPA1003WithoutQuotingIt()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            WorkbookBuilder.Add(zip, "word/document.xml", "<w:document xmlns:w=\"urn:w\"><w:body><w:p><w:t>Maria Lopez 1985-03-14</w:p></w:body>");
        }

        var finding = Assert.Single(ScannedFile.Bytes("damaged.docx", memory.ToArray()).Findings);

        Assert.Equal("PA1003", finding.Code);
        Assert.Contains("the document is damaged", finding.Reason);
        Assert.DoesNotContain("Maria", finding.FormatMessage("damaged.docx"));
    }

    [Fact]
    public void WhenTheDocumentIsEncrypted_ReportsPA1003()
    {
        var finding = Assert.Single(ScannedFile.Bytes("locked.docx", OleFile("EncryptionInfo")).Findings);

        Assert.Equal("PA1003", finding.Code);
        Assert.Contains("the document is encrypted (password-protected)", finding.Reason);
    }

    [Fact]
    public void WhenADocIsALegacyWordFile_ReportsPA1003()
    {
        var finding = Assert.Single(ScannedFile.Bytes("minutes.doc", OleFile("WordDocument")).Findings);

        Assert.Contains("legacy Word format", finding.Reason);
    }

    [Fact]
    public void WhenADocIsReallyADocx_ItIsRead()
    {
        var bytes = new DocxBuilder().Table(["Full Name", "Date of Birth"], ["Maria Lopez", "1985-03-14"], ["Ana Pérez", "1979-07-01"]).ToBytes();

        Assert.Equal("PA1001", Assert.Single(ScannedFile.Bytes("export.doc", bytes).Findings).Code);
    }

    [Fact]
    public void WhenAZipIsNotAWordDocument_ReportsPA1003()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            WorkbookBuilder.Add(zip, "xl/workbook.xml", "<workbook/>");
        }

        var finding = Assert.Single(ScannedFile.Bytes("renamed.docx", memory.ToArray()).Findings);

        Assert.Contains("no word/document.xml", finding.Reason);
    }

    /// <summary>An OLE compound file whose directory names <paramref name="streamName"/> (UTF-16, as directory entries are).</summary>
    internal static byte[] OleFile(string streamName)
    {
        var bytes = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        System.Text.Encoding.Unicode.GetBytes(streamName).CopyTo(bytes, 1024);
        return bytes;
    }
}
