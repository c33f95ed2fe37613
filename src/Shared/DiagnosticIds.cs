namespace PolicyAnalyzers.Shared;

/// <summary>
/// Every diagnostic ID, of the analyzer and of the data-file task, and where each one's rule page lives. Compiled into
/// both assemblies (src/Shared), so an ID is written once.
/// </summary>
internal static class DiagnosticIds
{
    public const string HelpLinkBase = "https://github.com/PolicyAnalyzers/PolicyAnalyzers/blob/main/docs/rules/";

    public const string ProtectedDataExported = "PA0001";
    public const string ProtectedDataSerialized = "PA0002";
    public const string ProtectedDataLogged = "PA0003";
    public const string UnmarkedPersonalData = "PA0004";
    public const string IncompleteAuthorizedDisclosure = "PA0005";
    public const string ApprovedDisclosure = "PA0006";
    public const string ShownToSignedInUsers = "PA0007";
    public const string PolicyNotUnderstood = "PA0008";
    public const string AnalysisFailed = "PA0999";

    /// <summary>A bundled data file holds personal data (error).</summary>
    public const string PersonalData = "PA1001";

    /// <summary>A bundled data file holds records shaped like a [ProtectedData] type of the project (error).</summary>
    public const string ProtectedShape = "PA1002";

    /// <summary>A bundled data file could not be scanned (warning).</summary>
    public const string NotScanned = "PA1003";

    /// <summary>The inventory of disclosures could not be written (warning).</summary>
    public const string InventoryNotWritten = "PA1004";

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";
}
