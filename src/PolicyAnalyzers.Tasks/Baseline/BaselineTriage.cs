using System;
using System.Collections.Generic;
using System.Linq;
using PolicyAnalyzers.DataFiles.Reporting;
using PolicyAnalyzers.DataFiles.Scanning;

namespace PolicyAnalyzers.DataFiles.Baseline;

/// <summary>
/// Splits the findings of one scan into those the baseline accepts and those to report, and counts the baseline
/// entries of scanned files that no longer match a finding (stale entries a team should drop).
/// </summary>
internal sealed class BaselineTriage
{
    private BaselineTriage(List<LocatedFinding> reported, List<LocatedFinding> accepted, int unusedEntries)
    {
        Reported = reported;
        Accepted = accepted;
        UnusedEntries = unusedEntries;
    }

    /// <summary>Findings to report, in the order they were found.</summary>
    public IReadOnlyList<LocatedFinding> Reported { get; }

    public IReadOnlyList<LocatedFinding> Accepted { get; }

    public int UnusedEntries { get; }

    public static BaselineTriage Apply(IEnumerable<LocatedFinding> found, FindingBaseline baseline)
    {
        var reported = new List<LocatedFinding>();
        var accepted = new List<LocatedFinding>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var files = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var finding in found)
        {
            files.Add(finding.RelativePath);
            if (baseline.Accepts(finding.Fingerprint))
            {
                used.Add(finding.Fingerprint);
                accepted.Add(finding);
            }
            else
            {
                reported.Add(finding);
            }
        }

        var unused = baseline.Entries.Count(e => !used.Contains(e.Fingerprint) && files.Contains(e.File));
        return new BaselineTriage(reported, accepted, unused);
    }

    /// <summary>The reported findings as SARIF, each with the message <paramref name="message"/> gives it.</summary>
    public SarifLog ToSarif(Func<LocatedFinding, string> message)
    {
        var sarif = new SarifLog();
        foreach (var finding in Reported)
        {
            sarif.Add(finding.RelativePath, finding.Finding, message(finding), finding.Fingerprint);
        }

        return sarif;
    }
}
