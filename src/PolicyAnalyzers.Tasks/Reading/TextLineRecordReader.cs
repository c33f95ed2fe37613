using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using PolicyAnalyzers.DataFiles.Text;
using PolicyAnalyzers.DataFiles.Validation;

namespace PolicyAnalyzers.DataFiles.Reading;

/// <summary>
/// Records of free text and logs, one per line. Lines have no header, so fields come from the text itself:
/// <list type="bullet">
/// <item>"key=value", "key: value" and "key=\"quoted value\"" pairs, named by their key ("name=Maria Lopez dob=...",
/// "Date of birth: 14/03/1985");</item>
/// <item>values whose shape is enough on its own, named by what they are: A-Numbers written with their "A", SSNs
/// written ddd-dd-dddd, e-mail addresses;</item>
/// <item>dates right after a birth word ("born 1985-03-14", "DOB 03/14/1985").</item>
/// </list>
/// The detector then judges each line as a record, so a line needs two pieces of evidence like any row does.
/// Lines longer than the buffer are read in pieces that share the line's number.
/// </summary>
internal sealed class TextLineRecordReader : IRecordReader
{
    private const int MaxKeyLength = 40;
    private const int MaxKeyWords = 4;
    private const int MaxValueLength = 200;

    /// <summary>Words that lead into a key ("Date of birth:", "Full name:", "Country of citizenship:"), and no name.</summary>
    private static readonly TextSet KeyWords = new(
    [
        "date", "of", "place", "country", "city", "state", "full", "first", "last", "given", "family", "middle", "legal",
        "alien", "registration", "social", "security", "e", "email", "mail", "case", "immigration", "phone", "home",
        "mobile", "cell", "passport", "birth", "name", "detainee", "person", "client", "patient", "employee",
        "student", "customer", "applicant", "contact", "street", "postal", "zip", "the", "de", "a", "file", "id",
    ]);

    private static readonly TextSet BirthWords = new(["born", "dob", "birth", "birthdate", "birthday", "b", "nacimiento", "né", "née"]);

    private readonly TextReader _text;
    private readonly char[] _buffer;
    private readonly char[] _line;
    private readonly ColumnTable _columns = new();
    private readonly DataRecord _record = new();
    private readonly int _aNumberColumn;
    private readonly int _ssnColumn;
    private readonly int _emailColumn;
    private readonly int _birthDateColumn;
    private int _position;
    private int _length;
    private int _lineNumber;
    private bool _endOfInput;
    private bool _lastWasCarriageReturn;
    private bool _continuesLine;

    /// <param name="text">The file's text; the reader owns and disposes it.</param>
    public TextLineRecordReader(TextReader text, int maxLineLength = 65536)
    {
        _text = text;
        _buffer = new char[65536];
        _line = new char[maxLineLength];
        _aNumberColumn = AddColumn("A-Number");
        _ssnColumn = AddColumn("SSN");
        _emailColumn = AddColumn("email");
        _birthDateColumn = AddColumn("date of birth");
    }

    public IReadOnlyList<string> ColumnNames => _columns.Names;

    public bool ColumnsKnownUpFront => false;

    public string ColumnWord => "values";

    public DataRecord? HeaderRecord => null;

    public bool TryRead([NotNullWhen(true)] out DataRecord? record)
    {
        while (ReadLine(out var length))
        {
            _record.Clear();
            _record.Line = _lineNumber;
            ParseLine(length);
            if (_record.FieldCount > 0)
            {
                record = _record;
                return true;
            }
        }

        record = null;
        return false;
    }

    public void Dispose() => _text.Dispose();

    private int AddColumn(string name) => _columns.GetOrAdd(name.ToCharArray(), 0, name.Length);

