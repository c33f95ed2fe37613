using System;

namespace PolicyAnalyzers;

/// <summary>
/// Marks data that must not leave the application: personal data, or anything the law or policy protects.
/// </summary>
/// <remarks>
/// On a type, every instance is protected, every value read from it, and every type derived from it or
/// implementing it. On a member, parameter or return value, that value is protected.
/// PolicyAnalyzers reports protected data that reaches an export (PA0001), public serialization (PA0002) or a log
/// (PA0003).
/// </remarks>
[AttributeUsage(
    AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface |
    AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue,
    AllowMultiple = false,
    Inherited = true)]
public sealed class ProtectedDataAttribute : Attribute
{
    /// <summary>Marks protected data without naming a category.</summary>
    public ProtectedDataAttribute()
    {
    }

    /// <summary>Marks protected data of a named category, such as "name", "date-of-birth" or "immigration-status".</summary>
    /// <param name="category">A category for reviewers, such as "name" or "date-of-birth".</param>
    public ProtectedDataAttribute(string category)
    {
        Category = category;
    }

    /// <summary>The category given to the constructor, if any.</summary>
    public string? Category { get; }
}
