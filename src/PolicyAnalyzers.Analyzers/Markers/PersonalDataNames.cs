using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PolicyAnalyzers.Markers
{
    /// <summary>
    /// Member names that say "personal data": names, dates of birth, identity numbers, contact details, nationality.
    /// Used where the code carries no marker: to keep group labels read from such members protected, and to suggest
    /// a marker (PA0004).
    /// </summary>
    internal static class PersonalDataNames
    {
        private static readonly Dictionary<string, string> Exact = Build();

        // Checked in order against the lower-cased name; the first match names the category.
        private static readonly (string Fragment, string Category)[] Fragments =
        {
            ("dateofbirth", "a date of birth"), ("birthdate", "a date of birth"), ("birthday", "a date of birth"),
            ("passport", "a passport number"), ("socialsecurity", "a social security number"),
            ("aliennumber", "an A-Number"), ("alienregistration", "an A-Number"), ("nationalid", "a national identity number"),
            ("nationalinsurance", "a national identity number"), ("driverslicense", "a driving licence number"),
            ("driverlicense", "a driving licence number"), ("email", "an email address"), ("phone", "a phone number"),
            ("mobilenumber", "a phone number"), ("homeaddress", "a home address"), ("streetaddress", "a home address"),
            ("postaladdress", "a home address"), ("firstname", "a person's name"), ("lastname", "a person's name"),
            ("fullname", "a person's name"), ("surname", "a person's name"), ("givenname", "a person's name"),
            ("familyname", "a person's name"), ("middlename", "a person's name"), ("maidenname", "a person's name"),
            ("nationality", "a nationality"), ("citizenship", "a nationality"), ("countryofbirth", "a place of birth"),
            ("placeofbirth", "a place of birth"), ("ethnicity", "an ethnicity"), ("religion", "a religion"),
        };

        // Words in a type name that say its instances are people, so that a plain "Name" or "Address" is theirs.
        private static readonly HashSet<string> PersonTypeWords = new(StringComparer.Ordinal)
        {
            "person", "people", "applicant", "customer", "client", "employee", "staff", "patient", "detainee", "user",
            "member", "student", "contact", "visitor", "witness", "citizen", "resident", "passenger", "tenant", "sponsor",
            "claimant", "beneficiary", "guardian", "parent", "child", "owner", "holder", "traveller", "traveler",
            "author", "speaker", "attendee", "subscriber", "recipient", "buyer", "seller", "driver", "guest",
        };

        // Words for program structure: "member", "parent" or "owner" in such a type name are not people.
        private static readonly HashSet<string> TechnicalTypeWords = new(StringComparer.Ordinal)
        {
            "tree", "node", "type", "class", "field", "property", "column", "template", "token", "variable", "expression",
            "element", "schema", "symbol", "attribute", "parameter", "descriptor", "metadata", "assembly", "module", "menu",
            "role", "permission", "group", "claim", "setting", "option", "resource", "route", "syntax",
        };

        // Words in a type's name that make it a statistic, besides the aggregate words below.
        private static readonly HashSet<string> StatisticTypeWords = new(StringComparer.Ordinal)
        {
            "statistic", "statistics", "summary", "breakdown", "distribution", "histogram", "aggregate",
        };

        // Words in the name of a number that make a type a statistic: counts per nationality, totals per facility.
        private static readonly HashSet<string> AggregateWords = new(StringComparer.Ordinal)
        {
            "count", "total", "sum", "average", "mean", "median", "percent", "percentage", "share", "rate", "number",
            "quantity", "frequency", "people", "persons", "tally",
        };

        // Categories that describe a person without identifying them: counts per nationality are statistics.
        private static readonly HashSet<string> Descriptive = new(StringComparer.Ordinal)
        {
            "a nationality", "a place of birth", "an ethnicity", "a religion",
        };

        /// <summary>
        /// True for members that identify a person by themselves (FullName, DateOfBirth, ApplicantEmail, ANumber), by
        /// the same names PA0004 recognises; "Name" and "Address" count on a protected record (<paramref name="ofProtectedRecord"/>).
        /// </summary>
        public static bool IsIdentifying(ISymbol member, bool ofProtectedRecord)
        {
            if (ofProtectedRecord && (member.Name == "Name" || member.Name == "Address"))
            {
                return true;
            }

            var category = Describe(member);
            return category is not null && !Descriptive.Contains(category);
        }

        /// <summary>What kind of personal data the member's name (or type) suggests, or null when it suggests none.</summary>
        public static string? Describe(ISymbol member)
        {
            var name = member.Name;
            if (Exact.TryGetValue(name, out var exact))
            {
                return exact;
            }

            if (member is IPropertySymbol { Type: var propertyType } && SymbolNames.Is(propertyType, "System.Net.Mail", "MailAddress") ||
                member is IFieldSymbol { Type: var fieldType } && SymbolNames.Is(fieldType, "System.Net.Mail", "MailAddress"))
            {
                return "an email address";
            }

            var lower = name.ToLowerInvariant();
            foreach (var (fragment, category) in Fragments)
            {
                if (lower.IndexOf(fragment, StringComparison.Ordinal) >= 0 && !IsTechnical(lower))
                {
                    return category;
                }
            }

            // "Name" and "Address" are personal on a type whose instances are people, not on a product or a server.
            if ((name == "Name" || name == "Address") && member.ContainingType is { } owner && LooksLikePerson(owner.Name))
            {
                return name == "Name" ? "a person's name" : "a home address";
            }

            return null;
        }

        /// <summary>
        /// A type name with a word for people in it ("AppUser", "CustomerModel"), and none for program structure
        /// ("ModelTreeMember", whose Name is a template variable's).
        /// </summary>
        private static bool LooksLikePerson(string typeName)
        {
            var person = false;
            foreach (var word in Words(typeName))
            {
                if (TechnicalTypeWords.Contains(word))
                {
                    return false;
                }

                person |= PersonTypeWords.Contains(word) || (word.EndsWith("s", StringComparison.Ordinal) && PersonTypeWords.Contains(word.Substring(0, word.Length - 1)));
            }

            return person;
        }

        /// <summary>True for a statistic ("NationalityCount", a type with a count or total): its labels are not people's.</summary>
        public static bool IsStatistic(INamedTypeSymbol type)
        {
            // NationalityCount(string Nationality, int Detained): the type's own name says what it is.
            if (Words(type.Name).Any(word => AggregateWords.Contains(word) || StatisticTypeWords.Contains(word)))
            {
                return true;
            }

            foreach (var member in type.GetMembers())
            {
                var memberType = member switch
                {
                    IPropertySymbol property => property.Type,
                    IFieldSymbol { IsImplicitlyDeclared: false } field => field.Type,
                    _ => null,
                };

                if (memberType is not null && IsNumber(memberType) && Words(member.Name).Any(AggregateWords.Contains))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Categories that name or describe a person, and that a statistic uses as a label: not suggested there.</summary>
        public static bool IsLabel(string category) => category == "a person's name" || category == "a home address" || Descriptive.Contains(category);

        private static bool IsNumber(ITypeSymbol type)
        {
            if (type is INamedTypeSymbol { IsGenericType: true } nullable && nullable.ConstructedFrom.SpecialType == SpecialType.System_Nullable_T)
            {
                type = nullable.TypeArguments[0];
            }

            return type.SpecialType is SpecialType.System_Int16 or SpecialType.System_Int32 or SpecialType.System_Int64 or
                SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64 or
                SpecialType.System_Decimal or SpecialType.System_Double or SpecialType.System_Single;
        }

        /// <summary>The lower-case words of a PascalCase or snake_case name: "ModelTreeMember" gives model, tree, member.</summary>
        private static IEnumerable<string> Words(string name)
        {
            var start = 0;
            for (var i = 1; i <= name.Length; i++)
            {
                if (i == name.Length || name[i] == '_' || (char.IsUpper(name[i]) && !char.IsUpper(name[i - 1])))
                {
                    if (i > start)
                    {
                        yield return name.Substring(start, i - start).Trim('_').ToLowerInvariant();
                    }

                    start = i;
                }
            }
        }

        // Addresses and names of machines, not people.
        private static bool IsTechnical(string lowerName) =>
            lowerName.Contains("ipaddress") || lowerName.Contains("macaddress") || lowerName.Contains("emailtemplate") ||
            lowerName.Contains("phonecode") || lowerName.Contains("hostname") || lowerName.Contains("filename") ||
            lowerName.Contains("typename") || lowerName.Contains("username");

        private static Dictionary<string, string> Build()
        {
            var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            void Add(string category, params string[] members)
            {
                foreach (var member in members)
                {
                    names[member] = category;
                }
            }

            Add("a person's name", "FullName", "FirstName", "LastName", "GivenName", "FamilyName", "Surname", "MiddleName",
                "MaidenName", "DisplayName");
            Add("a date of birth", "DateOfBirth", "BirthDate", "Dob", "BirthDay");
            Add("an email address", "Email", "EmailAddress");
            Add("a phone number", "Phone", "PhoneNumber", "Mobile", "MobileNumber", "Telephone");
            Add("a home address", "HomeAddress", "StreetAddress", "PostalAddress");
            Add("a passport number", "Passport", "PassportNumber", "PassportNo");
            Add("an A-Number", "ANumber", "AlienNumber", "AlienRegistrationNumber", "A_Number");
            Add("a social security number", "Ssn", "SocialSecurityNumber");
            Add("a national identity number", "NationalId", "NationalIdentifier", "NationalInsuranceNumber", "TaxId", "Itin");
            Add("a driving licence number", "DriversLicense", "DriverLicenseNumber");
            Add("a nationality", "Nationality", "Citizenship", "CountryOfCitizenship");
            Add("a place of birth", "CountryOfBirth", "PlaceOfBirth");
            return names;
        }
    }
}
