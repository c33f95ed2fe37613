using System;
using System.Collections.Generic;
using System.IO;

namespace PolicyAnalyzers.DataFiles;

/// <summary>
/// Scans one data file: picks the reader its extension calls for, streams each of its tables (one for text formats,
/// one per sheet and pivot cache of a workbook) through <see cref="TableScan"/> and turns the outcome into findings.
/// Never throws: whatever goes wrong with a file (malformed, binary, encrypted, a zip bomb, locked, deleted, a bug in a
/// reader) becomes a PA1003 finding, and personal data found before the problem is still reported. Never writes.
/// </summary>
internal sealed class DataFileScanner
{
    /// <summary>Bump when detection changes so cached results from older rules are not reused.</summary>
    public const string RulesVersion = "3";

    private const int SniffChars = 16384;

    private readonly IReadOnlyList<ProtectedTypeShape> _shapes;
    private readonly WorkbookLimits _limits;

    public DataFileScanner(IReadOnlyList<ProtectedTypeShape>? shapes = null, WorkbookLimits? limits = null)
    {
        _shapes = shapes ?? [];
        _limits = limits ?? WorkbookLimits.Default;
    }

    /// <summary>Identifies this build of the scanner in caches: the rules version and the assembly's build identity.</summary>
    public static string CacheVersion { get; } =
        RulesVersion + "/" + typeof(DataFileScanner).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>Records read by the last scan (benchmarks).</summary>
    public long LastRecordsRead { get; private set; }

    public DataFileScanResult Scan(string path)
    {
        LastRecordsRead = 0;
        DataFileFormat format = DataFileFormats.FromPath(path);
        if (format == DataFileFormat.Unsupported)
        {
            return new DataFileScanResult([], isCacheable: true);
        }

        var findings = new List<DataFileFinding>(2);
        TableScan? current = null;
        TablePosition position = TablePosition.None;
        bool cacheable = true;
        DataFileFinding? problem = null;
        try
        {
            // A zero-byte file (a placeholder) holds nothing: not worth a warning that CI turns into an error.
            if (new FileInfo(path).Length == 0)
            {
                return new DataFileScanResult([], isCacheable: true);
            }

            foreach (RecordTable table in OpenTables(path, format))
            {
                using (table)
                {
                    position = table.Position;
                    current = new TableScan(table, _shapes);
                    current.Run();
                    findings.AddRange(current.Findings());
                    LastRecordsRead += current.RecordsRead;
                    current = null;
                    position = TablePosition.None;
                }
            }
        }
        catch (DataFileFormatException ex)
        {
            problem = DataFileFinding.NotScanned(ex.Message, ex.Line, ex.Column, position);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            problem = DataFileFinding.NotScanned("the file does not exist (was it deleted or not yet generated?)");
            cacheable = false;
        }
        catch (UnauthorizedAccessException)
        {
            problem = DataFileFinding.NotScanned("access to the file was denied");
            cacheable = false;
        }
        catch (IOException ex)
        {
            problem = DataFileFinding.NotScanned($"the file could not be read ({ex.Message})");
            cacheable = false;
        }
        catch (InvalidDataException)
        {
            // Deflate data that does not decompress: a damaged or truncated workbook.
            problem = DataFileFinding.NotScanned("the workbook is damaged (a part cannot be decompressed)", position: position);
        }
#pragma warning disable CA1031 // A fault in a reader must become a warning on that file, not an MSBuild crash.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            // The exception's message could quote file content; its type is enough to report the bug.
            problem = DataFileFinding.NotScanned($"the scanner failed ({ex.GetType().Name}); please report this");
            cacheable = false;
        }

        if (current is not null)
        {
            // Personal data met before the problem is still reported.
            findings.AddRange(current.Findings());
            LastRecordsRead += current.RecordsRead;
        }

        if (problem is not null)
        {
            findings.Add(problem);
        }

        return new DataFileScanResult(findings, cacheable);
    }

    private IEnumerable<RecordTable> OpenTables(string path, DataFileFormat format)
    {
        switch (format)
        {
            case DataFileFormat.Xlsx:
                return WorkbookTables(path);
            case DataFileFormat.Xls:
                return LegacyWorkbookTables(path);
            case DataFileFormat.Text:
                return [new RecordTable(OpenText(path))];
            default:
                return [new RecordTable(Open(path, format))];
        }
    }

    private IEnumerable<RecordTable> WorkbookTables(string path)
    {
        using XlsxWorkbook workbook = XlsxWorkbook.Open(path, _limits);
        foreach (RecordTable table in workbook.Tables())
        {
            yield return table;
        }
    }

    /// <summary>
    /// An .xls is a legacy workbook (reported by <see cref="XlsxWorkbook.Open"/>), an .xlsx under the old name, or
    /// tab-separated text that a web application exported "for Excel".
    /// </summary>
    private IEnumerable<RecordTable> LegacyWorkbookTables(string path)
    {
        var head = new byte[8];
        int count;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            count = stream.Read(head, 0, head.Length);
        }

        if (OleCompoundFile.HasSignature(head, count) || XlsxWorkbook.LooksLikeZip(head, count))
        {
            return WorkbookTables(path);
        }

        return [new RecordTable(Open(path, DataFileFormat.Tsv))];
    }

    /// <summary>A .txt or .log file: a table when its first lines are delimited alike, else free text.</summary>
    private static IRecordReader OpenText(string path)
    {
        char? delimiter;
        using (TextReader sniff = TextFileOpener.Open(path))
        {
            var buffer = new char[SniffChars];
            int length = ReadAtMost(sniff, buffer);
            delimiter = TextLayoutSniffer.DetectTableDelimiter(buffer, length, isWholeFile: length < buffer.Length);
        }

        TextReader text = TextFileOpener.Open(path);
        return delimiter is { } d ? new CsvRecordReader(text, d) : new TextLineRecordReader(text);
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
                DataFileFormat.Xml => new XmlRecordReader(text),
                _ => throw new ArgumentOutOfRangeException(nameof(format)),
            };
        }
        catch
        {
            text.Dispose();
            throw;
        }
    }

    private static int ReadAtMost(TextReader reader, char[] buffer)
    {
        int total = 0;
        while (total < buffer.Length)
        {
            int read = reader.Read(buffer, total, buffer.Length - total);
            if (read <= 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }
}
