namespace PolicyAnalyzers.Tool.Scanning;

/// <summary>One file to scan: as printed, as opened, and as baselines and SARIF name it (relative to the root).</summary>
/// <param name="Length">Bytes, for the progress display; 0 when unknown.</param>
internal sealed record ScanTarget(string DisplayPath, string FullPath, string RelativePath, long Length)
{
    /// <summary>A path that is neither a file nor a directory: reported, never silently passed.</summary>
    public bool IsMissing { get; init; }

    /// <summary>Why a directory could not be listed; null for files.</summary>
    public string? ListingProblem { get; init; }
}
