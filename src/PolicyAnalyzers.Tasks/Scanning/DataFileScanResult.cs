using System.Collections.Generic;

namespace PolicyAnalyzers.DataFiles.Scanning;

internal sealed class DataFileScanResult
{
    public DataFileScanResult(IReadOnlyList<DataFileFinding> findings, bool isCacheable)
    {
        Findings = findings;
        IsCacheable = isCacheable;
    }

    public IReadOnlyList<DataFileFinding> Findings { get; }

    /// <summary>
    /// False when the outcome depends on the moment rather than on the file's content (locked, deleted, a scanner
    /// fault): the next build must try again.
    /// </summary>
    public bool IsCacheable { get; }
}
