using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using PolicyAnalyzers.DataFiles.Text;

namespace PolicyAnalyzers.DataFiles.Validation;

/// <summary>
/// Does a value look like a person's name? One to four names of letters (any script, accents included) with the
/// apostrophes, hyphens and initials' periods names have, optionally "LAST, FIRST". Around them, what real rosters
/// write: particles ("Ludwig van Beethoven", "María de los Ángeles Gómez", "Mohammed bin Salman"), a title
/// ("Dr. Ana Pérez"), suffixes ("Joseph Califano Jr.", "Warren Worthington III", "Smith, John, Jr."), a maiden name
/// in parentheses ("Maria (García) López", "Jane Smith (née Doe)") and a nickname in quotes ("James "Jim" Baker").
/// Not names: countries and placeholders ("EL SALVADOR", "Unknown", "Total"), organisations and places ("Support
/// Team", "Otay Mesa Detention Center"), titles and descriptions ("House Committee on Agriculture", "Meeting notes":
/// in mixed case, a lower-case word that is not a particle), and anything with digits or symbols. A detector that
/// takes those for people fails on every statistics table.
/// </summary>
internal static class PersonNameValidator
{
    private const int MinLength = 2;
    private const int MaxLength = 120;
    private const int MaxNames = 4;
    private const int MaxWordsInParentheses = 3;
    private const int MaxWordsInQuotes = 3;

    /// <summary>Placeholders and countries: one lookup for what a name column holds that is no one's name.</summary>
    private static readonly TextSet NotNames = new(Placeholders().Concat(Countries.NameList));

    /// <summary>
    /// What a one-word value cannot be: the above, and every particle, title, suffix, organisation or connector word
    /// ("van", "Dr", "Team"). One lookup settles the commonest value of a roster, a family name in its own column.
    /// </summary>
    private static readonly TextSet NotOneWordNames = new(Placeholders().Concat(Countries.NameList).Concat(NameWords.All()));

    private static string[] Placeholders() =>
    [
        "unknown", "none", "null", "nil", "na", "redacted", "withheld", "anonymous", "total", "subtotal", "grand total",
        "other", "others", "yes", "no", "true", "false", "male", "female", "test", "sample", "example", "tbd", "pending",
        "not available", "not applicable", "not provided", "not specified", "various", "misc", "unnamed", "name",
        "first name", "last name", "full name", "surname", "given name", "all", "n", "y", "string", "text", "john doe",
        "jane doe", "john q public", "max mustermann", "erika mustermann", "firstname lastname", "first last",
        "your name", "lorem ipsum", "test user", "user", "guest", "admin", "nobody", "someone", "somebody", "vacant",
    ];

    public static bool IsPlausible(TextSlice value) => CountNames(value) > 0;

