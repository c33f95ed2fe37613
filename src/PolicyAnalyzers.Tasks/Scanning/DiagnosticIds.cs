namespace PolicyAnalyzers.DataFiles;

/// <summary>The data-file diagnostics of the public contract (docs/rules/&lt;id&gt;.md explains each).</summary>
internal static class DiagnosticIds
{
    /// <summary>A bundled data file holds personal data (error).</summary>
    public const string PersonalData = "PA1001";

    /// <summary>A bundled data file holds records shaped like a [ProtectedData] type of the project (error).</summary>
    public const string ProtectedShape = "PA1002";

    /// <summary>A bundled data file could not be scanned (warning).</summary>
    public const string NotScanned = "PA1003";

    public static string HelpLink(string id) =>
        $"https://github.com/PolicyAnalyzers/PolicyAnalyzers/blob/main/docs/rules/{id}.md";

    public static string Title(string id) => id switch
    {
        PersonalData => "A bundled data file holds personal data",
        ProtectedShape => "A bundled data file holds records shaped like a [ProtectedData] type",
        _ => "A bundled data file could not be scanned",
    };
}
