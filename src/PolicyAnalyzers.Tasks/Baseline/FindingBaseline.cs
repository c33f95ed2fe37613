using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PolicyAnalyzers.DataFiles.Reading;
using PolicyAnalyzers.DataFiles.Reporting;
using PolicyAnalyzers.DataFiles.Scanning;

namespace PolicyAnalyzers.DataFiles.Baseline;

/// <summary>
/// The accepted findings of a project (policyanalyzers.baseline.json), by fingerprint: reviewed files that describe no
/// real person, or known problems a team will fix later. Accepted findings are not reported; new ones are. The file
/// holds fingerprints, rule IDs, paths and the team's reasons, never file content. Written by the task with
/// -p:PolicyAnalyzersUpdateBaseline=true, reviewed in pull requests like code.
/// </summary>
internal sealed class FindingBaseline
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    public IEnumerable<Entry> Entries => _entries.Values;

    public bool Accepts(string fingerprint) => _entries.ContainsKey(fingerprint);

    /// <summary>Loads <paramref name="path"/>; a missing file is an empty baseline. Throws <see cref="FormatException"/>.</summary>
    public static FindingBaseline Load(string path)
    {
        var baseline = new FindingBaseline();
        if (!File.Exists(path))
        {
            return baseline;
        }

        using var text = TextFileOpener.Open(path);
        try
        {
            var tokens = new JsonTokenizer(text);
            string? property = null;
            Dictionary<string, string>? current = null;
            var objectDepth = 0;
            while (tokens.Read())
            {
                switch (tokens.Kind)
                {
                    case JsonTokenKind.StartObject:
                        current = [];
                        objectDepth = tokens.Depth;
                        break;
                    case JsonTokenKind.PropertyName:
                        property = new string(tokens.ValueBuffer, 0, tokens.ValueLength);
                        break;
                    case JsonTokenKind.String when current is not null && property is not null:
                        current[property] = new string(tokens.ValueBuffer, 0, tokens.ValueLength);
                        break;
                    case JsonTokenKind.EndObject when current is not null && tokens.Depth == objectDepth - 1:
                        if (current.TryGetValue("fingerprint", out var fingerprint) && fingerprint.Length > 0)
                        {
                            baseline._entries[fingerprint] = new Entry(
                                fingerprint,
                                Value(current, "rule"),
                                Value(current, "file"),
                                Value(current, "where"),
                                Value(current, "reason"));
                        }

                        current = null;
                        break;
                }
            }
        }
        catch (DataFileFormatException ex)
        {
            throw new FormatException($"{ex.Message} (line {ex.Line})", ex);
        }

        return baseline;
    }

    public void Add(Entry entry) => _entries[entry.Fingerprint] = entry;

    /// <summary>
    /// A baseline that accepts every finding of this scan. Reasons already written are kept; entries of files this
    /// scan did not cover (another target, a file excluded for now) are kept while <paramref name="fileExists"/> says
    /// the file is still there.
    /// </summary>
    /// <param name="scannedFiles">Relative paths of every file this scan read, with findings or not.</param>
    public FindingBaseline Updated(IEnumerable<LocatedFinding> found, ICollection<string> scannedFiles, Func<string, bool> fileExists)
    {
        var updated = new FindingBaseline();
        foreach (var entry in Entries)
        {
            if (!scannedFiles.Contains(entry.File) && fileExists(entry.File))
            {
                updated.Add(entry);
            }
        }

        foreach (var located in found)
        {
            var finding = located.Finding;
            var reason = TryGet(located.Fingerprint, out var existing) ? existing.Reason : string.Empty;
            var where = finding.Position.IsNone
                ? string.Empty
                : finding.Position.PartName.Length == 0 ? finding.Position.PartKind : $"{finding.Position.PartKind} '{finding.Position.PartName}'";
            updated.Add(new Entry(located.Fingerprint, finding.Code, located.RelativePath, where, reason));
        }

        return updated;
    }

    public bool TryGet(string fingerprint, out Entry entry) => _entries.TryGetValue(fingerprint, out entry!);

    public string ToJson()
    {
        var json = new JsonWriter().StartObject()
            .Property("$comment", "Data-file findings accepted by this project (PolicyAnalyzers). Each entry is a fingerprint of a finding, never its "
                + "content; say why in 'reason'. Regenerate with: dotnet build -p:PolicyAnalyzersUpdateBaseline=true, or policyanalyzers scan PATH --update-baseline")
            .Property("version", 1)
            .Name("accepted").StartArray();
        var ordered = _entries.Values
            .OrderBy(e => e.File, StringComparer.Ordinal)
            .ThenBy(e => e.Rule, StringComparer.Ordinal)
            .ThenBy(e => e.Where, StringComparer.Ordinal)
            .ThenBy(e => e.Fingerprint, StringComparer.Ordinal);
        foreach (var entry in ordered)
        {
            json.StartObject(inline: true)
                .Property("fingerprint", entry.Fingerprint)
                .Property("rule", entry.Rule)
                .Property("file", entry.File);
            if (entry.Where.Length > 0)
            {
                json.Property("where", entry.Where);
            }

            json.Property("reason", entry.Reason).End();
        }

        return json.End().End().ToString();
    }

    private static string Value(Dictionary<string, string> values, string name) =>
        values.TryGetValue(name, out var value) ? value : string.Empty;

    /// <param name="File">The project-relative path, for reviewers and for pruning entries of deleted files.</param>
    /// <param name="Where">The sheet, for workbooks ("sheet 'Roster'").</param>
    /// <param name="Reason">Why the finding is accepted, written by the team; kept when the baseline is regenerated.</param>
    internal sealed record Entry(string Fingerprint, string Rule, string File, string Where, string Reason);
}
