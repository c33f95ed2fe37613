using System.Linq;
using Xunit;

namespace PolicyAnalyzers.DataFiles.Tests;

public class ColumnValueProfilerTests
{
    private readonly DataFileScanner _scanner = new();

    private DataFileFinding[] Scan(string csv)
    {
        using var dir = new TempDirectory();
        return _scanner.Scan(dir.Write("data.csv", csv)).Findings.ToArray();
    }

    [Fact]
    public void WhenCsvHasNoHeader_ColumnsOfANumbersNamesAndDatesAreRecognised()
    {
        var finding = Assert.Single(Scan("""
            A012345678,Maria Lopez,1985-03-14
            A087654321,José Álvarez,1990-02-11
            A055512345,Ana Pérez,1979-07-01
            """));

        Assert.Equal(("PA1001", 1, 3), (finding.Code, finding.Line, finding.RecordCount));
        Assert.Equal("unlabelled columns", finding.ColumnWord);
        Assert.Equal(["1 (A-Numbers)", "2 (names)", "3 (dates)"], finding.Columns);
    }

    [Fact]
    public void WhenCsvHasNoHeader_NamesAndBirthDatesWithoutIdentifiersAreRecognisedByCommonGivenNames()
    {
        var finding = Assert.Single(Scan("Maria Lopez,1985-03-14,EL SALVADOR\nJosé Álvarez,1990-02-11,GUATEMALA\nAna Pérez,1979-07-01,HONDURAS\n"));

        Assert.Equal(["1 (names)", "2 (dates)", "3 (nationalities)"], finding.Columns);
    }

    [Fact]
    public void WhenHeaderSaysNothingButValuesAreIdentifiers_KeepsTheHeaderNames()
    {
        var finding = Assert.Single(Scan("Ref,When,Who\nA012345678,1985-03-14,Maria Lopez\nA087654321,1990-02-11,Ana Pérez\n"));

        Assert.Equal(2, finding.Line);
        Assert.Equal(["Ref", "When", "Who"], finding.Columns);
    }

    [Theory]
    [InlineData("Blue Chair,2021-03-04,19.99\nOak Table,2022-05-06,249.00\nDesk Lamp,2023-01-02,29.50\n")]
    [InlineData("2024-01-01,412\n2024-02-01,398\n2024-03-01,455\n")]
    [InlineData("Otay Mesa Detention Center,EL SALVADOR,12\nAdelanto ICE Processing Center,MEXICO,40\n")]
    [InlineData("Id,Value,Date\n1,3.5,2024-01-01\n2,4.5,2024-01-02\n")]
    public void WhenValuesAreProductsDatesOrCounts_ReportsNothing(string csv)
    {
        Assert.Empty(Scan(csv));
    }
}
