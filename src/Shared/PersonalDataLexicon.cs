using System;
using System.Collections.Generic;

namespace PolicyAnalyzers.Shared;

/// <summary>
/// The words that say "personal data", for the analyzer (member and type names in code) and the data scan (column
/// names and JSON keys) alike: the roles people have, the spellings of personal fields with what they name, and the
/// words of aggregates. docs/rules/PA1001.md and PA0004.md describe the vocabulary; keep them in step.
/// </summary>
internal static class PersonalDataLexicon
{
    /// <summary>
    /// Roles that name the person a record is about: a "Detainee" column or a "player_name" holds people, and a
    /// type called "ApplicantModel" is about people. A film's "director" or a book's "author" is not here for the data
    /// scan: those rows describe works (see <see cref="WeakPersonRoles"/>).
    /// </summary>
    public static readonly HashSet<string> PersonRoles = new(StringComparer.Ordinal)
    {
        "person", "persons", "people", "individual", "detainee", "detainees", "applicant", "applicants", "patient",
        "patients", "student", "students", "employee", "employees", "inmate", "inmates", "prisoner", "offender",
        "beneficiary", "respondent", "claimant", "defendant", "plaintiff", "resident", "alien", "noncitizen", "migrant",
        "refugee", "asylee", "traveler", "traveller", "passenger", "victim", "witness", "suspect", "arrestee",
        "decedent", "deceased", "tenant", "voter", "member", "members", "player", "players", "athlete", "appointee",
        "nominee", "candidate", "guest", "guests", "legislator", "senator", "congressman", "congresswoman",
        "politician", "volunteer", "participant", "attendee", "enrollee", "registrant", "pupil", "trainee", "recruit",
        "soldier", "veteran", "pensioner", "retiree", "borrower", "debtor", "policyholder", "bioname",
    };

    /// <summary>Roles that name a person only with "name" beside them in a column: a bare "parent" or "staff" column is
    /// often a category or a count, while "Child Name" and "Staff Name" hold people.</summary>
    public static readonly HashSet<string> NamedRoles = new(StringComparer.Ordinal)
    {
        "child", "parent", "guardian", "spouse", "father", "mother", "staff", "worker",
    };

    /// <summary>
    /// Roles that may name a team or a company as well as a person: "Contact Name" holds a person's name, but a bare
    /// "contact", "owner" or "subject" column must show people in its values ("Support Team" is a contact too). A column
    /// with "citizen" is a nationality before it is a role; "citizen" is here for type names in code ("CitizenRecord").
    /// </summary>
    public static readonly HashSet<string> WeakPersonRoles = new(StringComparer.Ordinal)
    {
        "subject", "contact", "owner", "holder", "sender", "recipient", "customer", "client", "user", "author",
        "signatory", "representative", "agent", "visitor", "citizen", "sponsor", "speaker", "subscriber", "buyer",
        "seller", "driver",
    };

    /// <summary>Words in the name of a number or a column that make it an aggregate: counts per nationality.</summary>
    public static readonly HashSet<string> AggregateWords = new(StringComparer.Ordinal)
    {
        "count", "counts", "total", "totals", "sum", "avg", "average", "mean", "median", "percent", "percentage",
        "pct", "perct", "prct", "rate", "population", "frequency", "freq", "qty", "quantity", "tally", "estimate",
        "estimates", "estimated", "share", "proportion", "ratio", "occurrences",
    };

