namespace PolicyAnalyzers.Tool.Scanning;

/// <summary>One file to scan: as printed, as opened, and as baselines and SARIF name it (relative to the root).</summary>
internal sealed class ScanTarget
{
    public ScanTarget(string displayPath, string fullPath, string relativePath, long length)
    {
        DisplayPath = displayPath;
        FullPath = fullPath;
        RelativePath = relativePath;
        Length = length;
    }

    public string DisplayPath { get; }

    public string FullPath { get; }

    public string RelativePath { get; }

    /// <summary>Bytes, for the progress display; 0 when unknown.</summary>
    public long Length { get; }

    /// <summary>A path that is neither a file nor a directory: reported, never silently passed.</summary>
    public bool IsMissing { get; init; }

    /// <summary>Why a directory could not be listed; null for files.</summary>
    public string? ListingProblem { get; init; }
}
