using System;
using System.IO;

namespace PolicyAnalyzers.DataFiles;

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
}

internal static class DataFileFormats
{
    /// <summary>The format a file's extension announces; anything not read is <see cref="DataFileFormat.Unsupported"/>.</summary>
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
            _ => DataFileFormat.Unsupported,
        };
    }
}
