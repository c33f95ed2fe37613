using System.Collections.Generic;
using System.Runtime.CompilerServices;
using PolicyAnalyzers.DataFiles.Text;

namespace PolicyAnalyzers.DataFiles.Validation;

/// <summary>
/// The words a name holds besides given and family names, and the words that show a value is not a person's name at
/// all. One lookup per word answers both: "van", "de", "bin" are particles ("Ludwig van Beethoven"), "Jr." and "III"
/// suffixes, "Dr." a title, "née" opens a maiden name; "Team", "Committee", "Inc." and "Center" name organisations and
/// places, and "and", "of", "the" join the words of a title or a committee, never of a name.
/// </summary>
internal static class NameWords
{
    public enum Category : byte
    {
        /// <summary>An ordinary word: a given or family name.</summary>
        None,

        /// <summary>"van", "de", "von", "bin", "al", "y": part of a name, never counted as one of its names.</summary>
        Particle,

        /// <summary>"Jr.", "Sr.", "II", "III", "PhD": after the names.</summary>
        Suffix,

        /// <summary>"Dr.", "Mr.", "Mrs.", "Sen.": before the names.</summary>
        Title,

        /// <summary>"née", "born", "geb.": introduces a maiden name, in parentheses or not.</summary>
        MaidenMarker,

        /// <summary>"Team", "Committee", "Inc.", "Center", "University": the value names an organisation or a place.</summary>
        Organisation,

        /// <summary>"and", "of", "the", "for": the value is a title or a description.</summary>
        Connector,
    }

    private static readonly (Category Category, string[] Words)[] Table =
    [
        (Category.Particle,
        [
            "van", "von", "der", "den", "de", "del", "los", "las", "della", "delle", "dei", "degli", "di", "da", "das", "dos", "do", "du",
            "des", "la", "le", "lo", "y", "e", "bin", "binti", "bint", "ibn", "ben", "bat", "al", "el", "ter", "ten", "af",
            "zu", "zum", "zur", "vom", "av", "wa", "st", "ste", "mac", "ap", "ould", "abu", "ui", "ní", "nic", "mc",
        ]),
        (Category.Suffix, ["jr", "sr", "ii", "iii", "iv", "esq", "phd", "md", "dds", "jnr", "snr"]),
        (Category.Title,
        [
            "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev", "hon", "sen", "rep", "gen", "col", "capt",
            "lt", "sgt", "sra", "srta", "dra", "herr", "frau", "mme", "mlle",
        ]),
        (Category.MaidenMarker, ["née", "nee", "born", "geb", "geborene", "dite", "aka"]),
        (Category.Organisation,
        [
            "team", "store", "shop", "outlet", "inc", "llc", "llp", "ltd", "plc", "gmbh", "corp", "corporation", "company",
            "co", "committee", "subcommittee", "department", "dept", "center", "centre", "university", "college", "school",
            "academy", "hospital", "clinic", "association", "foundation", "agency", "ministry", "council", "services",
            "service", "group", "holdings", "bank", "airport", "station", "hotel", "restaurant", "office", "bureau",
            "board", "commission", "authority", "institute", "society", "union", "club", "league", "federation",
            "organization", "organisation", "trust", "fund", "partners", "associates", "international", "global",
            "systems", "solutions", "technologies", "industries", "enterprises", "products", "laboratories", "labs",
            "pharmaceuticals", "county", "city", "province", "district", "region", "mountain", "island", "islands",
            "avenue", "road", "highway", "unit", "facility", "prison", "jail", "detention", "processing", "tribunal", "republic", "kingdom", "federal", "national", "municipal",
            "characters", "edition", "series", "version", "model", "collection", "bundle", "pack", "deluxe",
        ]),
        (Category.Connector, ["and", "of", "the", "for", "on", "at", "in", "with", "to", "from", "by", "or"]),
    ];

    private static readonly TextSet Words;
    private static readonly Category[] Categories;

    static NameWords()
    {
        var all = new List<string>();
        foreach ((_, var words) in Table)
        {
            all.AddRange(words);
        }

        Words = new TextSet(all);
        Categories = new Category[Words.Count];

        // Later rows never override earlier ones: "sr" is a suffix before it is the Spanish title "Sr.".
        for (var row = Table.Length - 1; row >= 0; row--)
        {
            foreach (var word in Table[row].Words)
            {
                Categories[Words.IndexOf(word)] = Table[row].Category;
            }
        }
    }

    /// <summary>Every word of the table, whatever its category.</summary>
    public static IEnumerable<string> All()
    {
        foreach ((_, var words) in Table)
        {
            foreach (var word in words)
            {
                yield return word;
            }
        }
    }

    /// <summary>What <paramref name="word"/> is (a trailing period ignored: "Jr." is "Jr"). Single letters are initials.</summary>
    [MethodImpl(HotPath.Optimize)]
    public static Category Of(TextSlice word)
    {
        if (word.Length == 1 || (word.Length == 2 && word[1] == '.'))
        {
            return word[0] is 'y' or 'e' && word.Length == 1 ? Category.Particle : Category.None;
        }

        if (word.Length > 1 && word[word.Length - 1] == '.')
        {
            word = word.Slice(0, word.Length - 1);
        }

        if (word.Length > 16)
        {
            return Category.None;
        }

        var index = Words.IndexOfWord(word);
        return index < 0 ? Category.None : Categories[index];
    }
}
