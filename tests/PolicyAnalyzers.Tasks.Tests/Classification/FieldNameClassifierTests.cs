using Xunit;

namespace PolicyAnalyzers.DataFiles.Tests;

public class FieldNameClassifierTests
{
    [Theory]
    [InlineData("Date of Birth", nameof(FieldKind.DateOfBirth))]
    [InlineData("DOB", nameof(FieldKind.DateOfBirth))]
    [InlineData("BIRTH_DT", nameof(FieldKind.DateOfBirth))]
    [InlineData("birthDate", nameof(FieldKind.DateOfBirth))]
    [InlineData("date_of_birth", nameof(FieldKind.DateOfBirth))]
    [InlineData("DateOfBirth", nameof(FieldKind.DateOfBirth))]
    [InlineData("Birthday", nameof(FieldKind.DateOfBirth))]
    [InlineData("Last Name", nameof(FieldKind.FamilyName))]
    [InlineData("LAST_NM", nameof(FieldKind.FamilyName))]
    [InlineData("Surname", nameof(FieldKind.FamilyName))]
    [InlineData("lastName", nameof(FieldKind.FamilyName))]
    [InlineData("Family Name", nameof(FieldKind.FamilyName))]
    [InlineData("First Name", nameof(FieldKind.GivenName))]
    [InlineData("FIRST_NM", nameof(FieldKind.GivenName))]
    [InlineData("Given Name", nameof(FieldKind.GivenName))]
    [InlineData("firstName", nameof(FieldKind.GivenName))]
    [InlineData("Middle Name", nameof(FieldKind.GivenName))]
    [InlineData("Full Name", nameof(FieldKind.PersonName))]
    [InlineData("FullName", nameof(FieldKind.PersonName))]
    [InlineData("DETAINEE_NM", nameof(FieldKind.Person))]
    [InlineData("Name of Applicant", nameof(FieldKind.Person))]
    [InlineData("Country of Citizenship", nameof(FieldKind.Nationality))]
    [InlineData("CTZN_CNTRY", nameof(FieldKind.Nationality))]
    [InlineData("Nationality", nameof(FieldKind.Nationality))]
    [InlineData("Citizenship", nameof(FieldKind.Nationality))]
    [InlineData("Country of Birth", nameof(FieldKind.Nationality))]
    [InlineData("BIRTH_CNTRY", nameof(FieldKind.Nationality))]
    [InlineData("A-Number", nameof(FieldKind.ANumber))]
    [InlineData("A_NBR", nameof(FieldKind.ANumber))]
    [InlineData("Alien Number", nameof(FieldKind.ANumber))]
    [InlineData("ANumber", nameof(FieldKind.ANumber))]
    [InlineData("aNumber", nameof(FieldKind.ANumber))]
    [InlineData("A#", nameof(FieldKind.ANumber))]
    [InlineData("Alien Registration Number", nameof(FieldKind.ANumber))]
    [InlineData("SSN", nameof(FieldKind.Ssn))]
    [InlineData("Social Security Number", nameof(FieldKind.Ssn))]
    [InlineData("Email", nameof(FieldKind.Email))]
    [InlineData("E-mail Address", nameof(FieldKind.Email))]
    [InlineData("emailAddress", nameof(FieldKind.Email))]
    [InlineData("Phone", nameof(FieldKind.Phone))]
    [InlineData("Phone Number", nameof(FieldKind.Phone))]
    [InlineData("TEL_NBR", nameof(FieldKind.Phone))]
    [InlineData("Passport No", nameof(FieldKind.Passport))]
    [InlineData("passportNumber", nameof(FieldKind.Passport))]
    [InlineData("Facility", nameof(FieldKind.Facility))]
    [InlineData("Detention Facility", nameof(FieldKind.Facility))]
    [InlineData("Facility Name", nameof(FieldKind.Facility))]
    [InlineData("Case Status", nameof(FieldKind.CaseStatus))]
    [InlineData("Gender", nameof(FieldKind.Gender))]
    [InlineData("Sex", nameof(FieldKind.Gender))]
    [InlineData("Home Address", nameof(FieldKind.Address))]
    [InlineData("Name", nameof(FieldKind.Name))]
    [InlineData("NAME", nameof(FieldKind.Name))]
    [InlineData("name", nameof(FieldKind.Name))]
    [InlineData("Count", nameof(FieldKind.Count))]
    [InlineData("Total", nameof(FieldKind.Count))]
    [InlineData("Number of Detainees", nameof(FieldKind.Count))]
    [InlineData("# of people", nameof(FieldKind.Count))]
    [InlineData("Nationality Count", nameof(FieldKind.Count))]
    public void WhenHeaderIsSpelledAnyCommonWay_ClassifiesIt(string header, string expected)
    {
        Assert.Equal(expected, FieldNameClassifier.Classify(header).ToString());
    }

    [Theory]
    [InlineData("Product Name")]
    [InlineData("Company Name")]
    [InlineData("Country Name")]
    [InlineData("Country")]
    [InlineData("Price")]
    [InlineData("Id")]
    [InlineData("type")]
    [InlineData("Date")]
    [InlineData("Number")]
    [InlineData("Username")]
    [InlineData("")]
    public void WhenHeaderSaysNothingAboutPeople_ClassifiesItAsNone(string header)
    {
        Assert.Equal(FieldKind.None, FieldNameClassifier.Classify(header));
    }

    [Theory]
    [InlineData("BIRTH_DT", new[] { "birth", "date" })]
    [InlineData("SSNNumber", new[] { "ssn", "number" })]
    [InlineData("CTZN_CNTRY", new[] { "citizenship", "country" })]
    [InlineData("E-mail Address", new[] { "email", "address" })]
    [InlineData("address2Line", new[] { "address", "2", "line" })]
    public void WhenNameIsSplit_WordsAreLowerCaseAndExpanded(string name, string[] words)
    {
        Assert.Equal(words, FieldNameWords.Split(name));
    }
}
