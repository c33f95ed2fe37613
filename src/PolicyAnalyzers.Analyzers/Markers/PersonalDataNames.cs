using System;
using System.Collections.Generic;
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
        private static readonly string[] PersonTypeWords =
        {
            "person", "people", "applicant", "customer", "client", "employee", "staff", "patient", "detainee", "user",
            "member", "student", "contact", "visitor", "witness", "citizen", "resident", "passenger", "tenant", "sponsor",
            "claimant", "beneficiary", "guardian", "parent", "child", "owner", "holder", "traveller", "traveler",
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

        private static bool LooksLikePerson(string typeName)
        {
            var lower = typeName.ToLowerInvariant();
            foreach (var word in PersonTypeWords)
            {
                if (lower.IndexOf(word, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
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
