using Xunit;

namespace PolicyAnalyzers.DataFiles.Tests;

public class PersonNameValidatorTests
{
    [Theory]
    [InlineData("Maria Lopez")]
    [InlineData("JOSÉ ÁLVAREZ")]
    [InlineData("Seán O'Brien")]
    [InlineData("Jean-Luc Picard")]
    [InlineData("DOE, JOHN")]
    [InlineData("J. R. Smith")]
    [InlineData("María de los Ángeles")]
    [InlineData("Nguyễn")]
    [InlineData("Chad Smith")]
    public void WhenValueIsNameShaped_Accepts(string value)
    {
        Assert.True(PersonNameValidator.IsPlausible(TextSlice.Of(value)));
    }

    [Theory]
    [InlineData("EL SALVADOR")]
    [InlineData("El Salvador")]
    [InlineData("Guatemalan")]
    [InlineData("United States")]
    [InlineData("Unknown")]
    [InlineData("TOTAL")]
    [InlineData("A")]
    [InlineData("12345")]
    [InlineData("Widget 3000")]
    [InlineData("john@example.com")]
    [InlineData("one two three four five")]
    [InlineData("N/A")]
    [InlineData("-Smith")]
    [InlineData("Doe, John, Jr")]
    [InlineData("")]
    public void WhenValueIsNotAPersonName_Rejects(string value)
    {
        Assert.False(PersonNameValidator.IsPlausible(TextSlice.Of(value)));
    }
}
