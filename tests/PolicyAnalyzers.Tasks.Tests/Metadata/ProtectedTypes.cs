using System;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Compliance.Classification;
using PolicyAnalyzers;

// Types whose metadata the catalog tests read from this very assembly.
#pragma warning disable CA1812, CA1034, CA1819, SA1402, SA1649
namespace Microsoft.AspNetCore.Identity
{
    /// <summary>Stands in for ASP.NET Core Identity's marker: matched by full name, as in a real reference.</summary>
    [AttributeUsage(AttributeTargets.Property)]
    public sealed class PersonalDataAttribute : Attribute
    {
    }
}

namespace PolicyAnalyzers.DataFiles.Tests.ProtectedTypes
{
    [ProtectedData("detainee")]
    public sealed record DetentionRecord(string ANumber, string FullName, DateOnly DateOfBirth, string Nationality, string Facility, string CaseStatus);

    /// <summary>Protected through a marked primary-constructor parameter only.</summary>
    public sealed record CaseReference([ProtectedData] string CaseNumber, string Court, string Judge, string HearingStage);

    public class ApplicationUser
    {
        public int Id { get; set; }

        [PersonalData]
        public string? HomeAddress { get; set; }

        [PersonalData]
        public string? LoyaltyCard { get; set; }

        public string? Theme { get; set; }
    }

    public class Order
    {
        public int OrderId { get; set; }

        public decimal Total { get; set; }

        public DateTime Placed { get; set; }

        [ProtectedData]
        public string? CustomerEmail { get; set; }
    }

    /// <summary>Inherits Order's marked member.</summary>
    public class GiftOrder : Order
    {
        public string? GiftMessage { get; set; }
    }

    [ProtectedData]
    public class Visitor
    {
        public string? Badge { get; set; }

        public string? Host { get; set; }
    }

    public class ContractorVisitor : Visitor
    {
        public string? Company { get; set; }
    }

    /// <summary>A taxonomy's marker: derived from DataClassificationAttribute, so it protects what it marks.</summary>
    [AttributeUsage(AttributeTargets.All)]
    public class SensitiveDataAttribute : DataClassificationAttribute
    {
        public SensitiveDataAttribute()
            : base(new DataClassification("Agency", "Sensitive"))
        {
        }
    }

    /// <summary>Derived from a derived marker: protects as well.</summary>
    public sealed class MedicalDataAttribute : SensitiveDataAttribute
    {
    }

    public class Patient
    {
        public int Id { get; set; }

        [SensitiveData]
        public string? FullName { get; set; }

        [MedicalData]
        public string? Diagnosis { get; set; }

        public string? Ward { get; set; }
    }

    [SensitiveData]
    public class Referral
    {
        public string? Clinic { get; set; }
    }

    public class Newsletter
    {
        [NoDataClassification]
        public string? Topic { get; set; }

        [UnknownDataClassification]
        public string? Subscriber { get; set; }
    }

    public class Product
    {
        public string? Name { get; set; }

        public decimal Price { get; set; }

        public string? Sku { get; set; }
    }
}
#pragma warning restore CA1812, CA1034, CA1819, SA1402, SA1649
