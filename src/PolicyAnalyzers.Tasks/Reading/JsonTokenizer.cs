using System;
using System.IO;

namespace PolicyAnalyzers.DataFiles.Reading;

/// <summary>
/// A streaming JSON tokenizer over a <see cref="TextReader"/>: constant memory for any file size, and no recursion, so
/// a file nested 100,000 levels deep ends in a clean <see cref="DataFileFormatException"/> rather than a stack overflow
/// that would take MSBuild down with it. Accepts what .NET configuration files use beyond strict JSON: // and /* */
/// comments and trailing commas. With <c>multipleValues</c> it reads JSON Lines (one value after another).
/// </summary>
internal sealed class JsonTokenizer
{
    public const int DefaultMaxDepth = 1000;

    private const byte ObjectContainer = 1;
    private const byte ArrayContainer = 2;

    private readonly TextReader _reader;
    private readonly bool _multipleValues;
    private readonly int _maxDepth;
    private readonly char[] _buffer;
    private readonly char[] _value = new char[DataRecord.MaxStoredValueLength];
    private byte[] _containers = new byte[32];
    private int _position;
    private int _length;
    private bool _endOfInput;
    private int _line = 1;
    private int _column = 1;
    private bool _lastWasCarriageReturn;
    private Expect _expect = Expect.Value;
    private bool _sawValue;

    public JsonTokenizer(TextReader reader, bool multipleValues = false, int maxDepth = DefaultMaxDepth, int bufferSize = 16384)
    {
        _reader = reader;
        _multipleValues = multipleValues;
        _maxDepth = maxDepth;
        _buffer = new char[bufferSize];
    }

    private enum Expect
    {
        Value,
        ValueOrEndArray,
        NameOrEndObject,
        Colon,
        CommaOrEnd,
        EndOfInput,
    }

    public JsonTokenKind Kind { get; private set; }

    /// <summary>1-based line of the current token's first character.</summary>
    public int Line { get; private set; }

    /// <summary>1-based column of the current token's first character.</summary>
    public int Column { get; private set; }

    /// <summary>Containers open after the current token.</summary>
    public int Depth { get; private set; }

    /// <summary>Text of a property name, string, number or literal (unescaped, cut at <see cref="DataRecord.MaxStoredValueLength"/>).</summary>
    public char[] ValueBuffer => _value;

    public int ValueLength { get; private set; }

    /// <summary>Moves to the next token; false at the end of the input. Throws <see cref="DataFileFormatException"/>.</summary>
    public bool Read()
    {
        while (true)
        {
            SkipWhitespaceAndComments();
            var next = Peek();
            Line = _line;
            Column = _column;
            ValueLength = 0;
            if (next < 0)
            {
                if (Depth > 0)
                {
                    throw Error("the file ends inside an object or array");
                }

                if (!_sawValue && !_multipleValues)
                {
                    throw Error("the file holds no JSON value");
                }

                Kind = JsonTokenKind.None;
                return false;
            }

            var c = (char)next;
            switch (_expect)
            {
                case Expect.EndOfInput:
                    throw Error("unexpected text after the end of the JSON value");

                case Expect.Colon:
                    if (c != ':')
                    {
                        throw Error("expected ':' after a property name");
                    }

                    Consume();
                    _expect = Expect.Value;
                    continue;

                case Expect.CommaOrEnd:
                {
                    var inObject = _containers[Depth - 1] == ObjectContainer;
                    if (c == ',')
                    {
                        Consume();
                        _expect = inObject ? Expect.NameOrEndObject : Expect.ValueOrEndArray;
                        continue;
                    }

                    if (inObject && c == '}')
                    {
                        return EndContainer(JsonTokenKind.EndObject);
                    }

                    if (!inObject && c == ']')
                    {
                        return EndContainer(JsonTokenKind.EndArray);
                    }

                    throw Error(inObject ? "expected ',' or '}'" : "expected ',' or ']'");
                }

                case Expect.NameOrEndObject:
                    if (c == '}')
                    {
                        return EndContainer(JsonTokenKind.EndObject);
                    }

                    if (c != '"')
                    {
                        throw Error("expected a property name in quotes");
                    }

                    ReadString();
                    Kind = JsonTokenKind.PropertyName;
                    _expect = Expect.Colon;
                    return true;

                case Expect.ValueOrEndArray:
                    if (c == ']')
                    {
                        return EndContainer(JsonTokenKind.EndArray);
                    }

                    return ReadValue(c);

                default:
                    return ReadValue(c);
            }
        }
    }

