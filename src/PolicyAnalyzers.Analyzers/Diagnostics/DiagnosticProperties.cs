namespace PolicyAnalyzers.Diagnostics
{
    /// <summary>Keys of the properties findings carry for the code fixes.</summary>
    internal static class DiagnosticProperties
    {
        /// <summary>Documentation ID of the member that carries the protected data into a serializer.</summary>
        public const string Member = "Member";

        /// <summary>Full name of the attribute that excludes that member from the serializer in use.</summary>
        public const string IgnoreAttribute = "IgnoreAttribute";

        /// <summary>How that attribute is written on the member: "JsonIgnore", "XLColumn(Ignore = true)".</summary>
        public const string IgnoreAttributeUsage = "IgnoreAttributeUsage";

        // The inventory of disclosures (PA0006, PA0007) reads these from the compiler's SARIF log, where the compiler
        // writes a diagnostic's properties, instead of parsing the message.

        /// <summary>The code that discloses: the method, lambda or page.</summary>
        public const string Code = "Code";

        /// <summary>An approval's justification.</summary>
        public const string Justification = "Justification";

        /// <summary>Who approved it.</summary>
        public const string ApprovedBy = "ApprovedBy";

        /// <summary>What the disclosure reaches: the sinks an approval covers, or the response or page shown to staff.</summary>
        public const string Covers = "Covers";

        /// <summary>What a signed-in user must satisfy to see it (PA0007).</summary>
        public const string Audience = "Audience";

        /// <summary>The protected data disclosed (PA0007).</summary>
        public const string Data = "Data";
    }
}
