using System;
using System.Collections.Generic;
using System.IO;

namespace PolicyAnalyzers.DataFiles;

/// <summary>
/// Scans one data file: picks the reader its extension calls for, streams its records through the detector and turns
/// the outcome into findings. Never throws: whatever goes wrong with a file (malformed, binary, locked, deleted, a bug
/// in a reader) becomes a PA1003 finding, and personal data found before the problem is still reported.
/// </summary>
internal sealed class DataFileScanner
{
    /// <summary>Bump when detection changes so cached results from older rules are not reused.</summary>
    public const string RulesVersion = "1";

    /// <summary>Identifies this build of the scanner in caches: the rules version and the assembly's build identity.</summary>
    public static string CacheVersion { get; } =
        RulesVersion + "/" + typeof(DataFileScanner).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public DataFileScanResult Scan(string path)
    {
        DataFileFormat format = DataFileFormats.FromPath(path);
        if (format == DataFileFormat.Unsupported)
        {
            return new DataFileScanResult([], isCacheable: true);
        }

        var findings = new List<DataFileFinding>(2);
        PersonalRecordDetector? detector = null;
        string columnWord = "columns";
        bool cacheable = true;
        try
        {
            // A zero-byte file (a placeholder) holds nothing: not worth a warning that CI turns into an error.
            if (new FileInfo(path).Length == 0)
            {
                return new DataFileScanResult([], isCacheable: true);
            }

            using IRecordReader reader = Open(path, format);
            columnWord = reader.ColumnWord;
            detector = new PersonalRecordDetector(reader.ColumnNames);

            // A header that names nothing about people settles the file without reading its rows.
            if (!reader.ColumnsKnownUpFront || detector.CanIdentifyPeople())
            {
                while (reader.TryRead(out DataRecord? record))
                {
                    detector.Observe(record);
                }
            }
        }
        catch (DataFileFormatException ex)
        {
            findings.Add(DataFileFinding.NotScanned(ex.Message, ex.Line, ex.Column));
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            findings.Add(DataFileFinding.NotScanned("the file does not exist (was it deleted or not yet generated?)"));
            cacheable = false;
        }
        catch (UnauthorizedAccessException)
        {
            findings.Add(DataFileFinding.NotScanned("access to the file was denied"));
            cacheable = false;
        }
        catch (IOException ex)
        {
            findings.Add(DataFileFinding.NotScanned($"the file could not be read ({ex.Message})"));
            cacheable = false;
        }
#pragma warning disable CA1031 // A fault in a reader must become a warning on that file, not an MSBuild crash.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            // The exception's message could quote file content; its type is enough to report the bug.
            findings.Add(DataFileFinding.NotScanned($"the scanner failed ({ex.GetType().Name}); please report this"));
            cacheable = false;
        }

        if (detector is { MatchCount: > 0 })
        {
            findings.Insert(0, DataFileFinding.PersonalData(
                detector.FirstLine, detector.FirstColumn, detector.MatchCount, detector.EvidenceColumns(), columnWord));
        }

        return new DataFileScanResult(findings, cacheable);
    }

    private static IRecordReader Open(string path, DataFileFormat format)
    {
        TextReader text = TextFileOpener.Open(path);
        try
        {
            return format switch
            {
                DataFileFormat.Csv => new CsvRecordReader(text),
                DataFileFormat.Tsv => new CsvRecordReader(text, preferredDelimiter: '\t'),
                DataFileFormat.Json => new JsonRecordReader(text),
                DataFileFormat.JsonLines => new JsonRecordReader(text, jsonLines: true),
                _ => throw new ArgumentOutOfRangeException(nameof(format)),
            };
        }
        catch
        {
            text.Dispose();
            throw;
        }
    }
}
