using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using PolicyAnalyzers.DataFiles.Scanning;

namespace PolicyAnalyzers.DataFiles.Caching;

/// <summary>
/// Remembers each scanned file's findings between builds, keyed by full path, length and last write time, for one
/// scanner version. An unchanged file is not read again, but its findings are reported again: a file that fails the
/// build keeps failing it until it changes. Holds no personal data: positions, counts, column names and reasons.
/// A missing, unreadable or foreign cache file is an empty cache, never an error.
/// </summary>
internal sealed class ScanCache
{
    private const string Signature = "PolicyAnalyzers.DataFiles.cache.3";
    private const char ListSeparator = '\u001F';

    private readonly Dictionary<string, Entry> _entries;
    private readonly string _version;

    private ScanCache(string version, bool changed)
    {
        _version = version;
        Changed = changed;
        _entries = new Dictionary<string, Entry>(PathComparer);
    }

    /// <summary>File systems that ignore case (Windows) must not see two entries for one file.</summary>
    public static StringComparer PathComparer { get; } =
        Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>Whether the cache differs from what was loaded and should be saved.</summary>
    public bool Changed { get; private set; }

    public int Count => _entries.Count;

    public static ScanCache Empty(string version) => new(version, changed: false);

    /// <summary>Loads <paramref name="path"/>; any problem yields an empty cache that will be rewritten.</summary>
    public static ScanCache Load(string? path, string version)
    {
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            return new ScanCache(version, changed: false);
        }

        try
        {
            using var reader = new StreamReader(
                new FileStream(path!, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete), Encoding.UTF8);
            return Parse(reader, version);
        }
#pragma warning disable CA1031 // A cache is an optimization: whatever is wrong with it, scan again.
        catch (Exception)
#pragma warning restore CA1031
        {
            return new ScanCache(version, changed: true);
        }
    }

    public bool TryGet(string fullPath, long length, long lastWriteTicks, out IReadOnlyList<DataFileFinding> findings)
    {
        if (_entries.TryGetValue(fullPath, out var entry) && entry.Length == length && entry.LastWriteTicks == lastWriteTicks)
        {
            findings = entry.Findings;
            return true;
        }

        findings = [];
        return false;
    }

    public void Set(string fullPath, long length, long lastWriteTicks, IReadOnlyList<DataFileFinding> findings)
    {
        var entry = new Entry(length, lastWriteTicks, findings);
        if (!_entries.TryGetValue(fullPath, out var old) || !old.SameAs(entry))
        {
            _entries[fullPath] = entry;
            Changed = true;
        }
    }

    /// <summary>Forgets files that are no longer scanned, so the cache does not grow with every renamed file.</summary>
    public void RetainOnly(ICollection<string> fullPaths)
    {
        foreach (var path in _entries.Keys.Where(p => !fullPaths.Contains(p)).ToList())
        {
            _entries.Remove(path);
            Changed = true;
        }
    }

    public void Save(string path)
    {
        var directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory!);
        }

        // A torn write leaves entries that fail to parse, which only costs a rescan.
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Write(writer);
        Changed = false;
    }

    internal void Write(TextWriter writer)
    {
        writer.Write(Signature);
        writer.Write('\t');
        writer.Write(Escape(_version));
        writer.Write('\n');
        foreach (var pair in _entries.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var entry = pair.Value;
            writer.Write(string.Join("\t", "F", Escape(pair.Key), Number(entry.Length), Number(entry.LastWriteTicks), Number(entry.Findings.Count)));
            writer.Write('\n');
            foreach (var finding in entry.Findings)
            {
                writer.Write(Serialize(finding));
                writer.Write('\n');
            }
        }
    }

    internal static ScanCache Parse(TextReader reader, string version)
    {
        var header = reader.ReadLine();
        if (header is null || header != Signature + "\t" + Escape(version))
        {
            // Another scanner version's results: drop them all.
            return new ScanCache(version, changed: true);
        }

        var cache = new ScanCache(version, changed: false);
        var line = reader.ReadLine();
        while (line is not null)
        {
            var parts = line.Split('\t');
            if (parts.Length != 5 || parts[0] != "F"
                || !long.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var length)
                || !long.TryParse(parts[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ticks)
                || !int.TryParse(parts[4], NumberStyles.Integer, CultureInfo.InvariantCulture, out var count)
                || count < 0)
            {
                cache.Changed = true;
                line = reader.ReadLine();
                continue;
            }

            var findings = new List<DataFileFinding>(count);
            var complete = true;
            for (var i = 0; i < count; i++)
            {
                line = reader.ReadLine();
                var finding = line is null ? null : Deserialize(line);
                if (finding is null)
                {
                    complete = false;
                    break;
                }

                findings.Add(finding);
            }

            if (complete)
            {
                cache._entries[Unescape(parts[1])] = new Entry(length, ticks, findings);
                line = reader.ReadLine();
            }
            else
            {
                // A torn entry: skip it; the line that broke it may start the next entry.
                cache.Changed = true;
                if (line is not null && !line.StartsWith("F\t", StringComparison.Ordinal))
                {
                    line = reader.ReadLine();
                }
            }
        }

        return cache;
    }

    private static string Serialize(DataFileFinding finding) => string.Join(
        "\t",
        "D",
        Escape(finding.Code),
        Number(finding.Line),
        Number(finding.Column),
        Number(finding.RecordCount),
        Escape(finding.ColumnWord),
        Escape(string.Join(ListSeparator.ToString(), finding.Columns)),
        Escape(finding.Reason),
        Escape(finding.Position.PartKind),
        Escape(finding.Position.PartName),
        Escape(finding.Position.Note),
        Escape(finding.Position.Cell),
        Escape(finding.TypeName),
        Escape(finding.Position.CellNote));

    private static DataFileFinding? Deserialize(string line)
    {
        var parts = line.Split('\t');
        if (parts.Length != 14 || parts[0] != "D"
            || !int.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var findingLine)
            || !int.TryParse(parts[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var column)
            || !int.TryParse(parts[4], NumberStyles.Integer, CultureInfo.InvariantCulture, out var records))
        {
            return null;
        }

        var columns = Unescape(parts[6]);
        return new DataFileFinding(
            Unescape(parts[1]),
            findingLine,
            column,
            records,
            columns.Length == 0 ? [] : columns.Split(ListSeparator),
            Unescape(parts[5]),
            Unescape(parts[7]),
            parts[8].Length == 0
                ? TablePosition.None
                : new TablePosition(Unescape(parts[8]), Unescape(parts[9]), Unescape(parts[10]), Unescape(parts[11]), Unescape(parts[13])),
            Unescape(parts[12]));
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Escape(string text)
    {
        if (text.IndexOfAny(['\\', '\t', '\n', '\r']) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\\' => @"\\",
                '\t' => @"\t",
                '\n' => @"\n",
                '\r' => @"\r",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    private static string Unescape(string text)
    {
        if (text.IndexOf('\\') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                var next = text[++i];
                builder.Append(next switch
                {
                    't' => '\t',
                    'n' => '\n',
                    'r' => '\r',
                    _ => next,
                });
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private sealed record Entry(long Length, long LastWriteTicks, IReadOnlyList<DataFileFinding> Findings)
    {
        public bool SameAs(Entry other) =>
            Length == other.Length
            && LastWriteTicks == other.LastWriteTicks
            && Findings.Count == other.Findings.Count
            && Findings.Select(Serialize).SequenceEqual(other.Findings.Select(Serialize));
    }
}
