using System.Collections.Generic;

namespace PolicyAnalyzers.DataFiles;

/// <summary>
/// Says what a column holds from its name. Structure is the strongest signal a scanner has (a header speaks for every
/// cell below it), so detectors validate values only in columns the classifier names. Rules run in order: aggregates
/// first (a "Nationality Count" column counts people, it does not name them), specific identifiers before the generic
/// words that appear inside them ("E-mail Address" is an email, "Country of Birth" a nationality, "Facility Name" a
/// facility).
/// </summary>
internal static class FieldNameClassifier
{
    private static readonly HashSet<string> AggregateWords =
    [
        "count", "counts", "total", "totals", "sum", "avg", "average", "mean", "median", "percent", "percentage",
        "pct", "rate", "population", "frequency", "freq", "qty", "quantity", "tally",
    ];

    /// <summary>Who a "&lt;role&gt; name" column names: always a person.</summary>
    private static readonly HashSet<string> PersonRoles =
    [
        "full", "legal", "person", "persons", "people", "detainee", "applicant", "patient", "student", "employee",
        "customer", "client", "subject", "individual", "member", "traveler", "traveller", "passenger", "inmate",
        "beneficiary", "respondent", "claimant", "defendant", "child", "parent", "guardian", "resident", "alien",
        "worker", "staff", "contact", "offender", "prisoner", "victim", "witness", "tenant", "citizen", "noncitizen",
        "migrant", "refugee", "asylee", "spouse", "father", "mother", "author", "recipient", "sender", "holder",
    ];

    public static FieldKind Classify(string? name)
    {
        if (name is null || name.Length == 0 || name.Length > ColumnTable.MaxNameLength)
        {
            return FieldKind.None;
        }

        List<string> words = FieldNameWords.Split(name);
        if (words.Count == 0)
        {
            return FieldKind.None;
        }

        bool Has(string word) => words.Contains(word);

        if (words.Exists(AggregateWords.Contains) || (words.Count > 1 && words[0] == "number" && words[1] == "of"))
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

        bool birth = Has("birth") || Has("born");
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

        if (!Has("name") && !Has("names"))
        {
            return FieldKind.None;
        }

        if (Has("first") || Has("given") || Has("middle") || Has("christian"))
        {
            return FieldKind.GivenName;
        }

        if (Has("last") || Has("family") || Has("maiden"))
        {
            return FieldKind.FamilyName;
        }

        if (words.Exists(PersonRoles.Contains))
        {
            return FieldKind.PersonName;
        }

        // A bare "Name" could be anyone or anything; "Product Name", "Company Name", "Country Name" are not people.
        return words.Count == 1 ? FieldKind.Name : FieldKind.None;
    }
}
