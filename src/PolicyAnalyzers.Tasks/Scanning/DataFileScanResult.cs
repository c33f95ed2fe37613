using System.Collections.Generic;

namespace PolicyAnalyzers.DataFiles.Scanning;

/// <param name="Findings">What the scan of one file found.</param>
/// <param name="IsCacheable">
/// False when the outcome depends on the moment rather than on the file's content (locked, deleted, a scanner fault):
/// the next build must try again.
/// </param>
internal sealed record DataFileScanResult(IReadOnlyList<DataFileFinding> Findings, bool IsCacheable);