    /// <summary>
    /// How many names (given and family, not particles, titles, suffixes, maiden or nick names) a person-name-shaped
    /// value holds: 2 for "Maria Lopez" and "LOPEZ, MARIA", 1 for "Maria"; 0 when it is not a person's name.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    public static int CountNames(TextSlice value)
    {
        value = value.Trim();
        if (value.Length < MinLength || value.Length > MaxLength)
        {
            return 0;
        }

        var single = CountSingleWord(value);
        if (single >= 0)
        {
            return single;
        }

        var scan = default(Scan);
        var i = 0;
        while (i < value.Length)
        {
            var c = value[i];
            if (c == ' ' || c == '\t')
            {
                i++;
                continue;
            }

            if (c == ',')
            {
                if (scan.Names == 0 || scan.InParentheses || scan.Quote != '\0' || ++scan.Commas > 2)
                {
                    return 0;
                }

                scan.NamesBeforeComma = scan.NamesAfterComma;
                scan.NamesAfterComma = 0;
                scan.SuffixAfterComma = false;
                i++;
                continue;
            }

            if (c == '(')
            {
                if (scan.Names == 0 || scan.InParentheses || scan.SawParentheses || scan.Quote != '\0')
                {
                    return 0;
                }

                scan.InParentheses = true;
                scan.SawParentheses = true;
                scan.GroupWords = 0;
                i++;
                continue;
            }

            if (c == ')')
            {
                if (!scan.InParentheses || scan.GroupWords == 0)
                {
                    return 0;
                }

                scan.InParentheses = false;
                i++;
                continue;
            }

            if (IsQuote(c))
            {
                if (scan.Quote == '\0')
                {
                    // A nickname opens a word: "James "Jim" Baker", not a quote inside a word or a second nickname.
                    if (scan.SawQuote || scan.InParentheses || (i > 0 && value[i - 1] is not (' ' or '\t')))
                    {
                        return 0;
                    }

                    scan.Quote = ClosingQuote(c);
                    scan.SawQuote = true;
                    scan.GroupWords = 0;
                    i++;
                    continue;
                }

                if (c != scan.Quote || scan.GroupWords == 0)
                {
                    return 0;
                }

                scan.Quote = '\0';
                i++;
                continue;
            }

            if (!IsNameLetter(c))
            {
                return 0;
            }

            var start = i;
            i++;
            while (i < value.Length && (IsNameLetter(value[i]) || IsInnerMark(value, i, scan.Quote)))
            {
                i++;
            }

            if (!scan.Add(value.Slice(start, i - start)))
            {
                return 0;
            }
        }

        if (scan.InParentheses || scan.Quote != '\0' || scan.Names is < 1 or > MaxNames || scan.Letters < MinLength)
        {
            return 0;
        }

        // After a comma come the given names ("LAST, FIRST") or a suffix ("Califano, Jr."); a second comma may only
        // bring a suffix, after given names ("Smith, John, Jr.").
        var lastPartIsSuffix = scan.NamesAfterComma == 0 && scan.SuffixAfterComma;
        if ((scan.Commas == 1 && scan.NamesAfterComma == 0 && !lastPartIsSuffix)
            || (scan.Commas == 2 && (!lastPartIsSuffix || scan.NamesBeforeComma == 0)))
        {
            return 0;
        }

        // In mixed case, names are capitalised: a lower-case word that is no particle makes a phrase ("Meeting notes").
        if (scan.Upper && scan.Lower && scan.LowerCaseName)
        {
            return 0;
        }

        if (NotNames.Contains(value))
        {
            return 0;
        }

        return scan.Names;
    }

    /// <summary>
    /// 1 or 0 for a value of one plain word ("LOPEZ", "O'Brien", "Nguyễn"), -1 when the value has more to it (spaces,
    /// commas, parentheses, quotes, a final period) and needs the whole scan.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    private static int CountSingleWord(TextSlice value)
    {
        if (!IsNameLetter(value[0]))
        {
            return -1;
        }

        var upper = false;
        var lower = false;
        var letters = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c < '\u0080')
            {
                if ((uint)(c - 'A') <= 'Z' - 'A')
                {
                    upper = true;
                    letters++;
                    continue;
                }

                if ((uint)(c - 'a') <= 'z' - 'a')
                {
                    lower = true;
                    letters++;
                    continue;
                }

                if (c is '-' || (c is '\'' && i + 1 < value.Length && IsNameLetter(value[i + 1])))
                {
                    continue;
                }

                return -1;
            }

            if (!IsNameLetter(c) && !IsInnerMark(value, i, '\0'))
            {
                return -1;
            }

