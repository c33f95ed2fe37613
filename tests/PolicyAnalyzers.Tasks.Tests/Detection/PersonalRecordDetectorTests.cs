using System.IO;
using Xunit;

namespace PolicyAnalyzers.DataFiles.Tests;

public class PersonalRecordDetectorTests
{
    private static PersonalRecordDetector Detect(IRecordReader reader)
    {
        using (reader)
        {
            var detector = new PersonalRecordDetector(reader.ColumnNames);
            while (reader.TryRead(out DataRecord? record))
            {
                detector.Observe(record);
            }

            return detector;
        }
    }

    private static PersonalRecordDetector Csv(string text) => Detect(new CsvRecordReader(new StringReader(text)));

    private static PersonalRecordDetector Json(string text) => Detect(new JsonRecordReader(new StringReader(text)));

    [Fact]
    public void WhenRosterHasNamesBirthDatesAndNationalities_CountsEveryRecord()
    {
        var detector = Csv("""
            FullName,DateOfBirth,Nationality,Notes
            Maria Lopez,1985-03-14,EL SALVADOR,
            José Álvarez,02/11/1990,Guatemala,transferred
            Ana Pérez,1979-07-01,HONDURAS,
            """);

        Assert.Equal(3, detector.MatchCount);
        Assert.Equal(2, detector.FirstLine);
        Assert.Equal(["FullName", "DateOfBirth", "Nationality"], detector.EvidenceColumns());
    }

    [Fact]
    public void WhenExportUsesDatabaseColumnNames_CountsEveryRecord()
    {
        var detector = Csv("""
            A_NBR,LAST_NM,FIRST_NM,BIRTH_DT,CTZN_CNTRY,FACILITY,CASE_STATUS
            A012345678,LOPEZ,MARIA,19850314,SLV,OTAY MESA DETENTION CENTER,PENDING HEARING
            A987654321,ALVAREZ,JOSE,19900211,GTM,ADELANTO ICE PROCESSING CENTER,FINAL ORDER
            """);

        Assert.Equal(2, detector.MatchCount);
    }

    [Fact]
    public void WhenOnlyFirstAndLastNamesAreListed_CountsThem()
    {
        Assert.Equal(2, Csv("First Name,Last Name\nMaria,Lopez\nJosé,Álvarez\n").MatchCount);
    }

    [Fact]
    public void WhenANumberSitsWithFacility_Counts()
    {
        Assert.Equal(1, Csv("A-Number,Facility\nA123-456-789,Otay Mesa\n").MatchCount);
    }

    [Fact]
    public void WhenBareNameSitsWithBirthDate_Counts()
    {
        Assert.Equal(1, Csv("Name,DOB\nMaria Lopez,1985-03-14\n").MatchCount);
    }

    [Fact]
    public void WhenEmailSitsWithPhone_Counts()
    {
        Assert.Equal(1, Csv("Email,Phone\nmaria.lopez@example.com,(202) 555-0143\n").MatchCount);
    }

    [Fact]
    public void WhenValuesDoNotValidate_RecordIsNotCounted()
    {
        var detector = Csv("""
            Full Name,Date of Birth
            Maria Lopez,1985-03-14
            REDACTED,REDACTED
            12345,not a date
            """);

        Assert.Equal(1, detector.MatchCount);
    }

    [Fact]
    public void WhenJsonArrayHoldsPeople_CountsObjectsAtTheirLines()
    {
        var detector = Json("""
            {
              "generated": "2024-01-01",
              "detainees": [
                {"fullName": "Maria Lopez", "dateOfBirth": "1985-03-14", "citizenship": "El Salvador"},
                {"fullName": "Ana Pérez", "dateOfBirth": "1979-07-01", "citizenship": "Honduras"}
              ]
            }
            """);

        Assert.Equal(2, detector.MatchCount);
        Assert.Equal((4, 5), (detector.FirstLine, detector.FirstColumn));
    }

