namespace PolicyAnalyzers.Shared;

/// <summary>What a kind of field says about the person a record is about.</summary>
internal enum FieldRole
{
    /// <summary>Nothing about people.</summary>
    None,

    /// <summary>A bare "Name": a person's, a product's or a country's. Counts only next to other evidence.</summary>
    AmbiguousName,

    /// <summary>A person's name: full, given, family, or named by the person's role.</summary>
    PersonName,

    /// <summary>Identifies one person by itself: an A-Number, a social security number, an e-mail, a phone, a passport.</summary>
    DirectIdentifier,

    /// <summary>Identifies a person together with other fields: a date of birth, an address, a facility.</summary>
    QuasiIdentifier,

    /// <summary>
    /// Describes a person without identifying them, and labels groups in statistics: a nationality, a place of birth,
    /// an ethnicity, a religion. Counts per nationality are statistics, not people.
    /// </summary>
    Descriptive,

    /// <summary>An aggregate (a count, a total): the record describes groups, not people.</summary>
    Aggregate,
}