    private bool ReadValue(char c)
    {
        switch (c)
        {
            case '{':
                Push(ObjectContainer);
                Kind = JsonTokenKind.StartObject;
                _expect = Expect.NameOrEndObject;
                return true;
            case '[':
                Push(ArrayContainer);
                Kind = JsonTokenKind.StartArray;
                _expect = Expect.ValueOrEndArray;
                return true;
            case '"':
                ReadString();
                Kind = JsonTokenKind.String;
                break;
            case '-':
            case >= '0' and <= '9':
                ReadNumber();
                Kind = JsonTokenKind.Number;
                break;
            case >= 'a' and <= 'z':
            case >= 'A' and <= 'Z':
                Kind = ReadLiteral();
                break;
            default:
                throw Error(IsPunctuation(c) ? $"unexpected character '{c}'" : "unexpected character");
        }

        AfterValue();
        return true;
    }

    private bool EndContainer(JsonTokenKind kind)
    {
        Consume();
        Depth--;
        Kind = kind;
        AfterValue();
        return true;
    }

    private void AfterValue()
    {
        if (Depth > 0)
        {
            _expect = Expect.CommaOrEnd;
            return;
        }

        _sawValue = true;
        _expect = _multipleValues ? Expect.Value : Expect.EndOfInput;
    }

    private void Push(byte container)
    {
        if (Depth >= _maxDepth)
        {
            throw Error($"JSON nested deeper than {_maxDepth} levels");
        }

        Consume();
        if (Depth == _containers.Length)
        {
            Array.Resize(ref _containers, _containers.Length * 2);
        }

        _containers[Depth++] = container;
    }

    private void ReadString()
    {
        Consume(); // opening quote
        var length = 0;
        while (true)
        {
            if (_position >= _length && !Fill())
            {
                throw Error("a string is not closed before the end of the file", Line, Column);
            }

            // Copy the run up to the next quote, escape or control character in bulk.
            var start = _position;
            var i = start;
            var buffer = _buffer;
            var end = _length;
            while (i < end)
            {
                var ch = buffer[i];
                if (ch == '"' || ch == '\\' || ch < ' ')
                {
                    break;
                }

                i++;
            }

            length = AppendValue(length, buffer, start, i - start);
            _column += i - start;
            _position = i;
            if (i == end)
            {
                continue;
            }

            var c = buffer[i];
            if (c == '"')
            {
                Consume();
                ValueLength = length;
                return;
            }

            if (c < ' ')
            {
                throw Error("a string is not closed on the line where it starts", Line, Column);
            }

            Consume(); // backslash
            var escaped = NextChar("an escape sequence");
            var unescaped = escaped switch
            {
                '"' => '"',
                '\\' => '\\',
                '/' => '/',
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'u' => ReadHexQuad(),
                _ => throw Error("invalid escape sequence in a string"),
            };
            if (length < _value.Length)
            {
                _value[length++] = unescaped;
            }
        }
    }

    private char ReadHexQuad()
    {
        var code = 0;
        for (var k = 0; k < 4; k++)
        {
            var h = NextChar("a \\u escape");
            var digit = h switch
            {
                >= '0' and <= '9' => h - '0',
                >= 'a' and <= 'f' => h - 'a' + 10,
                >= 'A' and <= 'F' => h - 'A' + 10,
                _ => throw Error("invalid \\u escape in a string"),
            };
            code = (code << 4) | digit;
        }

        // Surrogate halves are kept as they come; a pair arrives as two escapes and stays a pair.
        return (char)code;
    }