    /// <summary>
    /// Spellings of personal fields written as one word ("dateofbirth", "fname", "socsec") and abbreviations of the
    /// words in them ("nbr", "ctzn"): what each names, where it is recognised, and the words it stands for. Rows that
    /// find a kind inside a longer member name come first, in the order they are tried.
    /// </summary>
    public static readonly LexiconEntry[] Spellings =
    {
        new("dateofbirth", FieldKind.DateOfBirth, SpellingUse.InsideNames, "date", "of", "birth"),
        new("birthdate", FieldKind.DateOfBirth, SpellingUse.InsideNames, "birth", "date"),
        new("birthday", FieldKind.DateOfBirth, SpellingUse.InsideNames, "birth", "date"),
        new("passport", FieldKind.Passport, SpellingUse.InsideNames),
        new("socialsecurity", FieldKind.Ssn, SpellingUse.InsideNames, "social", "security"),
        new("aliennumber", FieldKind.ANumber, SpellingUse.InsideNames, "alien", "number"),
        new("alienregistration", FieldKind.ANumber, SpellingUse.InsideNames, "alien", "registration"),
        new("nationalid", FieldKind.NationalId, SpellingUse.InsideNames, "national", "id"),
        new("nationalinsurance", FieldKind.NationalId, SpellingUse.InsideNames, "national", "insurance"),
        new("driverslicense", FieldKind.DrivingLicence, SpellingUse.InsideNames, "drivers", "license"),
        new("driverlicense", FieldKind.DrivingLicence, SpellingUse.InsideNames, "driver", "license"),
        new("email", FieldKind.Email, SpellingUse.InsideNames),
        new("phone", FieldKind.Phone, SpellingUse.InsideNames),
        new("mobilenumber", FieldKind.Phone, SpellingUse.InsideNames, "phone", "number"),
        new("homeaddress", FieldKind.Address, SpellingUse.InsideNames, "home", "address"),
        new("streetaddress", FieldKind.Address, SpellingUse.InsideNames, "street", "address"),
        new("postaladdress", FieldKind.Address, SpellingUse.InsideNames, "postal", "address"),
        new("firstname", FieldKind.GivenName, SpellingUse.InsideNames, "first", "name"),
        new("lastname", FieldKind.FamilyName, SpellingUse.InsideNames, "last", "name"),
        new("fullname", FieldKind.PersonName, SpellingUse.InsideNames, "full", "name"),
        new("surname", FieldKind.FamilyName, SpellingUse.InsideNames, "last", "name"),
        new("givenname", FieldKind.GivenName, SpellingUse.InsideNames, "given", "name"),
        new("familyname", FieldKind.FamilyName, SpellingUse.InsideNames, "last", "name"),
        new("middlename", FieldKind.GivenName, SpellingUse.InsideNames, "middle", "name"),
        new("maidenname", FieldKind.FamilyName, SpellingUse.InsideNames, "maiden", "name"),
        new("nationality", FieldKind.Nationality, SpellingUse.InsideNames),
        new("citizenship", FieldKind.Nationality, SpellingUse.InsideNames),
        new("countryofbirth", FieldKind.PlaceOfBirth, SpellingUse.InsideNames, "country", "of", "birth"),
        new("placeofbirth", FieldKind.PlaceOfBirth, SpellingUse.InsideNames, "place", "of", "birth"),
        new("ethnicity", FieldKind.Ethnicity, SpellingUse.InsideNames),
        new("religion", FieldKind.Religion, SpellingUse.InsideNames),

        new("displayname", FieldKind.PersonName, SpellingUse.WholeName),
        new("dob", FieldKind.DateOfBirth, SpellingUse.WholeName, "date", "of", "birth"),
        new("bdate", FieldKind.DateOfBirth, SpellingUse.WholeName, "birth", "date"),
        new("bday", FieldKind.DateOfBirth, SpellingUse.WholeName, "birth", "date"),
        new("fname", FieldKind.GivenName, SpellingUse.WholeName, "first", "name"),
        new("forename", FieldKind.GivenName, SpellingUse.WholeName, "first", "name"),
        new("forenames", FieldKind.GivenName, SpellingUse.WholeName, "first", "name"),
        new("givennames", FieldKind.GivenName, SpellingUse.WholeName, "given", "name"),
        new("mname", FieldKind.GivenName, SpellingUse.WholeName, "middle", "name"),
        new("lname", FieldKind.FamilyName, SpellingUse.WholeName, "last", "name"),
        new("mobile", FieldKind.Phone, SpellingUse.WholeName, "phone"),
        new("telephone", FieldKind.Phone, SpellingUse.WholeName, "phone"),
        new("cellphone", FieldKind.Phone, SpellingUse.WholeName, "phone"),
        new("phonenumber", FieldKind.Phone, SpellingUse.WholeName, "phone", "number"),
        new("emailaddress", FieldKind.Email, SpellingUse.WholeName, "email", "address"),
        new("passportno", FieldKind.Passport, SpellingUse.WholeName, "passport", "number"),
        new("anumber", FieldKind.ANumber, SpellingUse.WholeName, "anumber"),
        new("anbr", FieldKind.ANumber, SpellingUse.WholeName, "anumber"),
        new("alienno", FieldKind.ANumber, SpellingUse.WholeName, "alien", "number"),
        new("ssn", FieldKind.Ssn, SpellingUse.WholeName),
        new("socsec", FieldKind.Ssn, SpellingUse.WholeName, "social", "security"),
        new("taxid", FieldKind.NationalId, SpellingUse.WholeName),
        new("itin", FieldKind.NationalId, SpellingUse.WholeName),
        new("ctzn", FieldKind.Nationality, SpellingUse.WholeName, "citizenship"),
        new("ctznshp", FieldKind.Nationality, SpellingUse.WholeName, "citizenship"),

        // Abbreviations too short or too common in code to name a member by themselves: column words only.
        new("nm", FieldKind.None, SpellingUse.ColumnWord, "name"),
        new("nme", FieldKind.None, SpellingUse.ColumnWord, "name"),
        new("nbr", FieldKind.None, SpellingUse.ColumnWord, "number"),
        new("num", FieldKind.None, SpellingUse.ColumnWord, "number"),
        new("no", FieldKind.None, SpellingUse.ColumnWord, "number"),
        new("nr", FieldKind.None, SpellingUse.ColumnWord, "number"),
        new("nmbr", FieldKind.None, SpellingUse.ColumnWord, "number"),
        new("#", FieldKind.None, SpellingUse.ColumnWord, "number"),
        new("dt", FieldKind.None, SpellingUse.ColumnWord, "date"),
        new("dte", FieldKind.None, SpellingUse.ColumnWord, "date"),
        new("brth", FieldKind.None, SpellingUse.ColumnWord, "birth"),
        new("cntry", FieldKind.None, SpellingUse.ColumnWord, "country"),
        new("ctry", FieldKind.None, SpellingUse.ColumnWord, "country"),
        new("frst", FieldKind.None, SpellingUse.ColumnWord, "first"),
        new("lst", FieldKind.None, SpellingUse.ColumnWord, "last"),
        new("addr", FieldKind.Address, SpellingUse.ColumnWord, "address"),
        new("tel", FieldKind.Phone, SpellingUse.ColumnWord, "phone"),
        new("ph", FieldKind.Phone, SpellingUse.ColumnWord, "phone"),
        new("phn", FieldKind.Phone, SpellingUse.ColumnWord, "phone"),
        new("cell", FieldKind.Phone, SpellingUse.ColumnWord, "phone"),
        new("natl", FieldKind.Nationality, SpellingUse.ColumnWord, "nationality"),
        new("sex", FieldKind.Gender, SpellingUse.ColumnWord, "gender"),
        new("facilityname", FieldKind.Facility, SpellingUse.ColumnWord, "facility", "name"),
    };

    /// <summary>Any word for a person's role, in <see cref="PersonRoles"/>, <see cref="NamedRoles"/> or <see cref="WeakPersonRoles"/>.</summary>
    public static bool IsRole(string word) =>
        PersonRoles.Contains(word) || NamedRoles.Contains(word) || WeakPersonRoles.Contains(word);
}