            upper |= char.IsUpper(c);
            lower |= char.IsLower(c);
            letters += char.IsLetter(c) ? 1 : 0;
        }

        var lowerCaseStart = char.IsLower(value[0]) && !MayStartInLowerCase(value);
        if (letters < MinLength || (upper && lower && lowerCaseStart) || NotOneWordNames.ContainsWord(value))
        {
            return 0;
        }

        return 1;
    }

    /// <summary>
    /// Whether a word that starts in lower case may still be a name: "d'Artagnan", "l'Hôpital", or a particle joined
    /// by a hyphen ("al-Hassan", "el-Sayed", "ben-Ami"). Other lower-case starts, in mixed case, mark a phrase.
    /// </summary>
    private static bool MayStartInLowerCase(TextSlice word)
    {
        if (word.Length > 2 && word[1] is '\'' or '\u2019')
        {
            return true;
        }

        var hyphen = word.IndexOf('-');
        return hyphen > 0 && hyphen < word.Length - 1 && NameWords.Of(word.Slice(0, hyphen)) == NameWords.Category.Particle;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsNameLetter(char c)
    {
        if (c < 0x80)
        {
            return (uint)((c | 0x20) - 'a') <= 'z' - 'a';
        }

        if (char.IsLetter(c))
        {
            return true;
        }

        // Decomposed accents and the vowel signs of Indic scripts belong to their letter.
        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>Apostrophes, hyphens and periods inside or after a word: "O'Brien", "Jean-Luc", "J.", "Jr.".</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsInnerMark(TextSlice value, int i, char openQuote)
    {
        var c = value[i];
        if (c is '-' or '.' or '\u02BC')
        {
            return true;
        }

        // An apostrophe closes a nickname opened with one ("Robert 'Bob' Jones"); inside a word it is "O'Brien".
        return c is '\'' or '\u2019' && openQuote != c && i + 1 < value.Length && IsNameLetter(value[i + 1]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsQuote(char c) => c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB';

    private static char ClosingQuote(char open) => open switch
    {
        '\u201C' => '\u201D',
        '\u2018' => '\u2019',
        '\u00AB' => '\u00BB',
        _ => open,
    };

    /// <summary>What the words of a value have shown so far.</summary>
    private struct Scan
    {
        public int Names;
        public int NamesAfterComma;
        public int NamesBeforeComma;
        public bool SuffixAfterComma;
        public int Letters;
        public int Commas;
        public int GroupWords;
        public bool InParentheses;
        public bool SawParentheses;
        public bool SawQuote;
        public char Quote;
        public bool Upper;
        public bool Lower;
        public bool LowerCaseName;

        /// <summary>Takes one word; false when it shows the value is not a person's name.</summary>
        [MethodImpl(HotPath.Optimize)]
        public bool Add(TextSlice word)
        {
            var letters = 0;
            for (var k = 0; k < word.Length; k++)
            {
                var c = word[k];
                if (char.IsUpper(c))
                {
                    Upper = true;
                    letters++;
                }
                else if (char.IsLower(c))
                {
                    Lower = true;
                    letters++;
                }
                else if (char.IsLetter(c))
                {
                    letters++;
                }
            }

            if (letters == 0)
            {
                return false;
            }

            Letters += letters;
            var category = NameWords.Of(word);
            switch (category)
            {
                case NameWords.Category.Organisation:
                case NameWords.Category.Connector:
                    return false;
                case NameWords.Category.MaidenMarker:
                    // "née Doe" inside parentheses or after the names; never the whole value.
                    return Names > 0;
                case NameWords.Category.Title:
                    // Before the names only; elsewhere "Gen", "Sen" and "Rep" are names.
                    if (Names == 0 && Quote == '\0' && !InParentheses)
                    {
                        return true;
                    }

                    break;
                case NameWords.Category.Suffix:
                    SuffixAfterComma |= Commas > 0;
                    return Names > 0;
                case NameWords.Category.Particle:
                    return true;
            }

            if (InParentheses || Quote != '\0')
            {
                return ++GroupWords <= (InParentheses ? MaxWordsInParentheses : MaxWordsInQuotes);
            }

            if (char.IsLower(word[0]) && !MayStartInLowerCase(word))
            {
                LowerCaseName = true;
            }

            Names++;
            NamesAfterComma++;
            return true;
        }
    }
}
