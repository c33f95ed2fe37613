using System.Linq;
using PolicyAnalyzers.DataFiles;
using PolicyAnalyzers.DataFiles.Scanning;
using PolicyAnalyzers.DataFiles.Tests;
using PolicyAnalyzers.Tool.Pdf;

namespace PolicyAnalyzers.Tool.Tests;

public class PdfScanTests
{
    private static readonly string[][] RosterTable =
    [
        ["A-Number", "Full Name", "Date of Birth", "Nationality"],
        ["A012345678", "Maria Lopez", "1985-03-14", "EL SALVADOR"],
        ["A087654321", "Jose Alvarez", "1990-02-11", "GUATEMALA"],
        ["A055512345", "Ana Perez", "1979-07-01", "HONDURAS"],
    ];

    private static readonly string[][] CountsPage =
    [
        ["Detention statistics, fiscal year 2024"],
        ["Nationality", "Detained"],
        ["EL SALVADOR", "120"],
        ["HONDURAS", "98"],
        ["The agency held 1,615 people on average in March."],
    ];

    private readonly DataFileScanner _scanner = new(pdfText: new PdfTextSource());

    private DataFileScanResult Scan(byte[] pdf)
    {
        using var dir = new TempDirectory();
        return _scanner.Scan(dir.WriteBytes("report.pdf", pdf));
    }

    [Fact]
    public void WhenAPrintedTableListsPeople_ReportsPA1001NamingThePage()
    {
        var finding = Assert.Single(Scan(PdfFiles.Pages(CountsPage, RosterTable)).Findings);

        Assert.Equal(("PA1001", 3), (finding.Code, finding.RecordCount));
        Assert.Contains("first at page 2, line 2.", finding.FormatMessage("report.pdf"));
    }

    [Fact]
    public void WhenARosterRunsOverSeveralPages_ItIsOneFindingCountingEveryPage()
    {
        var finding = Assert.Single(Scan(PdfFiles.Pages(CountsPage, RosterTable, RosterTable, RosterTable)).Findings);

        Assert.Equal(9, finding.RecordCount);
        Assert.Contains("first at page 2", finding.FormatMessage("report.pdf"));
    }

    [Fact]
    public void WhenPagesHoldFormsOfRecords_ReportsPA1001()
    {
        string[][] forms =
        [
            ["Full name: Maria Lopez, Date of birth: 14/03/1985, Country of citizenship: Mexico"],
            ["Full name: Ana Perez, Date of birth: 01/07/1979, Country of citizenship: Honduras"],
        ];

        var finding = Assert.Single(Scan(PdfFiles.Pages([["Transfers"]], forms)).Findings);

        Assert.Equal("PA1001", finding.Code);
        Assert.Contains("page 2", finding.FormatMessage("x.pdf"));
    }

    [Fact]
    public void WhenThePdfHoldsCountsAndProse_StaysQuiet()
    {
        Assert.Empty(Scan(PdfFiles.Pages(CountsPage, CountsPage)).Findings);
    }

    [Fact]
    public void WidelySpacedWordsBecomeColumns_CloseOnesStayTogether()
    {
        var text = string.Concat(new PdfTextSource().Pages(WriteTemp(PdfFiles.Pages(RosterTable))));

        Assert.StartsWith("A-Number\tFull Name\tDate of Birth\tNationality\n", text);
        Assert.Contains("A012345678\tMaria Lopez\t1985-03-14\tEL SALVADOR\n", text);
    }

    [Fact]
    public void WhenThePdfIsEncrypted_ReportsPA1003()
    {
        var finding = Assert.Single(Scan(PdfFiles.Encrypted()).Findings);

        Assert.Equal("PA1003", finding.Code);
        Assert.Contains("the PDF is encrypted (password-protected)", finding.Reason);
    }

    [Theory]
    [InlineData(0.2)]
    [InlineData(0.5)]
    [InlineData(0.8)]
    public void WhenThePdfIsTruncated_ReportsPA1003OrWhatItCouldRead(double kept)
    {
        var pdf = PdfFiles.Pages(RosterTable, RosterTable);

        var result = Scan(pdf.Take((int)(pdf.Length * kept)).ToArray());

        Assert.NotEmpty(result.Findings);
        Assert.All(result.Findings, f => Assert.Contains(f.Code, new[] { "PA1001", "PA1003" }));
    }

    [Fact]
    public void WhenAPdfIsGarbage_ReportsPA1003WithoutQuotingIt()
    {
        var bytes = new byte[20_000];
        new System.Random(7).NextBytes(bytes);
        System.Text.Encoding.ASCII.GetBytes("%PDF-1.7\nMaria Lopez 1985-03-14\n").CopyTo(bytes, 0);

        var finding = Assert.Single(Scan(bytes).Findings);

        Assert.Equal("PA1003", finding.Code);
        Assert.DoesNotContain("Maria", finding.FormatMessage("x.pdf"));
    }

    [Fact]
    public void MutatedPdfs_EndAsAScanOrAPA1003_NeverAsAScannerFailure()
    {
        var original = PdfFiles.Pages(CountsPage, RosterTable);
        var random = new System.Random(2026);
        using var dir = new TempDirectory();
        for (var i = 0; i < 200; i++)
        {
            var mutant = (byte[])original.Clone();
            for (var edit = 0; edit < 1 + random.Next(8); edit++)
            {
                mutant[random.Next(mutant.Length)] = (byte)random.Next(256);
            }

            var result = _scanner.Scan(dir.WriteBytes($"mutant-{i}.pdf", mutant));

            Assert.All(result.Findings, f => Assert.DoesNotContain("the scanner failed", f.Reason));
        }
    }

    [Fact]
    public void TheToolScansPdfsInDirectoriesByDefault()
    {
        using var dir = new TempDirectory();
        dir.WriteBytes("publications/annex.pdf", PdfFiles.Pages(RosterTable));

        var run = ToolRun.Scan(dir.Path, dir.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("annex.pdf(1,1): error PA1001", Assert.Single(run.Lines));
    }

    [Fact]
    public void TheToolReportsAnEncryptedPdfAndExits2()
    {
        using var dir = new TempDirectory();
        dir.WriteBytes("locked.pdf", PdfFiles.Encrypted());

        var run = ToolRun.Scan(dir.Path, dir.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("warning PA1003", Assert.Single(run.Lines));
    }

    private static string WriteTemp(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), "pa-pdf-" + System.Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
