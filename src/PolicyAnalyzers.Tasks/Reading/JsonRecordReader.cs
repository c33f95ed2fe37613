using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;

namespace PolicyAnalyzers.DataFiles.Reading;

/// <summary>
/// Records of a JSON or JSON Lines file: each object's scalar members (strings, numbers, booleans), keyed by member
/// name, at the line of the object's opening brace, with the members of the objects nested in it as parts of the same
/// record (<c>name.first</c>, <c>bio.birthday</c>; see <see cref="NestedRecordParts"/>). Objects in arrays are records
/// of their own, yielded when they close, so an array of people, an object wrapping such an array, and one object per
/// line all read the same way. Arrays of scalars and nulls are skipped.
/// </summary>
internal sealed class JsonRecordReader : KeyedRecordReader<DataRecord>
{
    private const int NoColumn = -1;

    private readonly TextReader _text;
    private readonly JsonTokenizer _tokens;

    // One entry per open container: the record being filled for an object, null for an array.
    private Frame[] _open = new Frame[16];
    private int _depth;
    private int _pendingColumn = NoColumn;

    /// <param name="text">The file's text; the reader owns and disposes it.</param>
    /// <param name="jsonLines">Read one value after another (JSON Lines) rather than exactly one value.</param>
    /// <param name="maxDepth">Nesting beyond this is reported as a malformed file.</param>
    public JsonRecordReader(TextReader text, bool jsonLines = false, int maxDepth = JsonTokenizer.DefaultMaxDepth)
    {
        _text = text;
        _tokens = new JsonTokenizer(text, jsonLines, maxDepth);
    }

    protected override bool TryReadNext([NotNullWhen(true)] out DataRecord? holder)
    {
        while (_tokens.Read())
        {
            switch (_tokens.Kind)
            {
                case JsonTokenKind.StartObject:
                {
                    var opened = Rent();
                    opened.Clear();
                    opened.Line = _tokens.Line;
                    opened.Column = _tokens.Column;
                    Push(new Frame(opened, _pendingColumn));
                    _pendingColumn = NoColumn;
                    break;
                }

                case JsonTokenKind.StartArray:
                    Push(new Frame(null, NoColumn));
                    _pendingColumn = NoColumn;
                    break;

                case JsonTokenKind.PropertyName:
                    _pendingColumn = Columns.GetOrAdd(_tokens.ValueBuffer, 0, _tokens.ValueLength);
                    break;

                case JsonTokenKind.String:
                case JsonTokenKind.Number:
                case JsonTokenKind.True:
                case JsonTokenKind.False:
                    if (_pendingColumn != NoColumn && _depth > 0 && _open[_depth - 1].Record is { } current)
                    {
                        current.AddField(_pendingColumn, _tokens.ValueBuffer, 0, _tokens.ValueLength);
                    }

                    _pendingColumn = NoColumn;
                    break;

                case JsonTokenKind.Null:
                    _pendingColumn = NoColumn;
                    break;

                case JsonTokenKind.EndArray:
                    _depth--;
                    _pendingColumn = NoColumn;
                    break;

                case JsonTokenKind.EndObject:
                {
                    var closed = _open[--_depth];
                    _pendingColumn = NoColumn;
                    if (closed.Record is null)
                    {
                        break;
                    }

                    if (JoinParent(closed))
                    {
                        Return(closed.Record);
                        break;
                    }

                    if (closed.Record.FieldCount > 0)
                    {
                        holder = closed.Record;
                        return true;
                    }

                    Return(closed.Record);
                    break;
                }
            }
        }

        holder = null;
        return false;
    }

    protected override DataRecord RecordOf(DataRecord holder) => holder;

    /// <summary>Makes a closed object a part of the object it is a member of, when it may be one.</summary>
    private bool JoinParent(Frame closed)
    {
        if (closed.Key == NoColumn || _depth == 0)
        {
            return false;
        }

        ref var parent = ref _open[_depth - 1];
        if (parent.Record is null || !NestedRecordParts.CanJoin(closed.PartDepth, parent.Parts))
        {
            return false;
        }

        if (closed.Record!.FieldCount > 0)
        {
            NestedRecordParts.Join(closed.Record, closed.Key, parent.Record, Columns);
            parent.Parts++;
            parent.PartDepth = System.Math.Max(parent.PartDepth, closed.PartDepth + 1);
        }

        return true;
    }

    private void Push(Frame frame)
    {
        if (_depth == _open.Length)
        {
            System.Array.Resize(ref _open, _depth * 2);
        }

        _open[_depth++] = frame;
    }

    public override void Dispose() => _text.Dispose();

    /// <summary>An open object (its record, the member name it sits under, the parts it took in) or array.</summary>
    private struct Frame
    {
        public Frame(DataRecord? record, int key)
        {
            Record = record;
            Key = key;
            PartDepth = 0;
            Parts = 0;
        }

        public DataRecord? Record;
        public int Key;
        public int PartDepth;
        public int Parts;
    }
}
