using PolicyAnalyzers.DataFiles.Reading;
using PolicyAnalyzers.DataFiles.Scanning;

namespace PolicyAnalyzers.DataFiles.Tests;

public class PlainTextTableTests
{
    [Theory]
    [InlineData(',')]
    [InlineData(';')]
    [InlineData('|')]
    public void LinesOfKeyValuePairs_AreRecordsOfPairsNotATable(char separator)
    {
        var finding = Assert.Single(ScannedFile.Text("transfers.txt",
            $"Full name: Maria Lopez{separator} Date of birth: 14/03/1985{separator} Country of citizenship: Mexico\n"
            + $"Full name: Ana Perez{separator} Date of birth: 01/07/1979{separator} Country of citizenship: Honduras\n").Findings);

        Assert.Equal(("PA1001", "values", 2), (finding.Code, finding.ColumnWord, finding.RecordCount));
        Assert.Equal(1, finding.Line);
    }

    [Theory]
    [InlineData("Full Name,Date of Birth,Nationality\n", ',', false)]
    [InlineData("Time: 12:00, Note: none, Id: 7\n", ',', true)]
    [InlineData("Name: Maria Lopez\tDOB: 1985-03-14\n", '\t', true)]
    [InlineData("url,http://example.org/a: b,c\n", ',', false)]
    public void FirstLineIsKeyValuePairs_TellsPairsFromHeaders(string text, char delimiter, bool expected)
    {
        Assert.Equal(expected, PlainTextTable.FirstLineIsKeyValuePairs(text.ToCharArray(), text.Length, delimiter));
    }
}
