using System.Collections.Generic;
using PolicyAnalyzers.DataFiles.Reading;
using PolicyAnalyzers.Shared;

namespace PolicyAnalyzers.DataFiles.Classification;

/// <summary>
/// Says what a column holds from its name. Structure is the strongest signal a scanner has (a header speaks for every
/// cell below it), so detectors validate values only in columns the classifier names. Rules run in order: aggregates
/// first (a "Nationality Count" column counts people, it does not name them), specific identifiers before the generic
/// words that appear inside them ("E-mail Address" is an email, "Country of Birth" a nationality, "Facility Name" a
/// facility), then names: of a role ("Detainee", "player_name", "appointee"), of a person ("Full Name"), or bare.
/// The vocabulary is documented in docs/rules/PA1001.md; keep the two in step.
/// </summary>
internal static class FieldNameClassifier
{
    private static readonly HashSet<string> AggregateWords = PersonalDataLexicon.AggregateWords;

    /// <summary>
    /// Roles whose column names the person each row is about, with or without "name": "Detainee", "player_name",
    /// "Raw_Guest_List". A film's "director" or a book's "author" is not here: those rows describe works.
    /// </summary>
    private static readonly HashSet<string> PersonRoles = PersonalDataLexicon.PersonRoles;

    /// <summary>Roles that name the row's person only with "name" beside them ("Child Name", "Staff Name").</summary>
    private static readonly HashSet<string> NamedRoles = PersonalDataLexicon.NamedRoles;

    /// <summary>Roles that may name a team or a company as well as a person: the values decide.</summary>
    private static readonly HashSet<string> WeakPersonRoles = PersonalDataLexicon.WeakPersonRoles;

    /// <summary>Words that may stand beside a role without changing what the column holds ("Raw_Guest_List").</summary>
    private static readonly HashSet<string> RoleCompanions =
    [
        "name", "names", "full", "raw", "list", "of", "the", "display", "legal", "official", "primary", "main",
        "current", "new",
    ];

    /// <summary>Name words that qualify a name: "First Name", "Full Name", "name.official_full".</summary>
    private static readonly HashSet<string> GivenNameWords = ["first", "given", "middle", "christian", "forename"];

    private static readonly HashSet<string> FamilyNameWords = ["last", "family", "maiden", "surname"];

    private static readonly HashSet<string> FullNameWords = ["full", "legal", "complete"];

    /// <summary>
    /// The last part of a nested field's path that describes the field rather than holding its value: a JSON
    /// schema's "properties.fullName.example" is an example, not a person's name.
    /// </summary>
    private static readonly HashSet<string> MetadataWords =
    [
        "type", "description", "example", "examples", "format", "pattern", "title", "default", "enum", "const", "ref",
        "items", "required", "nullable", "minlength", "maxlength", "label", "comment", "help", "hint", "placeholder",
        "tooltip", "schema", "id", "key", "source", "url",
    ];

    public static FieldKind Classify(string? name)
    {
        if (name is null || name.Length == 0 || name.Length > ColumnTable.MaxNameLength)
        {
            return FieldKind.None;
        }

        var words = FieldNameWords.Split(name);
        if (words.Count == 0 || DescribesNestedField(name, words))
        {
            return FieldKind.None;
        }

        bool Has(string word) => words.Contains(word);

        if (words.Exists(AggregateWords.Contains) || (words.Count > 1 && words[0] == "number" && words[1] == "of")
            || (words.Count == 1 && words[0] == "n"))
        {
            return FieldKind.Count;
        }

        if (Has("email"))
        {
            return FieldKind.Email;
        }

        if (Has("ssn") || (Has("social") && Has("security")))
        {
            return FieldKind.Ssn;
        }

        if (Has("anumber") || (Has("alien") && (Has("number") || Has("registration") || Has("reg") || Has("id")))
            || (words[0] == "a" && Has("file")))
        {
            return FieldKind.ANumber;
        }

        if (Has("passport"))
        {
            return FieldKind.Passport;
        }

        if (Has("phone") || Has("fax"))
        {
            return FieldKind.Phone;
        }

        var birth = Has("birth") || Has("born");
        if (Has("nationality") || Has("citizenship") || Has("citizen")
            || (birth && (Has("country") || Has("nation") || Has("place") || Has("city") || Has("town") || Has("state"))))
        {
            return FieldKind.Nationality;
        }

        if (birth)
        {
            return FieldKind.DateOfBirth;
        }

        if (Has("facility") || Has("detention") || Has("jail") || Has("prison"))
        {
            return FieldKind.Facility;
        }

        if (Has("case") || (Has("immigration") && Has("status")))
        {
            return FieldKind.CaseStatus;
        }

        if (Has("gender"))
        {
            return FieldKind.Gender;
        }

        if (Has("address") || Has("street") || Has("residence") || Has("zip") || Has("postcode")
            || (Has("postal") && Has("code")))
        {
            return FieldKind.Address;
        }

        return ClassifyName(words);
    }

    private static FieldKind ClassifyName(List<string> words)
    {
        var named = words.Contains("name") || words.Contains("names");
        var role = words.Exists(PersonRoles.Contains) || (named && words.Exists(NamedRoles.Contains));

        // "Detainee", "player_name", "Raw_Guest_List": a role, with nothing but name words beside it.
        if (role && words.TrueForAll(w => PersonRoles.Contains(w) || NamedRoles.Contains(w) || RoleCompanions.Contains(w)))
        {
            return FieldKind.Person;
        }

        if (!named)
        {
            // "subject", "contact", "owner": maybe a person, maybe a team; the values decide.
            return words.Count == 1 && WeakPersonRoles.Contains(words[0]) ? FieldKind.Name : FieldKind.None;
        }

        if (words.Exists(GivenNameWords.Contains))
        {
            return FieldKind.GivenName;
        }

        if (words.Exists(FamilyNameWords.Contains))
        {
            return FieldKind.FamilyName;
        }

        if (role)
        {
            return FieldKind.Person;
        }

        if (words.Exists(FullNameWords.Contains) || words.Exists(WeakPersonRoles.Contains))
        {
            return FieldKind.PersonName;
        }

        // A bare "Name" could be anyone or anything; "Product Name", "Company Name", "Country Name" are not people.
        return words.Count == 1 ? FieldKind.Name : FieldKind.None;
    }

    /// <summary>
    /// Whether a nested field's path ("properties.fullName.example", "bio.id") ends in a word that describes the field
    /// instead of holding what its parent names. "name.first" and "bio.birthday" hold what they say.
    /// </summary>
    private static bool DescribesNestedField(string name, List<string> words)
    {
        var dot = name.LastIndexOf('.');
        if (dot <= 0 || dot == name.Length - 1 || !char.IsLetterOrDigit(name[dot - 1]) || !char.IsLetterOrDigit(name[dot + 1]))
        {
            return false;
        }

        return MetadataWords.Contains(words[words.Count - 1]);
    }
}