    [Fact]
    public void WhenCsvCountsPerNationality_DoesNotReport()
    {
        Assert.Equal(0, Csv("Nationality,Count\nEL SALVADOR,1204\nGUATEMALA,988\nHONDURAS,877\n").MatchCount);
    }

    [Fact]
    public void WhenCsvCountsPerFacility_DoesNotReport()
    {
        Assert.Equal(0, Csv("Facility,Detainees,Average Length of Stay\nOtay Mesa,1204,45.2\nAdelanto,988,51\n").MatchCount);
    }

    [Fact]
    public void WhenNameColumnHoldsProductsWithPrices_DoesNotReport()
    {
        Assert.Equal(0, Csv("Name,Price,SKU\nWidget,9.99,W-1\nGadget Pro,19.99,G-2\nSuper Deluxe Bundle,49.00,B-3\n").MatchCount);
    }

    [Fact]
    public void WhenCsvIsHeaderOnlyTemplate_DoesNotReport()
    {
        Assert.Equal(0, Csv("Full Name,Date of Birth,Nationality,A-Number\n").MatchCount);
    }

    [Fact]
    public void WhenJsonIsSchemaDescribingPersonalFields_DoesNotReport()
    {
        var detector = Json("""
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "title": "Detainee",
              "type": "object",
              "properties": {
                "fullName": {"type": "string", "description": "Full name", "example": "Jane Doe"},
                "dateOfBirth": {"type": "string", "format": "date"},
                "nationality": {"type": "string"},
                "aNumber": {"type": "string", "pattern": "^A[0-9]{9}$"}
              },
              "required": ["fullName", "dateOfBirth"]
            }
            """);

        Assert.Equal(0, detector.MatchCount);
    }

    [Fact]
    public void WhenAppSettingsHasOneContactEmail_DoesNotReport()
    {
        var detector = Json("""
            {
              // Support contact shown in the footer.
              "Logging": { "LogLevel": { "Default": "Information" } },
              "Contact": { "Name": "Support Team", "Email": "support@contoso.com" },
              "Owner": { "Email": "maria.lopez@contoso.com" },
              "AllowedHosts": "*",
            }
            """);

        Assert.Equal(0, detector.MatchCount);
    }

    [Fact]
    public void WhenNameColumnHoldsCountryNames_DoesNotReport()
    {
        var detector = Csv("""
            Name,Region,Nationality,Count
            EL SALVADOR,Central America,Salvadoran,1204
            Guatemala,Central America,Guatemalan,988
            United States,North America,American,3
            """);

        Assert.Equal(0, detector.MatchCount);
    }

    [Fact]
    public void WhenNamesAreAggregated_DoesNotReport()
    {
        Assert.Equal(0, Csv("First Name,Gender,Count\nMaria,F,7065\nJose,M,5120\n").MatchCount);
    }

    [Fact]
    public void WhenStoreLocatorListsNamesAddressesAndPhones_DoesNotReport()
    {
        var detector = Json("""
            [
              {"name": "Downtown Store", "address": "123 Main St, Springfield", "phone": "(202) 555-0143"},
              {"name": "Harbor Outlet", "address": "9 Pier Rd", "phone": "+1 202 555 0199"}
            ]
            """);

        Assert.Equal(0, detector.MatchCount);
    }

    [Fact]
    public void WhenPhoneSitsWithBirthDate_Counts()
    {
        Assert.Equal(1, Csv("Phone,Date of Birth\n(202) 555-0143,1985-03-14\n").MatchCount);
    }

    [Fact]
    public void WhenOnlyEmailsAreListed_DoesNotReport()
    {
        Assert.Equal(0, Csv("Email\nmaria.lopez@example.com\nana.perez@example.com\n").MatchCount);
    }

    [Fact]
    public void WhenNoColumnCanIdentifyAPerson_SaysSoBeforeReading()
    {
        using var reader = new CsvRecordReader(new StringReader("Nationality,Date of Birth,Count\nX,Y,1\n"));

        Assert.False(new PersonalRecordDetector(reader.ColumnNames).CanIdentifyPeople());
    }
}
