namespace PolicyAnalyzers.Shared;

/// <summary>
/// Keys of the properties PA0006 and PA0007 carry. The analyzer sets them on the diagnostic, the compiler writes them
/// into its SARIF log (<c>properties.customProperties</c>), and the task's inventory of disclosures reads them from
/// there, so justifications and approvers travel as data rather than through the message text.
/// </summary>
internal static class DisclosureProperties
{
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
