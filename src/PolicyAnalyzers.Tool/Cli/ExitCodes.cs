namespace PolicyAnalyzers.Tool.Cli;

/// <summary>The exit codes of the public contract (CONTRACT.md): scripts and CI steps branch on them.</summary>
internal static class ExitCodes
{
    /// <summary>Every file was scanned and none holds personal data (or every finding is accepted in the baseline).</summary>
    public const int Clean = 0;

    /// <summary>Personal data was found, whatever else happened.</summary>
    public const int PersonalDataFound = 1;

    /// <summary>No personal data found, but a file could not be scanned, an output could not be written, or the usage was wrong.</summary>
    public const int Incomplete = 2;
}