    private void ReadNumber()
    {
        var length = 0;
        var sawDigit = false;
        while (true)
        {
            var next = Peek();
            if (next < 0)
            {
                break;
            }

            var c = (char)next;
            if (c is >= '0' and <= '9')
            {
                sawDigit = true;
            }
            else if (c is not ('-' or '+' or '.' or 'e' or 'E'))
            {
                break;
            }

            length = AppendValue(length, c);
            Consume();
        }

        if (!sawDigit)
        {
            throw Error("a number has no digits", Line, Column);
        }

        ValueLength = length;
    }

    private JsonTokenKind ReadLiteral()
    {
        var length = 0;
        while (true)
        {
            var next = Peek();
            if (next < 0 || !char.IsLetter((char)next) || length > 5)
            {
                break;
            }

            length = AppendValue(length, (char)next);
            Consume();
        }

        ValueLength = length;
        if (IsLiteral("true"))
        {
            return JsonTokenKind.True;
        }

        if (IsLiteral("false"))
        {
            return JsonTokenKind.False;
        }

        if (IsLiteral("null"))
        {
            return JsonTokenKind.Null;
        }

        throw Error("unexpected word where a value should be (only true, false and null are allowed)", Line, Column);
    }

    private bool IsLiteral(string literal)
    {
        if (ValueLength != literal.Length)
        {
            return false;
        }

        for (var i = 0; i < literal.Length; i++)
        {
            if (_value[i] != literal[i])
            {
                return false;
            }
        }

        return true;
    }

    private int AppendValue(int length, char[] source, int start, int count)
    {
        var room = _value.Length - length;
        if (count > room)
        {
            count = room;
        }

        if (count > 0)
        {
            Array.Copy(source, start, _value, length, count);
            length += count;
        }

        return length;
    }

    private int AppendValue(int length, char c)
    {
        if (length < _value.Length)
        {
            _value[length++] = c;
        }

        return length;
    }

    private void SkipWhitespaceAndComments()
    {
        while (true)
        {
            var next = Peek();
            if (next < 0)
            {
                return;
            }

            var c = (char)next;
            if (c is ' ' or '\t' or '\n' or '\r' or '\uFEFF')
            {
                Consume();
                continue;
            }

            if (c != '/')
            {
                return;
            }

            var line = _line;
            var column = _column;
            Consume();
            var kind = NextChar("a comment");
            if (kind == '/')
            {
                while ((next = Peek()) >= 0 && next != '\n' && next != '\r')
                {
                    Consume();
                }
            }
            else if (kind == '*')
            {
                var star = false;
                while (true)
                {
                    if (Peek() < 0)
                    {
                        throw Error("a /* comment is never closed", line, column);
                    }

                    var ch = (char)Peek();
                    Consume();
                    if (star && ch == '/')
                    {
                        break;
                    }

                    star = ch == '*';
                }
            }
            else
            {
                throw Error("unexpected character '/'", line, column);
            }
        }
    }

    private int Peek()
    {
        if (_position >= _length && !Fill())
        {
            return -1;
        }

        return _buffer[_position];
    }

    private char NextChar(string what)
    {
        var next = Peek();
        if (next < 0)
        {
            throw Error($"the file ends inside {what}");
        }

        Consume();
        return (char)next;
    }

    /// <summary>Steps over the character at the current position, keeping line and column right for CR, LF and CRLF.</summary>
    private void Consume()
    {
        var c = _buffer[_position++];
        if (c == '\n')
        {
            if (!_lastWasCarriageReturn)
            {
                _line++;
            }

            _column = 1;
            _lastWasCarriageReturn = false;
        }
        else if (c == '\r')
        {
            _line++;
            _column = 1;
            _lastWasCarriageReturn = true;
        }
        else
        {
            _column++;
            _lastWasCarriageReturn = false;
        }
    }

    private bool Fill() => CharBuffer.Fill(_reader, _buffer, ref _position, ref _length, ref _endOfInput);

    private static bool IsPunctuation(char c) => c is > ' ' and < '\u007F' && !char.IsLetterOrDigit(c);

    private DataFileFormatException Error(string problem) => Error(problem, _line, _column);

    private static DataFileFormatException Error(string problem, int line, int column) =>
        new($"malformed JSON: {problem}", line, column);
}
