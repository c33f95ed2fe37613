using System.Collections.Generic;

namespace PolicyAnalyzers.Shared;

/// <summary>
/// The table of field kinds: for each, its role (what it says about a person) and its label in messages. The analyzer
/// (PA0004's "looks like a date of birth", which members keep group labels protected) and the data scan (which columns
/// identify people, how a column known by its values is named) read their answers here.
/// </summary>
internal static class FieldKinds
{
    private static readonly Dictionary<FieldKind, (FieldRole Role, string Label, string ValuesLabel)> Table = new()
    {
        [FieldKind.None] = (FieldRole.None, "nothing personal", ""),
        [FieldKind.Name] = (FieldRole.AmbiguousName, "a name", "names"),
        [FieldKind.PersonName] = (FieldRole.PersonName, "a person's name", "names"),
        [FieldKind.Person] = (FieldRole.PersonName, "a person's name", "names"),
        [FieldKind.GivenName] = (FieldRole.PersonName, "a person's name", "names"),
        [FieldKind.FamilyName] = (FieldRole.PersonName, "a person's name", "names"),
        [FieldKind.ANumber] = (FieldRole.DirectIdentifier, "an A-Number", "A-Numbers"),
        [FieldKind.Ssn] = (FieldRole.DirectIdentifier, "a social security number", "SSNs"),
        [FieldKind.Email] = (FieldRole.DirectIdentifier, "an email address", "e-mail addresses"),
        [FieldKind.Phone] = (FieldRole.DirectIdentifier, "a phone number", "phone numbers"),
        [FieldKind.Passport] = (FieldRole.DirectIdentifier, "a passport number", "passport numbers"),
        [FieldKind.NationalId] = (FieldRole.DirectIdentifier, "a national identity number", "national identity numbers"),
        [FieldKind.DrivingLicence] = (FieldRole.DirectIdentifier, "a driving licence number", "driving licence numbers"),
        [FieldKind.DateOfBirth] = (FieldRole.QuasiIdentifier, "a date of birth", "dates"),
        [FieldKind.Address] = (FieldRole.QuasiIdentifier, "a home address", "addresses"),
        [FieldKind.Gender] = (FieldRole.QuasiIdentifier, "a gender", "genders"),
        [FieldKind.Facility] = (FieldRole.QuasiIdentifier, "a place of detention", "facilities"),
        [FieldKind.CaseStatus] = (FieldRole.QuasiIdentifier, "a case status", "case statuses"),
        [FieldKind.Nationality] = (FieldRole.Descriptive, "a nationality", "nationalities"),
        [FieldKind.PlaceOfBirth] = (FieldRole.Descriptive, "a place of birth", "places of birth"),
        [FieldKind.Ethnicity] = (FieldRole.Descriptive, "an ethnicity", "ethnicities"),
        [FieldKind.Religion] = (FieldRole.Descriptive, "a religion", "religions"),
        [FieldKind.Count] = (FieldRole.Aggregate, "a count", "counts"),
    };

    public static FieldRole Role(FieldKind kind) => Table.TryGetValue(kind, out var row) ? row.Role : FieldRole.None;

    /// <summary>"a date of birth": what a member or column of this kind holds, for messages.</summary>
    public static string Label(FieldKind kind) => Table.TryGetValue(kind, out var row) ? row.Label : string.Empty;

    /// <summary>"A-Numbers", "dates": what a column recognised by its values holds, for column descriptions.</summary>
    public static string ValuesLabel(FieldKind kind) => Table.TryGetValue(kind, out var row) ? row.ValuesLabel : string.Empty;

    /// <summary>A person's name of any sort: full, given, family, or named by the person's role.</summary>
    public static bool IsPersonName(FieldKind kind) => Role(kind) == FieldRole.PersonName;

    /// <summary>Identifies one person by itself, whatever else the record holds.</summary>
    public static bool IsDirectIdentifier(FieldKind kind) => Role(kind) == FieldRole.DirectIdentifier;

    /// <summary>Says something about the person that, combined with other fields, can identify them.</summary>
    public static bool IsQuasiIdentifier(FieldKind kind) => Role(kind) is FieldRole.QuasiIdentifier or FieldRole.Descriptive;

    /// <summary>Describes a person without identifying them: statistics label their groups with it.</summary>
    public static bool IsDescriptive(FieldKind kind) => Role(kind) == FieldRole.Descriptive;
}
