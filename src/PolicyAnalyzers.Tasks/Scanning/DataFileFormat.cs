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
}

internal static class DataFileFormats
{
    /// <summary>The format a file's extension announces; anything not read yet is <see cref="DataFileFormat.Unsupported"/>.</summary>
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
            _ => DataFileFormat.Unsupported,
        };
    }
}
