using System;
using System.Linq;
using PolicyAnalyzers.DataFiles.Classification;
using PolicyAnalyzers.Shared;

namespace PolicyAnalyzers.DataFiles.Tests;

/// <summary>
/// The field kinds and the personal-data lexicon of src/Shared, as the data scan uses them. The analyzer's side of
/// the same table is checked by its PA0004 tests (UnmarkedPersonalDataTests).
/// </summary>
public class SharedLexiconTests
{
    [Theory]
    [InlineData(nameof(FieldKind.ANumber))]
    [InlineData(nameof(FieldKind.Ssn))]
    [InlineData(nameof(FieldKind.Email))]
    [InlineData(nameof(FieldKind.Phone))]
    [InlineData(nameof(FieldKind.Passport))]
    [InlineData(nameof(FieldKind.NationalId))]
    [InlineData(nameof(FieldKind.DrivingLicence))]
    public void DirectIdentifiers_IdentifyOnePersonByThemselves(string kind)
    {
        Assert.True(FieldKinds.IsDirectIdentifier(Enum.Parse<FieldKind>(kind)));
    }

    [Theory]
    [InlineData(nameof(FieldKind.DateOfBirth))]
    [InlineData(nameof(FieldKind.Address))]
    [InlineData(nameof(FieldKind.Nationality))]
    [InlineData(nameof(FieldKind.Facility))]
    [InlineData(nameof(FieldKind.Name))]
    [InlineData(nameof(FieldKind.Count))]
    [InlineData(nameof(FieldKind.None))]
    public void OtherKinds_AreNotDirectIdentifiers(string kind)
    {
        Assert.False(FieldKinds.IsDirectIdentifier(Enum.Parse<FieldKind>(kind)));
    }

    [Fact]
    public void EveryKind_HasARoleAndALabel()
    {
        foreach (var kind in Enum.GetValues<FieldKind>().Where(k => k != FieldKind.None))
        {
            Assert.NotEqual(FieldRole.None, FieldKinds.Role(kind));
            Assert.False(string.IsNullOrEmpty(FieldKinds.Label(kind)), $"{kind} has no label");
            Assert.False(string.IsNullOrEmpty(FieldKinds.ValuesLabel(kind)), $"{kind} has no label for its values");
        }
    }

    [Fact]
    public void NationalitiesDescribePeople_TheyAreQuasiIdentifiersButNotDirect()
    {
        Assert.True(FieldKinds.IsDescriptive(FieldKind.Nationality));
        Assert.True(FieldKinds.IsQuasiIdentifier(FieldKind.Nationality));
        Assert.False(FieldKinds.IsDescriptive(FieldKind.DateOfBirth));
        Assert.True(FieldKinds.IsQuasiIdentifier(FieldKind.DateOfBirth));
    }

    [Fact]
    public void EverySpelling_IsWrittenOnceInLowerCaseWithoutSeparators()
    {
        var spellings = PersonalDataLexicon.Spellings.Select(entry => entry.Spelling).ToList();

        Assert.Equal(spellings.Count, spellings.Distinct(StringComparer.Ordinal).Count());
        Assert.All(spellings, s => Assert.True(s == "#" || s.All(c => char.IsLower(c) || char.IsDigit(c)), s));
    }

    [Fact]
    public void SpellingsFoundInsideMemberNames_ComeFirst_InTheOrderTheyAreTried()
    {
        var uses = PersonalDataLexicon.Spellings.Select(entry => entry.Use).ToList();

        Assert.Equal(uses.OrderByDescending(use => use).ToList(), uses);
    }

    [Theory]
    [InlineData("SOCIALSECURITY", nameof(FieldKind.Ssn))]
    [InlineData("homeaddress", nameof(FieldKind.Address))]
    [InlineData("MAIDENNAME", nameof(FieldKind.FamilyName))]
    [InlineData("countryofbirth", nameof(FieldKind.Nationality))]
    [InlineData("MOBILENUMBER", nameof(FieldKind.Phone))]
    [InlineData("alienregistration", nameof(FieldKind.ANumber))]
    [InlineData("Driver Name", nameof(FieldKind.PersonName))]
    [InlineData("Sponsor Name", nameof(FieldKind.PersonName))]
    [InlineData("driver", nameof(FieldKind.Name))]
    [InlineData("Visitor", nameof(FieldKind.Name))]
    public void SpellingsAndRolesTheAnalyzerKnew_AreKnownToTheDataScan(string column, string kind)
    {
        Assert.Equal(Enum.Parse<FieldKind>(kind), FieldNameClassifier.Classify(column));
    }
}
