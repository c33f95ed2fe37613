using System;
using System.Linq;
using PolicyAnalyzers.DataFiles.Metadata;
using PolicyAnalyzers.DataFiles.Scanning;
using PolicyAnalyzers.DataFiles.Tests.ProtectedTypes;

namespace PolicyAnalyzers.DataFiles.Tests;

public class ProtectedShapeDetectorTests
{
    private static readonly Lazy<DataFileScanner> Scanner =
        new(() => new DataFileScanner(ProtectedTypeCatalog.FromImage(File.ReadAllBytes(typeof(DetentionRecord).Assembly.Location))));

    private static DataFileFinding[] Scan(string name, string content)
    {
        using var dir = new TempDirectory();
        return Scanner.Value.Scan(dir.Write(name, content)).Findings.ToArray();
    }

    [Fact]
    public void WhenColumnsAreAProtectedTypesPropertiesButValuesLookLikeNothing_ReportsPA1002NamingTheType()
    {
        var finding = Assert.Single(Scan("hearings.csv", "case_number,COURT,Judge,Hearing Stage\nC-1,Room 4,J-9,S2\nC-2,Room 5,J-3,S1\n"));

        Assert.Equal(("PA1002", 2, 2), (finding.Code, finding.Line, finding.RecordCount));
        Assert.Equal(
            "hearings.csv holds 2 records shaped like CaseReference (columns CaseNumber, Court, Judge, HearingStage), a [ProtectedData] type of the project: first at line 2. "
            + "Remove it from what the project ships, or list it in PolicyAnalyzersExcludeDataFile if it describes no real person.",
            finding.FormatMessage("hearings.csv"));
    }

    [Fact]
    public void WhenJsonKeysMatchMostProperties_ReportsPA1002()
    {
        var finding = Assert.Single(Scan("visitors.json", """[{"badge": "B-1", "host": "Reception", "company": "Contoso"}]"""));

        Assert.Equal("PA1002", finding.Code);
        Assert.Equal("ContractorVisitor", finding.TypeName);
    }

    [Fact]
    public void WhenJsonNestsTheProperties_MatchesThemByTheirLastPart()
    {
        var finding = Assert.Single(Scan("visits.json", """[{"visit": {"badge": "B-1", "host": "Reception"}, "company": "Contoso"}]"""));

        Assert.Equal(("PA1002", "ContractorVisitor"), (finding.Code, finding.TypeName));
    }

    [Fact]
    public void WhenValuesAlsoShowPersonalData_ReportsOnePA1001ThatNamesTheType()
    {
        var finding = Assert.Single(Scan("roster.csv", "ANumber,FullName,DateOfBirth,Nationality\nA012345678,Maria Lopez,1985-03-14,EL SALVADOR\n"));

        Assert.Equal(("PA1001", "DetentionRecord"), (finding.Code, finding.TypeName));
        Assert.Contains("shaped like the [ProtectedData] type DetentionRecord", finding.FormatMessage("roster.csv"));
    }

    [Theory]
    [InlineData("orders.csv", "OrderId,Total,Placed\n1,9.99,2024-01-01\n")]
    [InlineData("counts.csv", "Facility,CaseStatus,Count\nOtay Mesa,Pending,12\n")]
    [InlineData("user.csv", "Id,Theme\n1,dark\n")]
    [InlineData("products.csv", "Name,Price,Sku\nWidget,9.99,W-1\n")]
    public void WhenTooFewOrNoProtectedPropertiesMatch_ReportsNothing(string name, string content)
    {
        Assert.Empty(Scan(name, content));
    }

    [Fact]
    public void WhenWorkbookSheetHasTheShape_ReportsPA1002InThatSheet()
    {
        using var dir = new TempDirectory();
        var path = new WorkbookBuilder()
            .Sheet("Counts", [["Court", "Hearings"], ["Room 4", 12]])
            .Sheet("Docket", [["CaseNumber", "Court", "Judge", "HearingStage"], ["C-1", "Room 4", "J-9", "S2"]], state: "hidden")
            .Save(dir, "docket.xlsx");

        var finding = Assert.Single(Scanner.Value.Scan(path).Findings);

        Assert.Equal(("PA1002", 1), (finding.Code, finding.Line));
        Assert.Contains("first at sheet 'Docket' (hidden), cell A2", finding.FormatMessage("docket.xlsx"));
    }
}
