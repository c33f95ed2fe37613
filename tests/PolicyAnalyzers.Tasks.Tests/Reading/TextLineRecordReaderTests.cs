using System.Linq;
using PolicyAnalyzers.DataFiles.Reading;
using PolicyAnalyzers.DataFiles.Scanning;

namespace PolicyAnalyzers.DataFiles.Tests;

public class TextLineRecordReaderTests
{
    private static System.Collections.Generic.List<Records.Row> Read(string text, int maxLineLength = 65536) =>
        Records.ReadAll(new TextLineRecordReader(new StringReader(text), maxLineLength));

    [Fact]
    public void WhenLineHasKeyValuePairs_TheyAreFieldsNamedByKey()
    {
        var row = Assert.Single(Read("2024-01-02 12:00:01 INFO booked name=\"Maria Lopez\" dob=1985-03-14 facility=OTAY\n"));

        Assert.Equal(("Maria Lopez", "1985-03-14", "OTAY"), (row["name"], row["dob"], row["facility"]));
    }

    [Fact]
    public void WhenLineHasColonPairs_KeysMayHaveSeveralWords()
    {
        var row = Assert.Single(Read("Full name: Maria Lopez Date of birth: 14/03/1985, Country of citizenship: Mexico"));

        Assert.Equal(("Maria Lopez", "14/03/1985", "Mexico"), (row["Full name"], row["Date of birth"], row["Country of citizenship"]));
    }

    [Fact]
    public void WhenValuesHaveAShapeOfTheirOwn_TheyAreNamedByWhatTheyAre()
    {
        var row = Assert.Single(Read("transferred A012345678 (born 1985-03-14) contact maria.lopez@gmail.com ssn 536-22-1234."));

        Assert.Equal(("A012345678", "1985-03-14", "maria.lopez@gmail.com", "536-22-1234"), (row["A-Number"], row["date of birth"], row["email"], row["SSN"]));
    }

    [Fact]
    public void WhenLinesAreLongerThanTheBuffer_PiecesKeepTheLineNumber()
    {
        var text = "x\n" + new string('-', 100) + " A012345678 born 1985-03-14\n";

        var rows = Read(text, maxLineLength: 64);

        Assert.All(rows, r => Assert.Equal(2, r.Line));
    }

    [Theory]
    [InlineData("app.log", "2024-01-02T12:00:00Z INFO detainee A012345678 booked, born 1985-03-14\r\n2024-01-02T12:00:05Z INFO detainee A087654321 booked, born 1990-02-11\r\n", 1, 2)]
    [InlineData("notes.txt", "Intake notes\n\nName: Maria Lopez, DOB: 1985-03-14\nName: Ana Pérez, DOB: 1979-07-01\n", 3, 2)]
    public void WhenTextHoldsPeople_ReportsPA1001(string name, string content, int line, int records)
    {
        var finding = Assert.Single(ScannedFile.Text(name, content).Findings);

        Assert.Equal(("PA1001", line, records), (finding.Code, finding.Line, finding.RecordCount));
        Assert.Equal("values", finding.ColumnWord);
    }

    [Theory]
    [InlineData("build.log", "12:00:01 Build started for Contoso.Web at 2024-01-02\n12:00:09 Built 12 projects; 0 errors\nurl: https://contoso.com/a:b\n")]
    [InlineData("readme.txt", "Detention statistics are published monthly.\nContact support@contoso.gov for questions. Case A012345678 is an example format.\n")]
    [InlineData("third-party-notices.txt", "Copyright (c) 2015 Maria Lopez\nLicensed under the MIT License: see https://opensource.org/licenses/MIT\n")]
    public void WhenTextHoldsNoPeople_ReportsNothing(string name, string content)
    {
        Assert.Empty(ScannedFile.Text(name, content).Findings);
    }

    [Fact]
    public void WhenTxtIsTabDelimited_ItIsReadAsATable()
    {
        var finding = Assert.Single(ScannedFile.Text(
            "export.txt", "Full Name\tDate of Birth\tNationality\nMaria Lopez\t1985-03-14\tEL SALVADOR\nAna Pérez\t1979-07-01\tHONDURAS\n").Findings);

        Assert.Equal("columns", finding.ColumnWord);
        Assert.Equal(2, finding.RecordCount);
    }

    [Theory]
    [InlineData("a\tb\tc\n1\t2\t3\n", '\t')]
    [InlineData("a|b\n1|2\n3|4\n", '|')]
    [InlineData("a,b,c\n1,2,3\n", ',')]
    public void WhenLinesAreDelimitedAlike_SnifferSeesATable(string text, char delimiter)
    {
        Assert.Equal(delimiter, TextLayoutSniffer.DetectTableDelimiter(text.ToCharArray(), text.Length, isWholeFile: true));
    }

    [Theory]
    [InlineData("Hello, world.\nThis is prose; it has commas, and more.\n")]
    [InlineData("one line only\tand a tab\n")]
    public void WhenLinesAreProse_SnifferSeesText(string text)
    {
        Assert.Null(TextLayoutSniffer.DetectTableDelimiter(text.ToCharArray(), text.Length, isWholeFile: true));
    }
}
