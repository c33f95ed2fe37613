using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;

namespace PolicyAnalyzers.DataFiles;

/// <summary>
/// Records of a JSON or JSON Lines file: each object's scalar members (strings, numbers, booleans), keyed by member
/// name, at the line of the object's opening brace. Nested objects are records of their own, yielded when they close,
/// so an array of people, an object wrapping such an array, and one object per line all read the same way.
/// Arrays of scalars and nulls are skipped.
/// </summary>
internal sealed class JsonRecordReader : IRecordReader
{
    private const int NoColumn = -1;

    private readonly TextReader _text;
    private readonly JsonTokenizer _tokens;
    private readonly ColumnTable _columns = new();

    // One entry per open container: the record being filled for an object, null for an array.
    private readonly List<DataRecord?> _open = [];
    private readonly Stack<DataRecord> _spare = new();
    private DataRecord? _yielded;
    private int _pendingColumn = NoColumn;

    /// <param name="text">The file's text; the reader owns and disposes it.</param>
    /// <param name="jsonLines">Read one value after another (JSON Lines) rather than exactly one value.</param>
    /// <param name="maxDepth">Nesting beyond this is reported as a malformed file.</param>
    public JsonRecordReader(TextReader text, bool jsonLines = false, int maxDepth = JsonTokenizer.DefaultMaxDepth)
    {
        _text = text;
        _tokens = new JsonTokenizer(text, jsonLines, maxDepth);
    }

    public IReadOnlyList<string> ColumnNames => _columns.Names;

    public bool ColumnsKnownUpFront => false;

    public string ColumnWord => "fields";

    public DataRecord? HeaderRecord => null;

    public bool TryRead([NotNullWhen(true)] out DataRecord? record)
    {
        if (_yielded is not null)
        {
            _spare.Push(_yielded);
            _yielded = null;
        }

        while (_tokens.Read())
        {
            switch (_tokens.Kind)
            {
                case JsonTokenKind.StartObject:
                {
                    DataRecord opened = _spare.Count > 0 ? _spare.Pop() : new DataRecord();
                    opened.Clear();
                    opened.Line = _tokens.Line;
                    opened.Column = _tokens.Column;
                    _open.Add(opened);
                    _pendingColumn = NoColumn;
                    break;
                }

                case JsonTokenKind.StartArray:
                    _open.Add(null);
                    _pendingColumn = NoColumn;
                    break;

                case JsonTokenKind.PropertyName:
                    _pendingColumn = _columns.GetOrAdd(_tokens.ValueBuffer, 0, _tokens.ValueLength);
                    break;

                case JsonTokenKind.String:
                case JsonTokenKind.Number:
                case JsonTokenKind.True:
                case JsonTokenKind.False:
                    if (_pendingColumn != NoColumn && _open.Count > 0 && _open[_open.Count - 1] is { } current)
                    {
                        current.AddField(_pendingColumn, _tokens.ValueBuffer, 0, _tokens.ValueLength);
                    }

                    _pendingColumn = NoColumn;
                    break;

                case JsonTokenKind.Null:
                    _pendingColumn = NoColumn;
                    break;

                case JsonTokenKind.EndArray:
                    _open.RemoveAt(_open.Count - 1);
                    _pendingColumn = NoColumn;
                    break;

                case JsonTokenKind.EndObject:
                {
                    DataRecord? closed = _open[_open.Count - 1];
                    _open.RemoveAt(_open.Count - 1);
                    _pendingColumn = NoColumn;
                    if (closed is null)
                    {
                        break;
                    }

                    if (closed.FieldCount > 0)
                    {
                        _yielded = closed;
                        record = closed;
                        return true;
                    }

                    _spare.Push(closed);
                    break;
                }
            }
        }

        record = null;
        return false;
    }

    public void Dispose() => _text.Dispose();
}
