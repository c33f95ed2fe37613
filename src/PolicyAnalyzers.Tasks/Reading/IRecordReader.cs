using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace PolicyAnalyzers.DataFiles;

/// <summary>
/// Streams the records of one data file. Every format (CSV today; XLSX sheets, XML, TSV and text later) is a reader;
/// detectors only ever see records.
/// </summary>
internal interface IRecordReader : IDisposable
{
    /// <summary>
    /// Column names by index: a CSV header, or every JSON member name met so far (the list grows as reading goes on).
    /// </summary>
    IReadOnlyList<string> ColumnNames { get; }

    /// <summary>True when <see cref="ColumnNames"/> is complete before the first record (a header row).</summary>
    bool ColumnsKnownUpFront { get; }

    /// <summary>What a column is called in messages: "columns" for tables, "fields" for JSON.</summary>
    string ColumnWord { get; }

    /// <summary>
    /// Reads the next record. The record and its values are valid until the next call.
    /// Throws <see cref="DataFileFormatException"/> when the file is malformed.
    /// </summary>
    bool TryRead([NotNullWhen(true)] out DataRecord? record);
}
