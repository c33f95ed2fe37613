using System.Collections.Generic;
using System.Linq;
using PolicyAnalyzers.Shared;

namespace PolicyAnalyzers.DataFiles.Classification;

/// <summary>
/// Turns a column name or JSON key as people and databases spell it ("BIRTH_DT", "birthDate", "Date of Birth",
/// "A-Number", "CTZN_CNTRY") into lower-case words with the usual abbreviations spelled out, so one rule covers them all.
/// </summary>
internal static class FieldNameWords
{
    // The lexicon's spellings with the words they stand for: "dob" is "date of birth", "nbr" is "number".
    private static readonly Dictionary<string, string[]> Expansions = PersonalDataLexicon.Spellings
        .ToDictionary(entry => entry.Spelling, entry => entry.Expansion, System.StringComparer.Ordinal);

    public static List<string> Split(string name)
    {
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush(word, words);
                if (c == '#')
                {
                    words.Add("#");
                }

                continue;
            }

            if (word.Length > 0 && StartsNewWord(name, i))
            {
                Flush(word, words);
            }

            word.Append(char.ToLowerInvariant(c));
        }

        Flush(word, words);
        return Expand(words);
    }

    /// <summary>camelCase and PascalCase humps, acronym ends ("SSNNumber", "ANumber"), letter-digit changes.</summary>
    private static bool StartsNewWord(string name, int i)
    {
        var previous = name[i - 1];
        var c = name[i];
        if (char.IsDigit(previous) != char.IsDigit(c))
        {
            return true;
        }

        if (char.IsLower(previous) && char.IsUpper(c))
        {
            return true;
        }

        return char.IsUpper(previous) && char.IsUpper(c) && i + 1 < name.Length && char.IsLower(name[i + 1]);
    }

    private static List<string> Expand(List<string> words)
    {
        var expanded = new List<string>(words.Count + 2);
        foreach (var word in words)
        {
            if (Expansions.TryGetValue(word, out var replacement))
            {
                expanded.AddRange(replacement);
            }
            else
            {
                expanded.Add(word);
            }
        }

        // Two-word spellings of one word: "E-mail", "A-Number", "A#".
        var merged = new List<string>(expanded.Count);
        for (var i = 0; i < expanded.Count; i++)
        {
            var word = expanded[i];
            var next = i + 1 < expanded.Count ? expanded[i + 1] : null;
            if (word == "e" && next == "mail")
            {
                merged.Add("email");
                i++;
            }
            else if (word == "a" && next == "number")
            {
                merged.Add("anumber");
                i++;
            }
            else
            {
                merged.Add(word);
            }
        }

        return merged;
    }

    private static void Flush(System.Text.StringBuilder word, List<string> words)
    {
        if (word.Length > 0)
        {
            words.Add(word.ToString());
            word.Clear();
        }
    }
}
