using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Runtime.CompilerServices;
using PolicyAnalyzers.DataFiles.Text;

namespace PolicyAnalyzers.DataFiles.Reading;

/// <summary>
/// Records of a delimited file whose first non-blank row is its header. Each later row is one record; a row with more
/// cells than the header has columns past the end of <see cref="ColumnNames"/>, which no detector looks at.
/// </summary>
internal sealed class CsvRecordReader : IRecordReader
{
    private readonly TextReader _text;
    private readonly CsvRowReader _rows;
    private readonly DataRecord _record = new();
    private readonly string[] _columnNames;

    /// <param name="text">The file's text; the reader owns and disposes it.</param>
    /// <param name="delimiter">The separator, or null to detect it.</param>
    /// <param name="preferredDelimiter">What detection prefers and falls back to.</param>
    /// <param name="bufferSize">Characters read at a time.</param>
    public CsvRecordReader(TextReader text, char? delimiter = null, char preferredDelimiter = ',', int bufferSize = 1 << 17)
    {
        _text = text;
        _rows = new CsvRowReader(text, delimiter, preferredDelimiter, bufferSize);
        if (_rows.ReadRow(_record))
        {
            HeaderLine = _record.Line;
            HeaderRecord = new DataRecord();
            HeaderRecord.CopyFrom(_record);
            _columnNames = new string[_record.FieldCount];
            for (var i = 0; i < _columnNames.Length; i++)
            {
                _columnNames[i] = _record.ValueAt(i).Trim().ToString();
            }
        }
        else
        {
            _columnNames = [];
        }
    }

    public IReadOnlyList<string> ColumnNames => _columnNames;

    public bool ColumnsKnownUpFront => true;

    public string ColumnWord => "columns";

    public char Delimiter => _rows.Delimiter;

    public DataRecord? HeaderRecord { get; }

    /// <summary>Line of the header row, or 0 for a file without any row.</summary>
    public int HeaderLine { get; }

    [MethodImpl(HotPath.Optimize)]
    public bool TryRead([NotNullWhen(true)] out DataRecord? record)
    {
        // Split as far as asked: a detector that has seen enough of a row never pays for the rest of it.
        if (_columnNames.Length > 0 && _rows.ReadRow(_record, deferFields: true))
        {
            record = _record;
            return true;
        }

        record = null;
        return false;
    }

    public void Dispose() => _text.Dispose();
}
