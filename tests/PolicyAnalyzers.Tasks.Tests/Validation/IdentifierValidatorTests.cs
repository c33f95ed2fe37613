using PolicyAnalyzers.DataFiles.Text;
using PolicyAnalyzers.DataFiles.Validation;

namespace PolicyAnalyzers.DataFiles.Tests;

public class ANumberValidatorTests
{
    [Theory]
    [InlineData("A012345678")]
    [InlineData("A12345678")]
    [InlineData("A1234567")]
    [InlineData("a123456789")]
    [InlineData("A-123456789")]
    [InlineData("A123-456-789")]
    [InlineData("A 123 456 789")]
    public void WhenValueIsPrefixedANumber_AcceptsWithoutHeader(string value)
    {
        Assert.True(ANumberValidator.IsValid(TextSlice.Of(value), underANumberHeader: false));
    }

    [Theory]
    [InlineData("123-456-789")]
    [InlineData("123456789")]
    [InlineData("12345678")]
    public void WhenValueIsBareDigits_AcceptsOnlyUnderANumberHeader(string value)
    {
        Assert.True(ANumberValidator.IsValid(TextSlice.Of(value), underANumberHeader: true));
        Assert.False(ANumberValidator.IsValid(TextSlice.Of(value), underANumberHeader: false));
    }

    [Theory]
    [InlineData("A123456")]
    [InlineData("A1234567890")]
    [InlineData("A000000000")]
    [InlineData("A12-3456-789")]
    [InlineData("A12345678X")]
    [InlineData("B123456789")]
    [InlineData("Maria")]
    public void WhenValueIsNotAnANumber_Rejects(string value)
    {
        Assert.False(ANumberValidator.IsValid(TextSlice.Of(value), underANumberHeader: true));
    }
}

public class SsnValidatorTests
{
    [Theory]
    [InlineData("536-22-1234")]
    [InlineData("536 22 1234")]
    [InlineData("001-01-0001")]
    [InlineData("899-99-9998")]
    public void WhenValueIsIssuableSsn_Accepts(string value)
    {
        Assert.True(SsnValidator.IsValid(TextSlice.Of(value), underSsnHeader: false));
    }

    [Fact]
    public void WhenValueIsNineBareDigits_AcceptsOnlyUnderSsnHeader()
    {
        Assert.True(SsnValidator.IsValid(TextSlice.Of("536221234"), underSsnHeader: true));
        Assert.False(SsnValidator.IsValid(TextSlice.Of("536221234"), underSsnHeader: false));
    }

    [Theory]
    [InlineData("000-12-3456")]
    [InlineData("666-12-3456")]
    [InlineData("900-12-3456")]
    [InlineData("999-12-3456")]
    [InlineData("536-00-1234")]
    [InlineData("536-22-0000")]
    [InlineData("111-11-1111")]
    [InlineData("078-05-1120")]
    [InlineData("219-09-9999")]
    [InlineData("123-45-6789")]
    [InlineData("536-22-123")]
    [InlineData("536/22/1234")]
    [InlineData("536-22 1234")]
    public void WhenValueIsInvalidOrSampleSsn_Rejects(string value)
    {
        Assert.False(SsnValidator.IsValid(TextSlice.Of(value), underSsnHeader: true));
    }
}

public class EmailValidatorTests
{
    [Theory]
    [InlineData("maria.lopez@example.com")]
    [InlineData("j_doe+tag@mail.co.uk")]
    [InlineData("o'brien@agency.gov")]
    public void WhenValueIsPersonalEmail_Accepts(string value)
    {
        Assert.True(EmailValidator.IsPersonal(TextSlice.Of(value)));
    }

    [Theory]
    [InlineData("support@contoso.com")]
    [InlineData("NoReply@contoso.com")]
    [InlineData("info@contoso.com")]
    public void WhenValueIsRoleMailbox_IsValidButNotPersonal(string value)
    {
        Assert.True(EmailValidator.IsValid(TextSlice.Of(value)));
        Assert.False(EmailValidator.IsPersonal(TextSlice.Of(value)));
    }

