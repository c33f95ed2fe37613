using System;

namespace PolicyAnalyzers.DataFiles;

/// <summary>
/// One record as a reader yields it: a CSV row or the scalar members of one JSON object. Values live in one buffer the
/// reader reuses for the next record, so reading allocates nothing per cell. Each field names its column by index into
/// the reader's <see cref="IRecordReader.ColumnNames"/>.
/// </summary>
internal sealed class DataRecord
{
    /// <summary>
    /// Characters kept per value. No validator accepts anything this long, so a longer value is judged exactly as if it
    /// had been kept whole, while an unterminated quote or a huge cell cannot grow memory.
    /// </summary>
    public const int MaxStoredValueLength = 1024;

    /// <summary>Fields kept per record (Excel's column limit); later ones are read and dropped.</summary>
    public const int MaxFields = 16384;

    private char[] _chars = new char[256];
    private int _charCount;
    private int[] _starts = new int[16];
    private int[] _lengths = new int[16];
    private int[] _columns = new int[16];
    private int _fieldCount;
    private bool _inField;

    /// <summary>1-based line where the record starts (the row's first line, the object's opening brace).</summary>
    public int Line { get; set; }

    /// <summary>1-based column where the record starts.</summary>
    public int Column { get; set; } = 1;

    public int FieldCount => _fieldCount;

    public int ColumnAt(int index) => _columns[index];

    public TextSlice ValueAt(int index) => new(_chars, _starts[index], _lengths[index]);

    public void Clear()
    {
        _charCount = 0;
        _fieldCount = 0;
        _inField = false;
        Line = 0;
        Column = 1;
    }

    /// <summary>Starts a field; <see cref="Append(char[], int, int)"/> adds its text and <see cref="EndField"/> closes it.</summary>
    public void BeginField(int column)
    {
        if (_fieldCount >= MaxFields)
        {
            _inField = false;
            return;
        }

        if (_fieldCount == _starts.Length)
        {
            int size = _starts.Length * 2;
            Array.Resize(ref _starts, size);
            Array.Resize(ref _lengths, size);
            Array.Resize(ref _columns, size);
        }

        _starts[_fieldCount] = _charCount;
        _lengths[_fieldCount] = 0;
        _columns[_fieldCount] = column;
        _inField = true;
    }

    public void Append(char[] source, int start, int count)
    {
        if (!_inField || count <= 0)
        {
            return;
        }

        int room = MaxStoredValueLength - _lengths[_fieldCount];
        if (count > room)
        {
            count = room;
        }

        if (count <= 0)
        {
            return;
        }

        EnsureRoom(count);
        char[] chars = _chars;
        int at = _charCount;
        if (count <= 16)
        {
            // Most cells are short: a plain loop beats Array.Copy's call overhead there.
            for (int k = 0; k < count; k++)
            {
                chars[at + k] = source[start + k];
            }
        }
        else
        {
            Array.Copy(source, start, chars, at, count);
        }

        _charCount = at + count;
        _lengths[_fieldCount] += count;
    }

    public void Append(char c)
    {
        if (!_inField || _lengths[_fieldCount] >= MaxStoredValueLength)
        {
            return;
        }

        EnsureRoom(1);
        _chars[_charCount++] = c;
        _lengths[_fieldCount]++;
    }

    public void EndField()
    {
        if (_inField)
        {
            _fieldCount++;
            _inField = false;
        }
    }

    /// <summary>Adds a whole field at once (the CSV reader's runs of unquoted fields).</summary>
    public void AddField(int column, char[] source, int start, int count)
    {
        BeginField(column);
        Append(source, start, count);
        EndField();
    }

    /// <summary>Adds a whole field from a string (workbook cells arrive as strings from the XML reader).</summary>
    public void AddField(int column, string text)
    {
        BeginField(column);
        if (_inField)
        {
            int count = Math.Min(text.Length, MaxStoredValueLength);
            EnsureRoom(count);
            text.CopyTo(0, _chars, _charCount, count);
            _charCount += count;
            _lengths[_fieldCount] = count;
        }

        EndField();
    }

    /// <summary>Makes this record a copy of <paramref name="other"/>, which its reader is about to reuse.</summary>
    public void CopyFrom(DataRecord other)
    {
        Clear();
        Line = other.Line;
        Column = other.Column;
        for (int i = 0; i < other.FieldCount; i++)
        {
            TextSlice value = other.ValueAt(i);
            AddField(other.ColumnAt(i), value.Array, value.Start, value.Length);
        }
    }

    private void EnsureRoom(int count)
    {
        if (_charCount + count > _chars.Length)
        {
            int size = _chars.Length * 2;
            while (size < _charCount + count)
            {
                size *= 2;
            }

            Array.Resize(ref _chars, size);
        }
    }
}
