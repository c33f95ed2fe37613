using System.Collections.Generic;
using System.Linq;
using PolicyAnalyzers.DataFiles.Detection;
using PolicyAnalyzers.DataFiles.Scanning;
using PolicyAnalyzers.DataFiles.Text;
using static System.FormattableString;

namespace PolicyAnalyzers.DataFiles.Tests;

public class ColumnValueProfilerTests
{
    private readonly DataFileScanner _scanner = new();

    private DataFileFinding[] Scan(string csv, string name = "data.csv")
    {
        using var dir = new TempDirectory();
        return _scanner.Scan(dir.Write(name, csv)).Findings.ToArray();
    }

    /// <summary>A CSV text: the header line, then the rows, one a line.</summary>
    private static string Csv(string header, IEnumerable<string> rows) => header + "\n" + string.Concat(rows.Select(row => row + "\n"));

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
    [Fact]
    public void WhenPeopleAppearAfterTheSampleBehindCleanLookingRows_StillReportsThem()
    {
        // A statistics table, then a roster appended under the same columns: the first 64 rows name nobody.
        var csv = new System.Text.StringBuilder("Label,Value,Note\n");
        for (var i = 0; i < 100; i++)
        {
            csv.Append(System.FormattableString.Invariant($"Facility {i % 7} total,{i * 3},monthly figure\n"));
        }

        string[] people = ["Maria Lopez", "José Álvarez", "Ana Pérez", "Mohammed Said", "Grace Okafor", "John Carter"];
        for (var i = 0; i < 70; i++)
        {
            csv.Append(System.FormattableString.Invariant($"{people[i % people.Length]},A0{12345678 + i},Otay Mesa Detention Center\n"));
        }

        var finding = Assert.Single(Scan(csv.ToString()));

        Assert.Equal("PA1001", finding.Code);
        Assert.True(finding.Line > 64, $"first at line {finding.Line}");
        Assert.InRange(finding.RecordCount, 64, 70);
    }

    [Fact]
    public void WhenNamesWithoutAHeaderStandBesideAnyAttribute_ReportsThem()
    {
        var finding = Assert.Single(Scan("Maria Lopez,Otay Mesa,41\nJosé Álvarez,Adelanto,17\nAna Pérez,Otay Mesa,63\n"));

        Assert.Equal(["1 (names)"], finding.Columns);
        Assert.Equal((1, 3), (finding.Line, finding.RecordCount));
    }

    [Fact]
    public void WhenTheFirstRowsHoldOnlyNumbersAndCodes_SettlesOnThem()
    {
        var csv = Csv("year,month,day,births", Enumerable.Range(0, 1000).Select(i => Invariant($"{2000 + (i / 365)},{1 + (i % 12)},{1 + (i % 28)},{8000 + i}")));

        Assert.Empty(Scan(csv, "births.csv"));
        Assert.Equal(ColumnValueProfiler.SampleRows, _scanner.LastRecordsRead);
    }

    [Fact]
    public void WhenTheFirstRowsHoldText_ReadsTheWholeTable()
    {
        var csv = Csv("Facility,Detained", Enumerable.Range(0, 1000).Select(i => Invariant($"Processing Center {i},{i}")));

        Assert.Empty(Scan(csv, "facilities.csv"));
        Assert.Equal(1000, _scanner.LastRecordsRead);
    }

    [Fact]
    public void WhenARosterIsAppendedUnderFacilityCounts_FindsItWhereItStarts()
    {
        // The incident's shape in one table: counts per facility, then the people, under the same two columns.
        string[] facilities = ["Otay Mesa Detention Center", "Adelanto ICE Processing Center", "Krome North SPC", "Eastern Holding Center"];
        string[] people = ["Maria Lopez", "José Álvarez", "Ana Pérez", "Mohammed Said", "Grace Okafor", "John Carter"];
        var csv = Csv(
            "Facility,Detained",
            Enumerable.Range(0, 500).Select(i => Invariant($"{facilities[i % facilities.Length]},{i % 90}"))
                .Concat(Enumerable.Range(0, 30).Select(i => Invariant($"{people[i % people.Length]},{i + 1}"))));

        var finding = Assert.Single(Scan(csv));

        Assert.Equal(("PA1001", 502, 30), (finding.Code, finding.Line, finding.RecordCount));
    }

    [Theory]
    [InlineData("1985-03-14", nameof(ValueShapes.Shape.Date))]
    [InlineData("03/14/1985", nameof(ValueShapes.Shape.Date))]
    [InlineData("14-Mar-1985", nameof(ValueShapes.Shape.Date))]
    [InlineData("412", nameof(ValueShapes.Shape.Number))]
    [InlineData("-3.5", nameof(ValueShapes.Shape.Number))]
    [InlineData("A012345678", nameof(ValueShapes.Shape.Identifier))]
    [InlineData("maria@example.com", nameof(ValueShapes.Shape.Email))]
    [InlineData("USA", nameof(ValueShapes.Shape.Code))]
    [InlineData("Otay Mesa Detention Center", nameof(ValueShapes.Shape.Words))]
    [InlineData("Maria Lopez", nameof(ValueShapes.Shape.NameLike))]
    [InlineData("LOPEZ, MARIA", nameof(ValueShapes.Shape.NameLike))]
    [InlineData("  ", nameof(ValueShapes.Shape.Empty))]
    public void ValueShapesTellNumbersDatesIdentifiersAndNamesApart(string value, string shape)
    {
        Assert.Equal(shape, ValueShapes.Of(TextSlice.Of(value)).ToString());
    }
}
