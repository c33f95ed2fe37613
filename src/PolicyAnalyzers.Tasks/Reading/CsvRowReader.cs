using System;
using System.IO;
using System.Runtime.CompilerServices;
using PolicyAnalyzers.DataFiles.Text;

namespace PolicyAnalyzers.DataFiles.Reading;

/// <summary>
/// Splits delimited text into rows (RFC 4180): quoted fields may hold delimiters, doubled quotes and line breaks.
/// Lenient where real exports are sloppy: ragged rows, text after a closing quote, quotes inside unquoted fields,
/// blank lines, CR, LF or CRLF line ends. Knows nothing of headers, so header-less files can reuse it.
/// <para>
/// Fast where files are large: the next delimiter, line end or quote is found with the runtime's vectorised search
/// over a fixed buffer, and a row can be handed out before it is split (<see cref="DataRecord.Defer"/>). Its fields
/// are then split only as far as the detector asks; the rest of the row is skipped by a search for the next line
/// end or quote, which touches each character once and copies nothing.
/// </para>
/// </summary>
internal sealed class CsvRowReader : FieldSource
{
    private readonly TextReader _reader;
    private readonly char[] _buffer;
    private readonly char _delimiter;
    private int _position;
    private int _length;
    private char _charBeforeBuffer;
    private bool _endOfInput;
    private int _line = 1;

    // The row being split: its record, the column of its next field, and whether a delimiter was just passed.
    private DataRecord? _open;
    private int _column;

    /// <param name="reader">The text, positioned after any byte order mark.</param>
    /// <param name="delimiter">The separator, or null to detect it from the first line.</param>
    /// <param name="preferredDelimiter">The separator detection falls back to (tab for .tsv).</param>
    /// <param name="bufferSize">Characters read at a time; small values exercise buffer boundaries in tests.</param>
    public CsvRowReader(TextReader reader, char? delimiter, char preferredDelimiter = ',', int bufferSize = 1 << 17)
    {
        _reader = reader;
        _buffer = new char[bufferSize];
        Fill();
        _delimiter = delimiter ?? ReadSeparatorHint() ?? CsvDelimiterDetector.Detect(_buffer, _length, preferredDelimiter);
    }

    public char Delimiter => _delimiter;

    /// <summary>Reads the next non-blank row, split into fields.</summary>
    /// <inheritdoc cref="ReadRow(DataRecord, bool)"/>
    public bool ReadRow(DataRecord row) => ReadRow(row, deferFields: false);

    /// <summary>
    /// Reads the next non-blank row into <paramref name="row"/>; field <c>i</c> gets column <c>i</c>. With
    /// <paramref name="deferFields"/>, the row's fields are split when asked for (<see cref="DataRecord.HasField"/>),
    /// until the next call. Returns false at the end of the text. Throws <see cref="DataFileFormatException"/> for a
    /// quote never closed.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    public bool ReadRow(DataRecord row, bool deferFields)
    {
        if (_open is not null)
        {
            SkipRestOfRow();
        }

        row.Clear();

        // Blank lines between rows are no rows.
        while (true)
        {
            if (_position >= _length && !Fill())
            {
                return false;
            }

            var c = _buffer[_position];
            if (c != '\n' && c != '\r')
            {
                break;
            }

            CountNewline(_position);
            _position++;
        }

        row.Line = _line;
        row.Column = 1;
        _open = row;
        _column = 0;
        row.Defer(this);
        if (!deferFields)
        {
            ReadFields(row, int.MaxValue);
        }

        return true;
    }

    /// <inheritdoc/>
    [MethodImpl(HotPath.Optimize)]
    public override bool ReadFields(DataRecord record, int count)
    {
        if (!ReferenceEquals(record, _open))
        {
            // A record of a row already passed: it has all it will get.
            record.Complete();
            return false;
        }

        var delimiter = _delimiter;
        while (record.HasFieldCount(count) == false)
        {
            if (_position >= _length && !Fill())
            {
                // The text ends after a delimiter: the row's last field is empty.
                record.AddField(_column, _buffer, 0, 0);
                EndRow(record);
                return record.HasFieldCount(count);
            }

            char end;
            var start = _position;
            var found = _buffer[start] == '"' ? -1 : _buffer.AsSpan(start, _length - start).IndexOfAny(delimiter, '\n', '\r');
            if (found >= 0)
            {
                // The commonest cell: unquoted and whole in the buffer. It stays there, uncopied.
                var at = start + found;
                record.AddBorrowedField(_column, _buffer, start, found);
                _position = at + 1;
                end = _buffer[at];
                if (end != delimiter)
                {
                    CountNewline(at);
                }
            }
            else
            {
                record.BeginField(_column);
                end = _buffer[start] == '"' ? ReadQuoted(record, delimiter) : ReadUnquoted(record, delimiter);
                record.EndField();
            }

            if (end != delimiter)
            {
                // A line end, or the end of the text.
                EndRow(record);
                return record.HasFieldCount(count);
            }

            _column++;
        }

        return true;
    }

