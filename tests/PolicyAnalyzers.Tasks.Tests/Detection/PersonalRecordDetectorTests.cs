using PolicyAnalyzers.DataFiles.Detection;
using PolicyAnalyzers.DataFiles.Reading;

namespace PolicyAnalyzers.DataFiles.Tests;

public class PersonalRecordDetectorTests
{
    private static PersonalRecordDetector Detect(IRecordReader reader)
    {
        using (reader)
        {
            var detector = new PersonalRecordDetector(reader.ColumnNames);
            while (reader.TryRead(out var record))
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

    // A name or an identifier beside what makes it a person's: every such record counts.
    [Theory]
    [InlineData("First Name,Last Name\nMaria,Lopez\nJosé,Álvarez\n", 2)] // first and last names
    [InlineData("A-Number,Facility\nA123-456-789,Otay Mesa\n", 1)] // an A-Number with a facility
    [InlineData("Name,DOB\nMaria Lopez,1985-03-14\n", 1)] // a bare name with a date of birth
    [InlineData("Email,Phone\nmaria.lopez@example.com,(202) 555-0143\n", 1)] // an email with a phone
    [InlineData("Phone,Date of Birth\n(202) 555-0143,1985-03-14\n", 1)] // a phone with a date of birth
    [InlineData("firstname,lastname,birthday,state\nJoseph,Mansfield,1861-02-09,TX\n", 1)] // a date of birth before 1900 with the name
    public void WhenANameOrIdentifierSitsWithAPersonalCompanion_CountsEachRecord(string csv, int records)
    {
        Assert.Equal(records, Csv(csv).MatchCount);
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

    // Statistics, products, templates and lone emails: nothing in a row identifies a person.
    [Theory]
    [InlineData("Nationality,Count\nEL SALVADOR,1204\nGUATEMALA,988\nHONDURAS,877\n")] // counts per nationality
    [InlineData("Facility,Detainees,Average Length of Stay\nOtay Mesa,1204,45.2\nAdelanto,988,51\n")] // counts per facility
    [InlineData("Name,Price,SKU\nWidget,9.99,W-1\nGadget Pro,19.99,G-2\nSuper Deluxe Bundle,49.00,B-3\n")] // products with prices under Name
    [InlineData("Full Name,Date of Birth,Nationality,A-Number\n")] // a header-only template
    [InlineData("First Name,Gender,Count\nMaria,F,7065\nJose,M,5120\n")] // first names aggregated with counts
    [InlineData("Email\nmaria.lopez@example.com\nana.perez@example.com\n")] // emails alone
    public void WhenNothingInARowIdentifiesAPerson_DoesNotReport(string csv)
    {
        Assert.Equal(0, Csv(csv).MatchCount);
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
    public void WhenNoColumnCanIdentifyAPerson_SaysSoBeforeReading()
    {
        using var reader = new CsvRecordReader(new StringReader("Nationality,Date of Birth,Count\nX,Y,1\n"));

        Assert.False(new PersonalRecordDetector(reader.ColumnNames).CanIdentifyPeople());
    }
    [Theory]
    [InlineData("player_name,player_id,season,raptor_total,war_total\nAlex Abrines,abrinal01,2017,0.37,1.2\nPrecious Achiuwa,achiupr01,2021,-2.1,0.3\n")]
    [InlineData("president,position,appointee,start_date,end_date\nCarter,OMB Director,Bert Lance,1/21/77,9/23/77\nCarter,Secretary of Transportation,Brock Adams,1/23/77,7/20/79\n")]
    [InlineData("YEAR,GoogleKnowlege_Occupation,Show,Group,Raw_Guest_List\n1999,actor,1/11/99,Acting,Michael J. Fox\n1999,Comedian,1/12/99,Comedy,Sandra Bernhard\n")]
    [InlineData("bioname,party_code,state_abbrev,born\n\"BIDEN, Joseph Robinette, Jr.\",100,DE,1942\n\"SANDERS, Bernard\",328,VT,1941\n")]
    [InlineData("Detainee,Facility,Days in Custody\nMaria Lopez,Otay Mesa,42\nJosé Álvarez,Adelanto,17\n")]
    [InlineData("person,team\nAna Pérez,Blue\nWei Zhang,Red\n")]
    public void WhenRoleColumnNamesPeopleBesideAnyAttribute_CountsEveryRecord(string csv)
    {
        Assert.Equal(2, Csv(csv).MatchCount);
    }

    [Fact]
    public void WhenBareNameColumnHoldsPeopleBesideTeamOrParty_CountsEveryRecord()
    {
        var detector = Csv("""
            Name,Party,State
            Maria Cantwell,Democrat,WA
            Amy Klobuchar,Democrat,MN
            Bernard Sanders,Independent,VT
            Chuck Grassley,Republican,IA
            """);

        Assert.Equal(4, detector.MatchCount);
        Assert.Equal(2, detector.FirstLine);
        Assert.Equal(["Name"], detector.EvidenceColumns());
    }

    [Fact]
    public void WhenPublicOfficialsDirectoryListsNamesOfficesAndPhones_ReportsItForTheBaselineToAccept()
    {
        var detector = Csv("""
            Name,Title,Office,Phone
            Maria Lopez,Director of Statistics,Room 301,(202) 555-0143
            John Carter,Deputy Director,Room 302,(202) 555-0144
            """);

        Assert.Equal(2, detector.MatchCount);
    }

    [Theory]
    [InlineData("name,country,subcountry,geonameid\nles Escaldes,Andorra,Escaldes-Engordany,3040051\nAndorra la Vella,Andorra,Andorra la Vella,3041563\nUmm al Qaywayn,United Arab Emirates,Umm al Qaywayn,290594\nSan Jose,United States,California,5392171\nFort Worth,United States,Texas,4691930\nKansas City,United States,Missouri,4393217\nPort Louis,Mauritius,Port Louis,934154\n")]
    [InlineData("\"\",\"name\",\"newPerct2013\"\n\"1\",\"Michael\",0.0115\n\"2\",\"James\",0.0102\n\"3\",\"John\",0.0096\n")]
    [InlineData("First name,Surname,Estimate\nJames,Smith,38313\nMaria,Garcia,32049\nMichael,Johnson,29011\n")]
    [InlineData("Name,Estimate\nJames Smith,38313\nMaria Garcia,32049\nMichael Johnson,29011\n")]
    [InlineData("name,ALIGN,SEX,ALIVE\nSpider-Man (Peter Parker),Good Characters,Male Characters,Living Characters\nCaptain America (Steven Rogers),Good Characters,Male Characters,Living Characters\nThor (Thor Odinson),Good Characters,Male Characters,Living Characters\nDeadpool (Wade Wilson),Neutral Characters,Male Characters,Living Characters\n")]
    [InlineData("Name,Price,SKU\nJack Daniels Gift Set,39.99,J-1\nOak Table Deluxe,249.00,T-2\nBlue Chair,19.99,C-3\nDesk Lamp,29.50,L-4\n")]
    [InlineData("subject,priority,due\nQuarterly Report,High,2024-03-01\nBudget Review,Low,2024-04-01\nOffice Move,Medium,2024-05-01\n")]
    [InlineData("Symbol,Security,GICS Sector\nMMM,3M,Industrials\nAOS,A. O. Smith,Industrials\nABT,Abbott Laboratories,Health Care\n")]
    public void WhenNamesAreCitiesFrequenciesCharactersOrProducts_DoesNotReport(string csv)
    {
        Assert.Equal(0, Csv(csv).MatchCount);
    }

    [Fact]
    public void WhenFullNamesAreCountedInAFrequencyTableWithARoleColumn_StillReportsThePeople()
    {
        // A role column says the rows are about those people, whatever statistics stand beside them.
        Assert.Equal(2, Csv("Detainee,Count\nMaria Lopez,3\nAna Pérez,1\n").MatchCount);
    }

    [Fact]
    public void WhenJsonNestsNameAndBirthday_JudgesTheWholeRecord()
    {
        var detector = Json("""
            [
              {"id": {"bioguide": "C000127"}, "name": {"first": "Maria", "last": "Cantwell"}, "bio": {"birthday": "1958-10-13", "gender": "F"}},
              {"id": {"bioguide": "K000367"}, "name": {"first": "Amy", "last": "Klobuchar"}, "bio": {"birthday": "1960-05-25", "gender": "F"}}
            ]
            """);

        Assert.Equal(2, detector.MatchCount);
        Assert.Equal(["name.first", "name.last", "bio.birthday", "bio.gender"], detector.EvidenceColumns());
    }

    [Fact]
    public void WhenJsonNestsOnlyCommitteesAddressesAndPhones_DoesNotReport()
    {
        var detector = Json("""
            [
              {"type": "house", "name": "House Committee on Agriculture", "subcommittees": [
                {"name": "Forestry and Horticulture", "address": "1301 LHOB; Washington, DC 20515", "phone": "(202) 225-2171"},
                {"name": "Livestock, Dairy, and Poultry", "address": "1301 LHOB; Washington, DC 20515", "phone": "(202) 225-2171"}
              ]}
            ]
            """);

        Assert.Equal(0, detector.MatchCount);
    }

    [Fact]
    public void WhenXmlNestsNameAndBio_JudgesTheWholeRecord()
    {
        var detector = Detect(new XmlRecordReader(new StringReader("""
            <legislators>
              <legislator><name><first>Maria</first><last>Cantwell</last></name><bio birthday="1958-10-13" gender="F"/></legislator>
              <legislator><name><first>Amy</first><last>Klobuchar</last></name><bio birthday="1960-05-25" gender="F"/></legislator>
            </legislators>
            """)));

        Assert.Equal(2, detector.MatchCount);
        Assert.Equal(2, detector.FirstLine);
        Assert.Equal(["name.first", "name.last", "bio.birthday", "bio.gender"], detector.EvidenceColumns());
    }

    [Fact]
    public void WhenRosterIsLong_LaterRowsAreJudgedAsTheFirstOnesWere()
    {
        // After the fully validated records, a name in "Last Name" settles a row at once; rows without one still
        // get the whole judgement, and rows with nothing personal are still not counted.
        var csv = new System.Text.StringBuilder("Row,A-Number,Last Name,First Name,Nationality\n");
        var row = 0;
        for (var i = 0; i < PersonalRecordDetector.FullyValidatedRecords + 200; i++)
        {
            csv.Append(System.FormattableString.Invariant($"{++row},A0{12345678 + i},LOPEZ,MARIA,EL SALVADOR\n"));
        }

        for (var i = 0; i < 100; i++)
        {
            csv.Append(System.FormattableString.Invariant($"{++row},A0{22345678 + i},REDACTED,,GUATEMALA\n"));
        }

        for (var i = 0; i < 100; i++)
        {
            csv.Append(System.FormattableString.Invariant($"{++row},,REDACTED,,\n"));
        }

        var detector = Csv(csv.ToString());

        Assert.Equal(PersonalRecordDetector.FullyValidatedRecords + 300, detector.MatchCount);
        Assert.Equal(["A-Number", "Last Name", "First Name", "Nationality"], detector.EvidenceColumns());
    }
}
