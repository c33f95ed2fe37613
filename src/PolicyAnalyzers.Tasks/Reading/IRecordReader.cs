using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace PolicyAnalyzers.DataFiles.Reading;

/// <summary>
/// Streams the records of one table of a data file. Every format (CSV and TSV, JSON, XML, text lines, each sheet and
/// pivot cache of a workbook) is a reader; detectors only ever see records.
/// </summary>
internal interface IRecordReader : IDisposable
{
    /// <summary>
    /// Column names by index: a CSV header, or every JSON member name met so far (the list grows as reading goes on).
    /// </summary>
    IReadOnlyList<string> ColumnNames { get; }

    /// <summary>True when <see cref="ColumnNames"/> is complete before the first record (a header row).</summary>
    bool ColumnsKnownUpFront { get; }

    /// <summary>
    /// The header row as a record, for tables whose first row may turn out to be data (a header-less CSV or sheet);
    /// null for formats whose names are keys (JSON, XML, text).
    /// </summary>
    DataRecord? HeaderRecord { get; }

    /// <summary>What a column is called in messages: "columns" for tables, "fields" for JSON and XML, "values" for text.</summary>
    string ColumnWord { get; }

    /// <summary>
    /// Reads the next record. The record and its values are valid until the next call.
    /// Throws <see cref="DataFileFormatException"/> when the file is malformed.
    /// </summary>
    bool TryRead([NotNullWhen(true)] out DataRecord? record);
}
