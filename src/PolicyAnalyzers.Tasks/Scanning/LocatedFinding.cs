using PolicyAnalyzers.DataFiles.Baseline;

namespace PolicyAnalyzers.DataFiles.Scanning;

/// <summary>
/// A finding of one file as both front ends (the MSBuild task and the command-line tool) report it: the file named as
/// the user named it, its path relative to the root that baselines and SARIF use, and its fingerprint.
/// </summary>
internal sealed class LocatedFinding
{
    public LocatedFinding(string displayPath, string relativePath, DataFileFinding finding)
    {
        DisplayPath = displayPath;
        RelativePath = relativePath;
        Finding = finding;
        Fingerprint = FindingFingerprint.Compute(relativePath, finding);
    }

    /// <summary>The file as the user named it: the item spec in MSBuild, the path given on the command line.</summary>
    public string DisplayPath { get; }

    /// <summary>The path relative to the project or root, with '/' separators (<see cref="FindingFingerprint.NormalizePath"/>).</summary>
    public string RelativePath { get; }

    public DataFileFinding Finding { get; }

    public string Fingerprint { get; }
}
