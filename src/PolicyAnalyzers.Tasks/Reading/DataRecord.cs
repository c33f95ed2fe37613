using System;
using System.Runtime.CompilerServices;
using PolicyAnalyzers.DataFiles.Text;

namespace PolicyAnalyzers.DataFiles.Reading;

/// <summary>
/// One record as a reader yields it: a CSV row or the scalar members of one JSON object. Values live in one buffer the
/// reader reuses for the next record, so reading allocates nothing per cell. Each field names its column by index into
/// the reader's <see cref="IRecordReader.ColumnNames"/>; a field may also borrow its characters from the reader's own
/// buffer (<see cref="AddBorrowedField"/>) until the reader refills it. A reader may hand out a record before splitting it
/// (<see cref="Defer"/>): <see cref="HasField"/> splits only as far as asked, so a detector that has seen enough of a
/// row never pays for the rest; <see cref="FieldCount"/> splits it all.
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
    private FieldSource? _rest;

    // The reader's buffer that borrowed fields point into; their starts are stored as ~start (negative).
    private char[]? _borrowed;

    /// <summary>1-based line where the record starts (the row's first line, the object's opening brace).</summary>
    public int Line { get; set; }

    /// <summary>1-based column where the record starts.</summary>
    public int Column { get; set; } = 1;

    /// <summary>The record's fields, all of them split first.</summary>
    public int FieldCount
    {
        get
        {
            if (_rest is not null)
            {
                _rest.ReadFields(this, int.MaxValue);
            }

            return _fieldCount;
        }
    }

    /// <summary>Whether the record has a field at <paramref name="index"/>, splitting no further than that.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool HasField(int index) => index < _fieldCount || (_rest is not null && _rest.ReadFields(this, index + 1));

    /// <summary>Whether <paramref name="count"/> fields are in already, splitting nothing.</summary>
    public bool HasFieldCount(int count) => _fieldCount >= count;

    /// <summary>The rest of the record's fields come from <paramref name="rest"/>, when asked for.</summary>
    public void Defer(FieldSource rest) => _rest = rest;

    /// <summary>Every field is in: the source has nothing more for this record.</summary>
    public void Complete() => _rest = null;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ColumnAt(int index) => _columns[index];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TextSlice ValueAt(int index)
    {
        var start = _starts[index];
        return start >= 0 ? new(_chars, start, _lengths[index]) : new(_borrowed!, ~start, _lengths[index]);
    }

    public void Clear()
    {
        _rest = null;
        _borrowed = null;
        _charCount = 0;
        _fieldCount = 0;
        _inField = false;
        Line = 0;
        Column = 1;
    }

    /// <summary>Starts a field; <see cref="Append(char[], int, int)"/> adds its text and <see cref="EndField"/> closes it.</summary>
    [MethodImpl(HotPath.Optimize)]
    public void BeginField(int column)
    {
        if (_fieldCount >= MaxFields)
        {
            _inField = false;
            return;
        }

        if (_fieldCount == _starts.Length)
        {
            Grow();
        }

        _starts[_fieldCount] = _charCount;
        _lengths[_fieldCount] = 0;
        _columns[_fieldCount] = column;
        _inField = true;
    }

    [MethodImpl(HotPath.Optimize)]
    public void Append(char[] source, int start, int count)
    {
        if (!_inField || count <= 0)
        {
            return;
        }

        var room = MaxStoredValueLength - _lengths[_fieldCount];
        if (count > room)
        {
            count = room;
        }

        if (count <= 0)
        {
            return;
        }

        EnsureRoom(count);
        var chars = _chars;
        var at = _charCount;
        if (count <= 16)
        {
            // Most cells are short: a plain loop beats Array.Copy's call overhead there.
            for (var k = 0; k < count; k++)
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

    /// <summary>
    /// Adds a field whose characters stay in <paramref name="buffer"/>, which its owner must not change until it has
    /// called <see cref="KeepBorrowedFields"/> or read the next record: no copy for the commonest cell.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    public void AddBorrowedField(int column, char[] buffer, int start, int count)
    {
        if (_fieldCount >= MaxFields)
        {
            return;
        }

        if (_borrowed is not null && !ReferenceEquals(_borrowed, buffer))
        {
            KeepBorrowedFields();
        }

        if (_fieldCount == _starts.Length)
        {
            Grow();
        }

        _borrowed = buffer;
        _starts[_fieldCount] = ~start;
        _lengths[_fieldCount] = Math.Min(count, MaxStoredValueLength);
        _columns[_fieldCount] = column;
        _fieldCount++;
    }

    /// <summary>Copies the borrowed fields into the record's own buffer: their source is about to change.</summary>
    public void KeepBorrowedFields()
    {
        var borrowed = _borrowed;
        if (borrowed is null)
        {
            return;
        }

        _borrowed = null;
        for (var i = 0; i < _fieldCount; i++)
        {
            var start = _starts[i];
            if (start < 0)
            {
                var length = _lengths[i];
                EnsureRoom(length);
                Array.Copy(borrowed, ~start, _chars, _charCount, length);
                _starts[i] = _charCount;
                _charCount += length;
            }
        }

        if (_inField)
        {
            // The field being appended to must stay contiguous at the end: move what it has after the copies.
            var start = _starts[_fieldCount];
            var length = _lengths[_fieldCount];
            EnsureRoom(length);
            Array.Copy(_chars, start, _chars, _charCount, length);
            _starts[_fieldCount] = _charCount;
            _charCount += length;
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
            var count = Math.Min(text.Length, MaxStoredValueLength);
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
        for (var i = 0; i < other.FieldCount; i++)
        {
            var value = other.ValueAt(i);
            AddField(other.ColumnAt(i), value.Array, value.Start, value.Length);
        }
    }

    private void Grow()
    {
        var size = _starts.Length * 2;
        Array.Resize(ref _starts, size);
        Array.Resize(ref _lengths, size);
        Array.Resize(ref _columns, size);
    }

    [MethodImpl(HotPath.Optimize)]
    private void EnsureRoom(int count)
    {
        if (_charCount + count > _chars.Length)
        {
            var size = _chars.Length * 2;
            while (size < _charCount + count)
            {
                size *= 2;
            }

            Array.Resize(ref _chars, size);
        }
    }
}
