using System;

namespace PolicyAnalyzers.Shared;

/// <summary>
/// One spelling of the personal-data lexicon: <paramref name="Spelling"/> (lower case, no separators) names
/// <paramref name="Kind"/> where <paramref name="Use"/> says, and stands for <paramref name="Words"/> in a column name
/// (none: for itself).
/// </summary>
internal sealed record LexiconEntry(string Spelling, FieldKind Kind, SpellingUse Use, params string[] Words)
{
    /// <summary>The words a column name's word stands for: "dob" is "date of birth".</summary>
    public string[] Expansion => Words.Length > 0 ? Words : new[] { Spelling };
}