    /// <summary>Copies the next line (or the next piece of a very long one) into the line buffer.</summary>
    private bool ReadLine(out int length)
    {
        length = 0;
        if (!_continuesLine)
        {
            // Skip the LF of a CRLF that ended the previous line.
            if (_lastWasCarriageReturn && (_position < _length || Fill()) && _buffer[_position] == '\n')
            {
                _position++;
            }

            _lastWasCarriageReturn = false;
            if (_position >= _length && !Fill())
            {
                return false;
            }

            _lineNumber++;
        }

        _continuesLine = false;
        while (true)
        {
            if (_position >= _length && !Fill())
            {
                return true;
            }

            var start = _position;
            var end = _length;
            var i = start;
            while (i < end && _buffer[i] != '\n' && _buffer[i] != '\r')
            {
                i++;
            }

            var count = System.Math.Min(i - start, _line.Length - length);
            System.Array.Copy(_buffer, start, _line, length, count);
            length += count;
            _position = start + count;
            if (length == _line.Length && _position < end && _buffer[_position] is not ('\n' or '\r'))
            {
                _continuesLine = true;
                return true;
            }

            if (i < end)
            {
                _lastWasCarriageReturn = _buffer[i] == '\r';
                _position = i + 1;
                return true;
            }
        }
    }

    private bool Fill() => CharBuffer.Fill(_text, _buffer, ref _position, ref _length, ref _endOfInput);

    private void ParseLine(int length)
    {
        var line = _line;
        var i = 0;
        while (i < length)
        {
            var c = line[i];
            if ((c == '=' || (c == ':' && IsKeyColon(line, i, length))) && TryKeyValue(line, i, length, out var next))
            {
                i = next;
                continue;
            }

            var tokenStart = i == 0 || IsBoundary(line[i - 1]);
            if (tokenStart && (char.IsLetterOrDigit(c) || c == '@'))
            {
                var end = i;
                while (end < length && !IsTokenEnd(line[end]))
                {
                    end++;
                }

                // Trailing punctuation is not part of the value ("A012345678." at a sentence's end).
                var valueEnd = end;
                while (valueEnd > i && line[valueEnd - 1] is '.' or ',' or ';' or ')' or ']')
                {
                    valueEnd--;
                }

                ClassifyToken(line, i, valueEnd - i);
                i = end;
                continue;
            }

            i++;
        }
    }

    private void ClassifyToken(char[] line, int start, int length)
    {
        if (length < 6)
        {
            return;
        }

        var token = new TextSlice(line, start, length);
        var first = line[start];
        if ((first == 'A' || first == 'a') && ANumberValidator.IsValid(token, underANumberHeader: false))
        {
            _record.AddField(_aNumberColumn, line, start, length);
        }
        else if (char.IsDigit(first) && length == 11 && SsnValidator.IsValid(token, underSsnHeader: false))
        {
            _record.AddField(_ssnColumn, line, start, length);
        }
        else if (char.IsDigit(first) && DateOfBirthValidator.IsPlausible(token) && FollowsBirthWord(line, start))
        {
            _record.AddField(_birthDateColumn, line, start, length);
        }
        else if (token.IndexOf('@') > 0 && EmailValidator.IsValid(token))
        {
            _record.AddField(_emailColumn, line, start, length);
        }
    }

