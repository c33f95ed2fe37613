using PolicyAnalyzers.DataFiles.Text;
using PolicyAnalyzers.DataFiles.Validation;

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
    [InlineData("")]
    public void WhenValueIsNotAPersonName_Rejects(string value)
    {
        Assert.False(PersonNameValidator.IsPlausible(TextSlice.Of(value)));
    }

    [Theory]
    [InlineData("Ludwig van Beethoven", 2)]
    [InlineData("Janet van Dyne", 2)]
    [InlineData("Johann Wolfgang von Goethe", 3)]
    [InlineData("María de los Ángeles Gómez", 3)]
    [InlineData("Mohammed bin Rashid Al Maktoum", 3)]
    [InlineData("Leonardo da Vinci", 2)]
    [InlineData("García y López, María", 3)]
    [InlineData("Maria (García) López", 2)]
    [InlineData("Jane Smith (née Doe)", 2)]
    [InlineData("Hillary Rodham (Clinton)", 2)]
    [InlineData("James \"Jim\" Baker", 2)]
    [InlineData("Robert 'Bob' Jones", 2)]
    [InlineData("William \u201CBill\u201D Clinton", 2)]
    [InlineData("Joseph Califano Jr.", 2)]
    [InlineData("Joseph Califano, Jr.", 2)]
    [InlineData("Smith, John, Jr", 2)]
    [InlineData("Warren Worthington III", 2)]
    [InlineData("Dr. Ana Pérez", 2)]
    [InlineData("Michael J. Fox", 3)]
    [InlineData("Maria", 1)]
    [InlineData("LOPEZ, MARIA ELENA", 3)]
    [InlineData("O'Brien, Seán", 2)]
    [InlineData("Khalid al-Hassan", 2)]
    [InlineData("al-Hassan", 1)]
    [InlineData("Ngũgĩ wa Thiong'o", 2)]
    [InlineData("d'Artagnan", 1)]
    public void WhenNameHasParticlesMaidenNamesNicknamesOrSuffixes_CountsItsNames(string value, int names)
    {
        Assert.Equal(names, PersonNameValidator.CountNames(TextSlice.Of(value)));
    }

    [Theory]
    [InlineData("Support Team")]
    [InlineData("Downtown Store")]
    [InlineData("Otay Mesa Detention Center")]
    [InlineData("House Committee on Agriculture")]
    [InlineData("Forestry and Horticulture")]
    [InlineData("Meeting notes")]
    [InlineData("les Escaldes")]
    [InlineData("Argus the One-Eyed")]
    [InlineData("Benjamin Grimm (Earth-616)")]
    [InlineData("Wolverine (James \\\"Logan\\\" Howlett)")]
    [InlineData("Smith & Wesson")]
    [InlineData("Jane Doe")]
    [InlineData("Maria (García")]
    [InlineData("(García) López")]
    [InlineData("Maria \"Mary López")]
    [InlineData("Jr.")]
    [InlineData("Smith, Jr., John")]
    [InlineData("Maria López, Jr., III, IV")]
    public void WhenValueIsAnOrganisationPhraseOrBrokenName_Rejects(string value)
    {
        Assert.Equal(0, PersonNameValidator.CountNames(TextSlice.Of(value)));
    }
}
