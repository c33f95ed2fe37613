using System;
using System.Collections.Immutable;

namespace PolicyAnalyzers.Markers
{
    /// <summary>
    /// Member names that identify a person by themselves (names, dates of birth, identity numbers, contact details).
    /// A group label read from such a member is a list of people, not a statistic, even without a marker of its own.
    /// </summary>
    internal static class PersonalDataNames
    {
        private static readonly ImmutableHashSet<string> Identifying = ImmutableHashSet.Create(
            StringComparer.OrdinalIgnoreCase,
            "Name", "FullName", "FirstName", "LastName", "GivenName", "FamilyName", "Surname", "MiddleName", "MaidenName",
            "DisplayName", "DateOfBirth", "BirthDate", "Dob", "BirthDay", "Email", "EmailAddress", "Phone", "PhoneNumber",
            "Mobile", "MobileNumber", "Address", "HomeAddress", "StreetAddress", "PostalAddress", "PassportNumber", "Passport",
            "ANumber", "AlienNumber", "AlienRegistrationNumber", "Ssn", "SocialSecurityNumber", "NationalId",
            "NationalIdentifier", "NationalInsuranceNumber", "TaxId", "Itin", "DriversLicense", "DriverLicenseNumber");

        public static bool IsIdentifying(string memberName) => Identifying.Contains(memberName);
    }
}
