using System;
using PolicyAnalyzers.DataFiles.Text;
using PolicyAnalyzers.DataFiles.Validation;

namespace PolicyAnalyzers.DataFiles.Tests;

public class DateOfBirthValidatorTests
{
    private static readonly DateTime Today = new(2025, 6, 30);

    [Theory]
    [InlineData("1985-03-14")]
    [InlineData("1985/03/14")]
    [InlineData("1985-03-14T00:00:00")]
    [InlineData("1985-03-14T00:00:00Z")]
    [InlineData("03/14/1985")]
    [InlineData("3/4/1985")]
    [InlineData("14/03/1985")]
    [InlineData("14.03.1985")]
    [InlineData("14-03-1985")]
    [InlineData("19850314")]
    [InlineData("14-Mar-1985")]
    [InlineData("14 MARCH 1985")]
    [InlineData("Mar 14, 1985")]
    [InlineData("3/14/1985 12:00:00 AM")]
    [InlineData("1900-01-01")]
    [InlineData("1899-12-31")]
    [InlineData("1732-02-22")]
    [InlineData("02/22/1732")]
    [InlineData("1066-10-14")]
    [InlineData("2025-06-30")]
    [InlineData("2000-02-29")]
    public void WhenValueIsPlausibleBirthDate_Accepts(string value)
    {
        Assert.True(DateOfBirthValidator.IsPlausible(TextSlice.Of(value), Today));
    }

    [Theory]
    [InlineData("2025-07-01")]
    [InlineData("0999-12-31")]
    [InlineData("2030-01-01")]
    [InlineData("1985-13-01")]
    [InlineData("1985-02-30")]
    [InlineData("2001-02-29")]
    [InlineData("13/14/1985")]
    [InlineData("03/14/85")]
    [InlineData("1985")]
    [InlineData("12345678")]
    [InlineData("Maria Lopez")]
    [InlineData("1985-03-14 foo")]
    [InlineData("14-Foo-1985")]
    [InlineData("")]
    public void WhenValueIsNotAPlausibleBirthDate_Rejects(string value)
    {
        Assert.False(DateOfBirthValidator.IsPlausible(TextSlice.Of(value), Today));
    }
}
