namespace PolicyAnalyzers.Shared;

/// <summary>Where a spelling of the lexicon says what a field holds.</summary>
internal enum SpellingUse
{
    /// <summary>As a word of a column name only, where it is expanded ("nbr" is "number"); too short or too common in
    /// code to name a member.</summary>
    ColumnWord,

    /// <summary>Also as a member's whole name ("Dob", "Ssn"), ignoring case and underscores.</summary>
    WholeName,

    /// <summary>Also inside a longer member name ("ApplicantDateOfBirth").</summary>
    InsideNames,
}
