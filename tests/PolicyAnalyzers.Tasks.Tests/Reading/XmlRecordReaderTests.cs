using System.Linq;
using PolicyAnalyzers.DataFiles.Reading;
using PolicyAnalyzers.DataFiles.Scanning;

namespace PolicyAnalyzers.DataFiles.Tests;

public class XmlRecordReaderTests
{
    private static System.Collections.Generic.List<Records.Row> Read(string xml) =>
        Records.ReadAll(new XmlRecordReader(new StringReader(xml)));

    [Fact]
    public void WhenElementsRepeatWithChildElements_EachIsARecordAtItsStartLine()
    {
        var rows = Read("""
            <detainees>
              <detainee id="1">
                <fullName>Maria Lopez</fullName>
                <dateOfBirth>1985-03-14</dateOfBirth>
              </detainee>
              <detainee id="2"><fullName>Ana Pérez</fullName></detainee>
            </detainees>
            """);

        Assert.Equal(2, rows.Count);
        Assert.Equal((2, "1", "Maria Lopez", "1985-03-14"), (rows[0].Line, rows[0]["id"], rows[0]["fullName"], rows[0]["dateOfBirth"]));
        Assert.Equal((6, "Ana Pérez"), (rows[1].Line, rows[1]["fullName"]));
    }

    [Fact]
    public void WhenRowsAreAttributesOnly_EachElementIsARecord()
    {
        var rows = Read("""<rows><row name="Maria Lopez" dob="1985-03-14"/><row name="Ana Pérez" dob="1979-07-01"/></rows>""");

        Assert.Equal(["Maria Lopez", "Ana Pérez"], rows.Select(r => r["name"]));
    }

    [Fact]
    public void WhenXmlHoldsRoster_ScannerReportsPA1001AtTheFirstRecord()
    {
        var finding = Assert.Single(ScannedFile.Text("roster.xml", """
            <?xml version="1.0" encoding="utf-8"?>
            <ns:roster xmlns:ns="urn:x">
              <ns:person><ns:ANumber>A012345678</ns:ANumber><ns:Nationality>EL SALVADOR</ns:Nationality></ns:person>
              <ns:person><ns:ANumber>A087654321</ns:ANumber><ns:Nationality>GUATEMALA</ns:Nationality></ns:person>
            </ns:roster>
            """).Findings);

        Assert.Equal(("PA1001", 3, 2), (finding.Code, finding.Line, finding.RecordCount));
        Assert.Equal(["ANumber", "Nationality"], finding.Columns);
    }

    [Fact]
    public void WhenXmlIsConfigurationOrCatalog_ReportsNothing()
    {
        Assert.Empty(ScannedFile.Text("catalog.xml", """
            <configuration>
              <appSettings><add key="Name" value="Contoso"/><add key="Country" value="Mexico"/></appSettings>
              <products><product><name>Widget</name><price>9.99</price></product></products>
            </configuration>
            """).Findings);
    }

    [Fact]
    public void WhenXmlDeclaresADtd_ReportsPA1003WithoutExpandingIt()
    {
        var finding = Assert.Single(ScannedFile.Text("bomb.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
            <lolz>&lol2;</lolz>
            """).Findings);

        Assert.Equal("PA1003", finding.Code);
        Assert.Contains("DTD", finding.Reason);
    }

    [Fact]
    public void WhenXmlIsMalformed_ReportsPA1003AtThePositionWithoutQuotingIt()
    {
        var findings = ScannedFile.Text(
            "broken.xml", "<people>\n<person><fullName>Maria Lopez</fullName></person>\n<person><fullName>Secret Name</person>\n").Findings;

        Assert.Equal(["PA1001", "PA1003"], findings.Select(f => f.Code));
        Assert.Equal(3, findings[1].Line);
        Assert.DoesNotContain("Secret", findings[1].Reason);
        Assert.DoesNotContain("fullName", findings[1].Reason);
    }
}
