namespace PolicyAnalyzers.Diagnostics;

/// <summary>Keys of the properties findings carry for the code fixes (the inventory's are in <see cref="Shared.DisclosureProperties"/>).</summary>
internal static class DiagnosticProperties
{
    /// <summary>Documentation ID of the member that carries the protected data into a serializer.</summary>
    public const string Member = "Member";

    /// <summary>Full name of the attribute that excludes that member from the serializer in use.</summary>
    public const string IgnoreAttribute = "IgnoreAttribute";

    /// <summary>How that attribute is written on the member: "JsonIgnore", "XLColumn(Ignore = true)".</summary>
    public const string IgnoreAttributeUsage = "IgnoreAttributeUsage";
}
