using System;
using System.IO;

namespace PolicyAnalyzers.DataFiles.Scanning;

internal enum DataFileFormat
{
    Unsupported,
    Csv,
    Tsv,
    Json,
    JsonLines,

    /// <summary>.xlsx and .xlsm workbooks.</summary>
    Xlsx,

    /// <summary>.xls: a legacy workbook (reported), or the .xlsx or tab-separated text that exporters often name so.</summary>
    Xls,
    Xml,

    /// <summary>.txt and .log: read as a table when its lines are, otherwise line by line.</summary>
    Text,

    /// <summary>.docx and .docm Word documents: tables, and paragraphs read as lines of text.</summary>
    Docx,

    /// <summary>.doc: a legacy or encrypted Word file (reported), or the .docx or text that exporters often name so.</summary>
    Doc,

    /// <summary>.ods OpenDocument spreadsheets.</summary>
    Ods,

    /// <summary>.pdf: its text, when a PDF reader is given to the scanner (the command-line tool); reported otherwise.</summary>
    Pdf,

    /// <summary>A format known to hold records that is not read (.xlsb, images): reported, never passed as clean.</summary>
    NotRead,
}

internal static class DataFileFormats
{
    /// <summary>
    /// The extensions the MSBuild task scans by default; PolicyAnalyzers.DataFiles.targets repeats them for
    /// PolicyAnalyzersDataFileExtensions (a test keeps the two equal).
    /// </summary>
    public const string TaskDefaultExtensions = ".csv;.tsv;.json;.jsonl;.xlsx;.xlsm;.xls;.xlsb;.ods;.docx;.doc;.xml;.txt;.log";

    /// <summary>The format a file's extension announces; anything not known is <see cref="DataFileFormat.Unsupported"/>.</summary>
    public static DataFileFormat FromPath(string path)
    {
        string extension;
        try
        {
            extension = Path.GetExtension(path);
        }
        catch (ArgumentException)
        {
            return DataFileFormat.Unsupported;
        }

        return extension.ToUpperInvariant() switch
        {
            ".CSV" => DataFileFormat.Csv,
            ".TSV" or ".TAB" => DataFileFormat.Tsv,
            ".JSON" => DataFileFormat.Json,
            ".JSONL" or ".NDJSON" => DataFileFormat.JsonLines,
            ".XLSX" or ".XLSM" => DataFileFormat.Xlsx,
            ".XLS" => DataFileFormat.Xls,
            ".XML" => DataFileFormat.Xml,
            ".TXT" or ".LOG" => DataFileFormat.Text,
            ".DOCX" or ".DOCM" => DataFileFormat.Docx,
            ".DOC" => DataFileFormat.Doc,
            ".ODS" => DataFileFormat.Ods,
            ".PDF" => DataFileFormat.Pdf,
            _ => NotReadReason(extension) is null ? DataFileFormat.Unsupported : DataFileFormat.NotRead,
        };
    }

    /// <summary>Why a file of a <see cref="DataFileFormat.NotRead"/> format is not read; null for other formats.</summary>
    public static string? NotReadReason(string extensionOrPath)
    {
        var extension = extensionOrPath.StartsWith(".", StringComparison.Ordinal)
            ? extensionOrPath
            : SafeExtension(extensionOrPath);
        return extension.ToUpperInvariant() switch
        {
            ".XLSB" => "format not read: Excel binary workbook (.xlsb); save it as .xlsx to have it scanned, or check it by hand",
            ".ODT" => "format not read: OpenDocument text (.odt); save it as .docx to have it scanned, or check it by hand",
            ".RTF" => "format not read: rich text (.rtf); save it as .docx to have it scanned, or check it by hand",
            ".PNG" or ".JPG" or ".JPEG" or ".TIF" or ".TIFF" or ".GIF" or ".BMP" or ".WEBP" or ".HEIC"
                => "format not read: an image; text in scanned or photographed documents is not recognised, so check it by hand",
            _ => null,
        };
    }

    private static string SafeExtension(string path)
    {
        try
        {
            return Path.GetExtension(path);
        }
        catch (ArgumentException)
        {
            return string.Empty;
        }
    }
}