    [Theory]
    [InlineData("maria")]
    [InlineData("maria@")]
    [InlineData("@contoso.com")]
    [InlineData("maria@contoso")]
    [InlineData("maria@contoso.c")]
    [InlineData("maria@@contoso.com")]
    [InlineData(".maria@contoso.com")]
    [InlineData("ma..ria@contoso.com")]
    [InlineData("maria@contoso..com")]
    [InlineData("maria lopez@contoso.com")]
    [InlineData("maria@contoso.c0m")]
    public void WhenValueIsNotAnEmail_Rejects(string value)
    {
        Assert.False(EmailValidator.IsValid(TextSlice.Of(value)));
    }
}

public class PhoneValidatorTests
{
    [Theory]
    [InlineData("(202) 555-0143")]
    [InlineData("+1 202 555 0143")]
    [InlineData("202.555.0143")]
    [InlineData("555-0143 x12")]
    [InlineData("+44 20 7946 0958")]
    public void WhenValueIsPhoneShaped_Accepts(string value)
    {
        Assert.True(PhoneValidator.IsValid(TextSlice.Of(value)));
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("555-555-5555")]
    [InlineData("call me")]
    [InlineData("1234567890123456")]
    public void WhenValueIsNotPhoneShaped_Rejects(string value)
    {
        Assert.False(PhoneValidator.IsValid(TextSlice.Of(value)));
    }
}

public class PassportValidatorTests
{
    [Theory]
    [InlineData("123456789")]
    [InlineData("G12345678")]
    [InlineData("C01X00T47")]
    public void WhenValueIsPassportShaped_Accepts(string value)
    {
        Assert.True(PassportValidator.IsValid(TextSlice.Of(value)));
    }

    [Theory]
    [InlineData("ABCDEFGH")]
    [InlineData("12345")]
    [InlineData("000000000")]
    [InlineData("N/A")]
    public void WhenValueIsNotPassportShaped_Rejects(string value)
    {
        Assert.False(PassportValidator.IsValid(TextSlice.Of(value)));
    }
}

public class NationalityValidatorTests
{
    [Theory]
    [InlineData("EL SALVADOR")]
    [InlineData("el  salvador")]
    [InlineData("Mexico")]
    [InlineData("Guatemalan")]
    [InlineData("Côte d’Ivoire")]
    [InlineData("SLV")]
    [InlineData("HND")]
    public void WhenValueIsCountryOrNationality_Accepts(string value)
    {
        Assert.True(NationalityValidator.IsValid(TextSlice.Of(value)));
    }

    [Theory]
    [InlineData("slv")]
    [InlineData("XYZ")]
    [InlineData("Maria Lopez")]
    [InlineData("Atlantis")]
    [InlineData("12")]
    public void WhenValueIsNotCountryOrNationality_Rejects(string value)
    {
        Assert.False(NationalityValidator.IsValid(TextSlice.Of(value)));
    }
}

public class DescriptiveValueValidatorTests
{
    [Theory]
    [InlineData("M", true)]
    [InlineData("female", true)]
    [InlineData("Unknown", false)]
    [InlineData("42", false)]
    public void GenderValues(string value, bool expected)
    {
        Assert.Equal(expected, GenderValidator.IsValid(TextSlice.Of(value)));
    }

    [Theory]
    [InlineData("Otay Mesa Detention Center", true)]
    [InlineData("Final order of removal", true)]
    [InlineData("N/A", false)]
    [InlineData("  ", false)]
    [InlineData("12", false)]
    public void FacilityAndStatusValues(string value, bool expected)
    {
        Assert.Equal(expected, DescriptiveTextValidator.IsMeaningful(TextSlice.Of(value)));
    }
}
