using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PolicyAnalyzers.DataFiles.Detection;
using PolicyAnalyzers.DataFiles.Reading;
using PolicyAnalyzers.DataFiles.Reading.Docx;
using PolicyAnalyzers.DataFiles.Reading.Ods;
using PolicyAnalyzers.DataFiles.Reading.Xlsx;
using PolicyAnalyzers.Shared;

namespace PolicyAnalyzers.DataFiles.Scanning;

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

    private readonly IReadOnlyList<ProtectedTypeShape> _shapes;
    private readonly WorkbookLimits _limits;
    private readonly IDocumentTextSource? _pdfText;

    /// <param name="pdfText">Reads PDF text; without it a PDF is reported as not read (the task cannot load a PDF library).</param>
    public DataFileScanner(IReadOnlyList<ProtectedTypeShape>? shapes = null, WorkbookLimits? limits = null, IDocumentTextSource? pdfText = null)
    {
        _shapes = shapes ?? [];
        _limits = limits ?? WorkbookLimits.Default;
        _pdfText = pdfText;
    }

    /// <summary>Identifies this build of the scanner in caches: the rules version and the assembly's build identity.</summary>
    public static string CacheVersion { get; } =
        RulesVersion + "/" + typeof(DataFileScanner).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>Records read by the last scan (benchmarks).</summary>
    public long LastRecordsRead { get; private set; }

    public DataFileScanResult Scan(string path) => Scan(path, DataFileFormats.FromPath(path));

    /// <summary>Scans <paramref name="path"/> as <paramref name="format"/>, whatever its extension says.</summary>
    public DataFileScanResult Scan(string path, DataFileFormat format)
    {
        LastRecordsRead = 0;
        if (format == DataFileFormat.Unsupported)
        {
            return new DataFileScanResult([], IsCacheable: true);
        }

        var findings = new List<DataFileFinding>(2);
        TableScan? current = null;
        var position = TablePosition.None;
        var cacheable = true;
        DataFileFinding? problem = null;
        try
        {
            // A zero-byte file (a placeholder) holds nothing: not worth a warning that CI turns into an error.
            if (new FileInfo(path).Length == 0)
            {
                return new DataFileScanResult([], IsCacheable: true);
            }

            foreach (var table in OpenTables(path, format))
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

        return new DataFileScanResult(format == DataFileFormat.Pdf ? MergePages(findings) : findings, cacheable);
    }

    private IEnumerable<RecordTable> OpenTables(string path, DataFileFormat format) => format switch
    {
        DataFileFormat.Xlsx => WorkbookTables(path),
        DataFileFormat.Xls => LegacyWorkbookTables(path),
        DataFileFormat.Docx => DocumentTables(path),
        DataFileFormat.Doc => LegacyDocumentTables(path),
        DataFileFormat.Ods => OpenDocumentTables(path),
        DataFileFormat.Pdf => PdfTables(path),
        DataFileFormat.NotRead => throw new DataFileFormatException(DataFileFormats.NotReadReason(path) ?? "format not read"),
        DataFileFormat.Text => [new RecordTable(PlainTextTable.Open(() => TextFileOpener.Open(path)))],
        _ => [new RecordTable(Open(path, format))],
    };

    private IEnumerable<RecordTable> DocumentTables(string path) => TablesOf(() => DocxDocument.Open(path, _limits), document => document.Tables());

    /// <summary>A .doc is a legacy or encrypted Word file (reported), a .docx under the old name, or text (HTML exports).</summary>
    private IEnumerable<RecordTable> LegacyDocumentTables(string path)
    {
        if (IsOleOrZip(path))
        {
            return DocumentTables(path);
        }

        return [new RecordTable(PlainTextTable.Open(() => TextFileOpener.Open(path)))];
    }

    private IEnumerable<RecordTable> OpenDocumentTables(string path) => TablesOf(() => OdsWorkbook.Open(path, _limits), workbook => workbook.Tables());

    /// <summary>Each page of a PDF as a table of its own (a page is a printed table, or lines of text).</summary>
    private IEnumerable<RecordTable> PdfTables(string path)
    {
        if (_pdfText is null)
        {
            throw new DataFileFormatException(
                "PDF is not read by the build; scan PDF files with the command-line tool (policyanalyzers scan), "
                + "or take .pdf out of PolicyAnalyzersDataFileExtensions");
        }

        var number = 0;
        foreach (var page in _pdfText.Pages(path))
        {
            number++;
            yield return new RecordTable(
                PlainTextTable.Open(() => new StringReader(page)),
                new TablePosition($"page {number}", string.Empty, string.Empty, string.Empty),
                describeRecord: line => $"line {line}");
        }
    }

    /// <summary>The tables of a package (workbook, document), which is opened when they are read and closed after.</summary>
    private static IEnumerable<RecordTable> TablesOf<TPackage>(Func<TPackage> open, Func<TPackage, IEnumerable<RecordTable>> tables)
        where TPackage : IDisposable
    {
        using var package = open();
        foreach (var table in tables(package))
        {
            yield return table;
        }
    }

    /// <summary>Whether a file starts as an OLE compound file (legacy Office, encrypted OOXML) or a ZIP package.</summary>
    private static bool IsOleOrZip(string path)
    {
        var head = ZipPackage.ReadHead(path, out var count);
        return OleCompoundFile.HasSignature(head, count) || ZipPackage.LooksLikeZip(head, count);
    }

    /// <summary>
    /// One finding per rule for a whole PDF: a roster printed over a hundred pages is one leak, reported at its first
    /// page with every page's records counted.
    /// </summary>
    private static List<DataFileFinding> MergePages(List<DataFileFinding> findings)
    {
        var merged = new List<DataFileFinding>(findings.Count);
        foreach (var rule in findings.GroupBy(f => f.Code))
        {
            var first = rule.First();
            if (first.Code == DiagnosticIds.NotScanned || rule.Count() == 1)
            {
                merged.AddRange(rule);
                continue;
            }

            var columns = rule.SelectMany(f => f.Columns).Distinct(StringComparer.Ordinal).ToList();
            merged.Add(new DataFileFinding(
                first.Code, first.Line, first.Column, rule.Sum(f => f.RecordCount), columns, first.ColumnWord, string.Empty, first.Position, first.TypeName));
        }

        return merged;
    }

    private IEnumerable<RecordTable> WorkbookTables(string path) => TablesOf(() => XlsxWorkbook.Open(path, _limits), workbook => workbook.Tables());

    /// <summary>
    /// An .xls is a legacy workbook (reported by <see cref="XlsxWorkbook.Open"/>), an .xlsx under the old name, or
    /// tab-separated text that a web application exported "for Excel".
    /// </summary>
    private IEnumerable<RecordTable> LegacyWorkbookTables(string path)
    {
        if (IsOleOrZip(path))
        {
            return WorkbookTables(path);
        }

        return [new RecordTable(Open(path, DataFileFormat.Tsv))];
    }

    private static IRecordReader Open(string path, DataFileFormat format)
    {
        var text = TextFileOpener.Open(path);
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
}
