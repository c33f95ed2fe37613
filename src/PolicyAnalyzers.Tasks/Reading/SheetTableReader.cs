using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace PolicyAnalyzers.DataFiles.Reading;

/// <summary>
/// A table of a spreadsheet or a document (an XLSX or ODS sheet, a Word table): rows come one at a time from the
/// format's <see cref="ReadRow"/>, the header is found among the first rows (<see cref="SheetHeader"/>), and rows read
/// while looking for it that turn out to be data are returned first.
/// </summary>
internal abstract class SheetTableReader : IRecordReader
{
    private readonly Queue<DataRecord> _pending = new();
    private readonly DataRecord _record = new();
    private string[]? _columnNames;
    private DataRecord? _header;

    public IReadOnlyList<string> ColumnNames => ReadHeader();

    public bool ColumnsKnownUpFront => true;

    public string ColumnWord => "columns";

    public DataRecord? HeaderRecord
    {
        get
        {
            ReadHeader();
            return _header;
        }
    }

    public bool TryRead([NotNullWhen(true)] out DataRecord? record)
    {
        ReadHeader();
        if (_pending.Count > 0)
        {
            record = _pending.Dequeue();
            return true;
        }

        if (_columnNames!.Length > 0 && ReadRow(_record))
        {
            record = _record;
            return true;
        }

        record = null;
        return false;
    }

    public abstract void Dispose();

    /// <summary>Fills <paramref name="row"/> with the next row that has at least one value; false at the table's end.</summary>
    protected abstract bool ReadRow(DataRecord row);

    private string[] ReadHeader() => _columnNames ??= SheetHeader.Find(ReadRow, _pending, out _header);
}
