namespace PolicyAnalyzers.DataFiles;

/// <summary>
/// Does a value look like a person's name: one to four words of letters (any script, accents included) with the
/// apostrophes, hyphens and initials' periods names have, optionally "LAST, FIRST"? Country names and placeholders
/// ("EL SALVADOR", "Unknown", "Total") are not names: a detector that takes them for people fails on every statistics
/// table.
/// </summary>
internal static class PersonNameValidator
{
    private const int MinLength = 2;
    private const int MaxLength = 80;
    private const int MaxWords = 4;

    private static readonly TextSet Placeholders = new(
    [
        "unknown", "none", "null", "nil", "na", "redacted", "withheld", "anonymous", "total", "subtotal", "grand total",
        "other", "others", "yes", "no", "true", "false", "male", "female", "test", "sample", "example", "tbd", "pending",
        "not available", "not applicable", "not provided", "not specified", "various", "misc", "unnamed", "name",
        "first name", "last name", "full name", "surname", "given name", "all", "n", "y",
    ]);

    public static bool IsPlausible(TextSlice value)
    {
        value = value.Trim();
        if (value.Length < MinLength || value.Length > MaxLength)
        {
            return false;
        }

        int words = 0;
        int letters = 0;
        int commas = 0;
        bool inWord = false;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsLetter(c))
            {
                letters++;
                if (!inWord)
                {
                    words++;
                    inWord = true;
                }
            }
            else if (c == ' ' || c == '\t')
            {
                inWord = false;
            }
            else if (c == ',')
            {
                if (++commas > 1)
                {
                    return false;
                }

                inWord = false;
            }
            else if (c is '\'' or '\u2019' or '\u02BC' or '-' or '.')
            {
                // Inside a word only: "O'Brien", "Jean-Luc", "J.", not "-" or "'".
                if (!inWord)
                {
                    return false;
                }
            }
            else
            {
                return false;
            }
        }

        return words is >= 1 and <= MaxWords
            && letters >= MinLength
            && !Placeholders.Contains(value)
            && !Countries.NamesAndNationalities.Contains(value);
    }
}
