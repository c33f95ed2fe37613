using System.IO;

namespace PolicyAnalyzers.DataFiles;

/// <summary>
/// Splits delimited text into rows (RFC 4180): quoted fields may hold delimiters, doubled quotes and line breaks.
/// One pass over a fixed buffer; unquoted runs are copied in bulk, so the cost per character is a few comparisons.
/// Lenient where real exports are sloppy: ragged rows, text after a closing quote, quotes inside unquoted fields,
/// blank lines, CR, LF or CRLF line ends. Knows nothing of headers, so header-less files can reuse it.
/// </summary>
internal sealed class CsvRowReader
{
    private enum State
    {
        RowStart,
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }

    private readonly TextReader _reader;
    private readonly char[] _buffer;
    private int _position;
    private int _length;
    private char _charBeforeBuffer;
    private bool _endOfInput;
    private int _line = 1;

    /// <param name="reader">The text, positioned after any byte order mark.</param>
    /// <param name="delimiter">The separator, or null to detect it from the first line.</param>
    /// <param name="preferredDelimiter">The separator detection falls back to (tab for .tsv).</param>
    /// <param name="bufferSize">Characters read at a time; small values exercise buffer boundaries in tests.</param>
    public CsvRowReader(TextReader reader, char? delimiter, char preferredDelimiter = ',', int bufferSize = 65536)
    {
        _reader = reader;
        _buffer = new char[bufferSize];
        Fill();
        Delimiter = delimiter ?? ReadSeparatorHint() ?? CsvDelimiterDetector.Detect(_buffer, _length, preferredDelimiter);
    }

    public char Delimiter { get; }

    /// <summary>
    /// Reads the next non-blank row into <paramref name="row"/>; field <c>i</c> gets column <c>i</c>.
    /// Returns false at the end of the text. Throws <see cref="DataFileFormatException"/> for a quote never closed.
    /// </summary>
    public bool ReadRow(DataRecord row)
    {
        row.Clear();
        State state = State.RowStart;
        int column = 0;
        int quoteLine = 0;
        char delimiter = Delimiter;
        while (true)
        {
            if (_position >= _length && !Fill())
            {
                switch (state)
                {
                    case State.RowStart:
                        return false;
                    case State.Quoted:
                        throw new DataFileFormatException(
                            $"the quoted field that starts on line {quoteLine} is never closed", quoteLine, 0);
                    case State.FieldStart:
                        // The row ended with a delimiter: its last field is empty.
                        row.BeginField(column);
                        row.EndField();
                        return true;
                    default:
                        row.EndField();
                        return true;
                }
            }

            char[] buffer = _buffer;
            int i = _position;
            int end = _length;
            switch (state)
            {
                case State.RowStart:
                {
                    char c = buffer[i];
                    if (c == '\n' || c == '\r')
                    {
                        CountNewline(i);
                        _position = i + 1;
                        continue;
                    }

                    row.Line = _line;
                    row.Column = 1;
                    state = State.FieldStart;
                    continue;
                }

                case State.FieldStart:
                {
                    // Fast path: unquoted fields that end inside the buffer go straight into the row, one after
                    // another, without a round trip through the state machine per field.
                    bool rowEnded = false;
                    while (i < end && buffer[i] != '"')
                    {
                        int j = i;
                        char c = '\0';
                        while (j < end)
                        {
                            c = buffer[j];
                            if (c == delimiter || (c <= '\r' && (c == '\n' || c == '\r')))
                            {
                                break;
                            }

                            j++;
                        }

                        if (j == end)
                        {
                            break; // the field goes on in the next buffer: the general path copes
                        }

                        row.AddField(column, buffer, i, j - i);
                        i = j + 1;
                        if (c != delimiter)
                        {
                            CountNewline(j);
                            rowEnded = true;
                            break;
                        }

                        column++;
                    }

                    _position = i;
                    if (rowEnded)
                    {
                        return true;
                    }

                    if (i >= end)
                    {
                        continue;
                    }

                    row.BeginField(column);
                    if (buffer[i] == '"')
                    {
                        quoteLine = _line;
                        _position = i + 1;
                        state = State.Quoted;
                    }
                    else
                    {
                        state = State.Unquoted;
                    }

                    continue;
                }

                case State.Unquoted:
                {
                    int start = i;
                    char c = '\0';
                    while (i < end)
                    {
                        c = buffer[i];

                        // Line ends are the only stops below '\x0E'; most characters pass two comparisons.
                        if (c == delimiter || (c <= '\r' && (c == '\n' || c == '\r')))
                        {
                            break;
                        }

                        i++;
                    }

                    row.Append(buffer, start, i - start);
                    _position = i;
                    if (i == end)
                    {
                        continue;
                    }

                    row.EndField();
                    _position = i + 1;
                    if (c == delimiter)
                    {
                        column++;
                        state = State.FieldStart;
                        continue;
                    }

                    CountNewline(i);
                    return true;
                }

                case State.Quoted:
                {
                    int start = i;
                    while (i < end)
                    {
                        char c = buffer[i];
                        if (c == '"')
                        {
                            break;
                        }

                        if (c == '\n' || c == '\r')
                        {
                            CountNewline(i);
                        }

                        i++;
                    }

                    row.Append(buffer, start, i - start);
                    _position = i == end ? i : i + 1;
                    if (i < end)
                    {
                        state = State.QuoteInQuoted;
                    }

                    continue;
                }

                case State.QuoteInQuoted:
                    if (buffer[i] == '"')
                    {
                        row.Append('"');
                        _position = i + 1;
                        state = State.Quoted;
                    }
                    else
                    {
                        // The closing quote. Anything up to the delimiter is kept as written, as spreadsheets do.
                        state = State.Unquoted;
                    }

                    continue;
            }
        }
    }

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

        for (int i = 0; i < Hint.Length; i++)
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
        if (_buffer[index] == '\r')
        {
            _line++;
            return;
        }

        char previous = index > 0 ? _buffer[index - 1] : _charBeforeBuffer;
        if (previous != '\r')
        {
            _line++;
        }
    }

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

        _position = 0;
        _length = _reader.Read(_buffer, 0, _buffer.Length);
        if (_length <= 0)
        {
            _length = 0;
            _endOfInput = true;
            return false;
        }

        return true;
    }
}