    /// <summary>Whether one of the two words before <paramref name="start"/> is a birth word ("born on", "DOB").</summary>
    private static bool FollowsBirthWord(char[] line, int start)
    {
        var i = start - 1;
        for (var word = 0; word < 2; word++)
        {
            while (i >= 0 && !char.IsLetter(line[i]))
            {
                if (char.IsDigit(line[i]))
                {
                    return false;
                }

                i--;
            }

            var end = i + 1;
            while (i >= 0 && char.IsLetter(line[i]))
            {
                i--;
            }

            if (end - (i + 1) > 0 && BirthWords.Contains(new TextSlice(line, i + 1, end - (i + 1))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A colon between digits is a time ("12:30"); before "//" a URL's scheme.</summary>
    private static bool IsKeyColon(char[] line, int i, int length) =>
        !(i > 0 && char.IsDigit(line[i - 1]) && i + 1 < length && char.IsDigit(line[i + 1]))
        && !(i + 1 < length && line[i + 1] == '/');

    /// <summary>Reads "key=value" or "key: value" around the separator at <paramref name="separator"/>.</summary>
    private bool TryKeyValue(char[] line, int separator, int length, out int next)
    {
        next = separator + 1;
        var equals = line[separator] == '=';

        // The key: words just before the separator ("Date of birth", "dob", "user.name").
        var keyEnd = separator;
        while (keyEnd > 0 && line[keyEnd - 1] == ' ')
        {
            keyEnd--;
        }

        var keyStart = WordStart(line, keyEnd);
        if (!equals)
        {
            // Extend "birth:" to "Date of birth:" over key words only, so "Maria Lopez Date of birth:" keeps the name out.
            for (var words = 1; words < MaxKeyWords && keyStart > 1 && line[keyStart - 1] == ' '; words++)
            {
                var previous = WordStart(line, keyStart - 1);
                if (previous == keyStart - 1 || !KeyWords.Contains(new TextSlice(line, previous, keyStart - 1 - previous)))
                {
                    break;
                }

                keyStart = previous;
            }
        }

        while (keyStart < keyEnd && !char.IsLetter(line[keyStart]))
        {
            keyStart++;
        }

        if (keyEnd - keyStart < 2)
        {
            return false;
        }

        // The value: quoted, or up to a separator (and for key=value, up to whitespace; for "key: value", up to the
        // next "Key:").
        var valueStart = separator + 1;
        while (valueStart < length && line[valueStart] == ' ')
        {
            valueStart++;
        }

        int valueEnd;
        if (valueStart < length && line[valueStart] is '"' or '\'')
        {
            var quote = line[valueStart++];
            valueEnd = valueStart;
            while (valueEnd < length && line[valueEnd] != quote)
            {
                valueEnd++;
            }

            next = System.Math.Min(length, valueEnd + 1);
        }
        else
        {
            valueEnd = valueStart;
            while (valueEnd < length
                && !IsValueEnd(line[valueEnd], equals)
                && !(line[valueEnd] == ' ' && !equals && NextWordIsKey(line, valueEnd, length)))
            {
                valueEnd++;
            }

            next = valueEnd;
        }

        var valueLength = System.Math.Min(valueEnd - valueStart, MaxValueLength);
        if (valueLength <= 0)
        {
            return true;
        }

        var column = _columns.GetOrAdd(line, keyStart, keyEnd - keyStart);
        if (column >= 0)
        {
            _record.AddField(column, line, valueStart, valueLength);
        }

        // Shapes inside the value still count ("patient: A012345678").
        var value = new TextSlice(line, valueStart, valueLength).Trim();
        if (value.Length > 0 && value[0] is 'A' or 'a' && ANumberValidator.IsValid(value, underANumberHeader: false))
        {
            _record.AddField(_aNumberColumn, value.Array, value.Start, value.Length);
        }

        return true;
    }

    /// <summary>Start of the key-like word (letters, digits, '_', '-', '.') that ends at <paramref name="end"/>.</summary>
    private static int WordStart(char[] line, int end)
    {
        var start = end;
        while (start > 0 && end - start < MaxKeyLength && (char.IsLetterOrDigit(line[start - 1]) || line[start - 1] is '_' or '-' or '.'))
        {
            start--;
        }

        return start;
    }

    /// <summary>
    /// Whether a key starts after the space at <paramref name="space"/>: a word followed by ':', or key words leading
    /// to one ("... Maria Lopez DOB: ...", "... Maria Lopez Date of birth: ...").
    /// </summary>
    private static bool NextWordIsKey(char[] line, int space, int length)
    {
        var i = space + 1;
        for (var words = 0; words < MaxKeyWords; words++)
        {
            var start = i;
            while (i < length && (char.IsLetterOrDigit(line[i]) || line[i] == '_'))
            {
                i++;
            }

            if (i == start || !char.IsLetter(line[start]) || i >= length)
            {
                return false;
            }

            if (line[i] == ':')
            {
                return IsKeyColon(line, i, length);
            }

            if (line[i] != ' ' || !KeyWords.Contains(new TextSlice(line, start, i - start)))
            {
                return false;
            }

            i++;
        }

        return false;
    }

    private static bool IsValueEnd(char c, bool equals) =>
        c is ',' or ';' or '|' or '\t' or '&' or '}' or ']' or ')' || (equals && c == ' ');

    private static bool IsBoundary(char c) => !char.IsLetterOrDigit(c) && c is not ('@' or '.' or '-' or '_' or '+');

    private static bool IsTokenEnd(char c) =>
        char.IsWhiteSpace(c) || c is ',' or ';' or '|' or '"' or '\'' or '(' or ')' or '[' or ']' or '<' or '>' or '{' or '}' or '=' or ':';
}