    /// <summary>
    /// Reads an unquoted field, or what follows a closing quote, up to the delimiter or line end, which it consumes.
    /// Returns the delimiter, '\n' for a line end, or '\0' at the end of the text.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    private char ReadUnquoted(DataRecord record, char delimiter)
    {
        while (true)
        {
            if (_position >= _length && !Fill())
            {
                return '\0';
            }

            var start = _position;
            var found = _buffer.AsSpan(start, _length - start).IndexOfAny(delimiter, '\n', '\r');
            if (found < 0)
            {
                record.Append(_buffer, start, _length - start);
                _position = _length;
                continue;
            }

            var at = start + found;
            record.Append(_buffer, start, found);
            _position = at + 1;
            var c = _buffer[at];
            if (c == delimiter)
            {
                return delimiter;
            }

            CountNewline(at);
            return '\n';
        }
    }

    /// <summary>Reads a quoted field from its opening quote, then what follows its closing quote (kept as written).</summary>
    [MethodImpl(HotPath.Optimize)]
    private char ReadQuoted(DataRecord record, char delimiter)
    {
        _position++;
        PassQuoted(record);
        return ReadUnquoted(record, delimiter);
    }

    /// <summary>
    /// Passes the rest of the open row without splitting it: only quotes (which may hide line ends) and line ends
    /// stop the search. A quote opens a quoted field only where a field starts, as when splitting.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    private void SkipRestOfRow()
    {
        var record = _open!;
        record.Complete();
        _open = null;
        var delimiter = _delimiter;
        var atFieldStart = true;
        while (true)
        {
            if (_position >= _length && !Fill())
            {
                return;
            }

            var start = _position;
            var found = _buffer.AsSpan(start, _length - start).IndexOfAny('"', '\n', '\r');
            if (found < 0)
            {
                _position = _length;
                atFieldStart = _buffer[_length - 1] == delimiter;
                continue;
            }

            var at = start + found;
            _position = at + 1;
            if (_buffer[at] != '"')
            {
                CountNewline(at);
                return;
            }

            var before = at > start ? _buffer[at - 1] : (atFieldStart ? delimiter : PreviousChar(at));
            atFieldStart = false;
            if (before == delimiter)
            {
                PassQuoted(record: null);
            }
        }
    }

    /// <summary>
    /// Passes a quoted field from after its opening quote to after its closing quote, counting its lines, and adds its
    /// value (doubled quotes as one, line breaks kept) to <paramref name="record"/> unless skipping.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    private void PassQuoted(DataRecord? record)
    {
        var quoteLine = _line;
        while (true)
        {
            if (_position >= _length && !Fill())
            {
                throw new DataFileFormatException(
                    $"the quoted field that starts on line {quoteLine} is never closed", quoteLine, 0);
            }

            var start = _position;
            var found = _buffer.AsSpan(start, _length - start).IndexOfAny('"', '\n', '\r');
            var end = found < 0 ? _length : start + found;
            record?.Append(_buffer, start, end - start);
            _position = found < 0 ? end : end + 1;
            if (found < 0)
            {
                continue;
            }

            if (_buffer[end] != '"')
            {
                // A line break inside the quotes is part of the value.
                CountNewline(end);
                record?.Append(_buffer[end]);
                continue;
            }

            // A doubled quote is a quote; any other character, or the end of the text, closes the field.
            if ((_position >= _length && !Fill()) || _buffer[_position] != '"')
            {
                return;
            }

            record?.Append('"');
            _position++;
        }
    }

    private void EndRow(DataRecord record)
    {
        record.Complete();
        _open = null;
    }

    private char PreviousChar(int index) => index > 0 ? _buffer[index - 1] : _charBeforeBuffer;

    /// <summary>
    /// Excel's "sep=;" first line names the delimiter and is not part of the table; skip it (its line still counts).
    /// </summary>
    private char? ReadSeparatorHint()
    {
        const string Hint = "sep=";
        if (_length < Hint.Length + 1 || (_length > Hint.Length + 1 && _buffer[Hint.Length + 1] is not ('\r' or '\n')))
        {
            return null;
        }

        for (var i = 0; i < Hint.Length; i++)
        {
            if (char.ToLowerInvariant(_buffer[i]) != Hint[i])
            {
                return null;
            }
        }

        _position = Hint.Length + 1;
        return _buffer[Hint.Length];
    }

    /// <summary>Counts CR, LF and CRLF as one line end each; <paramref name="index"/> holds a CR or LF.</summary>
    private void CountNewline(int index)
    {
        if (_buffer[index] == '\r' || PreviousChar(index) != '\r')
        {
            _line++;
        }
    }

    [MethodImpl(HotPath.Optimize)]
    private bool Fill()
    {
        if (_endOfInput)
        {
            return false;
        }

        if (_length > 0)
        {
            _charBeforeBuffer = _buffer[_length - 1];
        }

        // Fields of the open row that borrow the buffer keep their text before it is overwritten.
        _open?.KeepBorrowedFields();
        return CharBuffer.Fill(_reader, _buffer, ref _position, ref _length, ref _endOfInput);
    }
}
