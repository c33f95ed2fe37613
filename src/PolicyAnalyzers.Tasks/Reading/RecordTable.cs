using System;
using PolicyAnalyzers.DataFiles.Reading.Xlsx;
using PolicyAnalyzers.DataFiles.Scanning;

namespace PolicyAnalyzers.DataFiles.Reading;

/// <summary>
/// One table of records inside a data file: the whole file for CSV, JSON, XML and text; each sheet and each pivot cache
/// of a workbook. Each table has its own header and is judged on its own, so a finding can name the sheet it is in.
/// </summary>
internal sealed class RecordTable : IDisposable
{
    private readonly Func<int, string>? _describeRecord;

    /// <param name="describeRecord">Names the record on a line inside <paramref name="position"/> ("row 3", "page 2");
    /// "record N" when null.</param>
    public RecordTable(
        IRecordReader reader, TablePosition? position = null, bool cellsAreSpreadsheetCells = false, Func<int, string>? describeRecord = null)
    {
        Reader = reader;
        Position = position ?? TablePosition.None;
        CellsAreSpreadsheetCells = cellsAreSpreadsheetCells;
        _describeRecord = describeRecord;
    }

    public IRecordReader Reader { get; }

    /// <summary>The sheet or pivot cache (without a cell); <see cref="TablePosition.None"/> for a text format.</summary>
    public TablePosition Position { get; }

    /// <summary>A record's line is a row number and its column a column number (A = 1): positions are cells.</summary>
    public bool CellsAreSpreadsheetCells { get; }

    /// <summary>Where a record starting at (<paramref name="line"/>, <paramref name="column"/>) sits, for messages.</summary>
    public TablePosition PositionOf(int line, int column)
    {
        if (Position.IsNone)
        {
            return Position;
        }

        if (!CellsAreSpreadsheetCells)
        {
            return Position.WithCell(_describeRecord?.Invoke(line) ?? $"record {line}");
        }

        var hidden = Reader is IHiddenCells sheet ? sheet.DescribeHidden(line, column - 1) : string.Empty;
        return Position.WithCell(CellReference.Format(column - 1, line), hidden);
    }

    public void Dispose() => Reader.Dispose();
}
