using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Xml;

namespace PolicyAnalyzers.DataFiles.Reading;

/// <summary>
/// Records of an XML file, streamed: each element's attributes and its text-only child elements are the fields of one
/// record, named by local name, at the line of the element's start tag; the record is yielded when the element closes.
/// So &lt;person id="..."&gt;&lt;name&gt;...&lt;/name&gt;&lt;dob&gt;...&lt;/dob&gt;&lt;/person&gt; repeated under a root
/// reads like rows of a table, and attribute-only rows (&lt;row name="..." dob="..."/&gt;) too. A child element with
/// fields of its own that appears once (&lt;name&gt;&lt;first/&gt;&lt;last/&gt;&lt;/name&gt;) is a part of its
/// parent's record (<c>name.first</c>; see <see cref="NestedRecordParts"/>); repeated, its elements are records of
/// their own. No DTD is processed and nothing external is resolved: a DOCTYPE is reported (PA1003) rather than
/// expanded.
/// </summary>
internal sealed class XmlRecordReader : KeyedRecordReader<XmlRecordReader.Frame>
{
    public const int MaxDepth = JsonTokenizer.DefaultMaxDepth;

    private readonly XmlReader _xml;
    private readonly IXmlLineInfo? _lines;
    private readonly Dictionary<string, int> _columnOfName = new(StringComparer.Ordinal);
    private readonly List<Frame> _open = [];
    private readonly Queue<Frame> _ready = new();
    private DataFileFormatException? _failure;

    /// <param name="text">The file's text; the reader owns and disposes it.</param>
    public XmlRecordReader(TextReader text)
    {
        _xml = SafeXml.Create(text);
        _lines = _xml as IXmlLineInfo;
    }

    protected override bool TryReadNext([NotNullWhen(true)] out Frame? holder)
    {
        try
        {
            while (_ready.Count == 0 && _failure is null && _xml.Read())
            {
                switch (_xml.NodeType)
                {
                    case XmlNodeType.Element:
                    {
                        var frame = Open();
                        if (_xml.IsEmptyElement)
                        {
                            Close(frame);
                        }

                        break;
                    }

                    case XmlNodeType.Text:
                    case XmlNodeType.CDATA:
                        if (_open.Count > 0)
                        {
                            _open[_open.Count - 1].AppendText(_xml.Value);
                        }

                        break;
                    case XmlNodeType.EndElement:
                        if (_open.Count > 0)
                        {
                            Close(_open[_open.Count - 1]);
                        }

                        break;
                }
            }
        }
        catch (XmlException ex)
        {
            // XmlException's message may quote the file's content: report the position and the kind of problem only.
            var problem = ex.Message.IndexOf("DTD", StringComparison.Ordinal) >= 0
                ? "it declares a DTD (<!DOCTYPE>), which is not processed, for safety"
                : "malformed XML";
            _failure = new DataFileFormatException(problem, ex.LineNumber, ex.LinePosition);

            // Records held to see their siblings are still records: hand them out before reporting the break.
            foreach (var open in _open)
            {
                if (open.Pending is { } pending)
                {
                    open.Pending = null;
                    _ready.Enqueue(pending);
                }
            }
        }

        if (_ready.Count > 0)
        {
            holder = _ready.Dequeue();
            return true;
        }

        if (_failure is not null)
        {
            throw _failure;
        }

        holder = null;
        return false;
    }

    protected override DataRecord RecordOf(Frame holder) => holder.Record;

    public override void Dispose() => _xml.Dispose();

    private Frame Open()
    {
        if (_open.Count >= MaxDepth)
        {
            // Each open element keeps a small buffer: bound them, as the JSON tokenizer bounds its nesting.
            throw new DataFileFormatException($"XML nested deeper than {MaxDepth} levels", _lines?.LineNumber ?? 0, _lines?.LinePosition ?? 0);
        }

        if (_open.Count > 0)
        {
            _open[_open.Count - 1].HasChildElements = true;
        }

        var frame = Rent();
        frame.Reset(ColumnOf(_xml.LocalName), _lines?.LineNumber ?? 0, _lines?.LinePosition ?? 0);
        if (_xml.MoveToFirstAttribute())
        {
            do
            {
                if (_xml.Prefix == "xmlns" || _xml.LocalName == "xmlns" || _xml.Prefix == "xsi")
                {
                    continue;
                }

                var column = ColumnOf(_xml.LocalName);
                if (column >= 0)
                {
                    frame.Record.AddField(column, _xml.Value);
                }
            }
            while (_xml.MoveToNextAttribute());
            _xml.MoveToElement();
        }

        _open.Add(frame);
        return frame;
    }

    /// <summary>
    /// Closes the innermost element: a text-only element becomes a field of its parent; an element with fields of its
    /// own becomes a part of its parent's record, or a record of its own (queued in <see cref="_ready"/>).
    /// </summary>
    private void Close(Frame frame)
    {
        _open.RemoveAt(_open.Count - 1);
        var parent = _open.Count > 0 ? _open[_open.Count - 1] : null;
        if (frame.Pending is { } part)
        {
            frame.Join(part, Columns);
            Return(part);
        }

        if (!frame.HasChildElements && frame.TextLength > 0 && parent is not null && frame.NameColumn >= 0)
        {
            parent.Record.AddField(frame.NameColumn, frame.Text, 0, frame.TextLength);
        }

        if (frame.Record.FieldCount == 0)
        {
            Return(frame);
            return;
        }

        if (parent is null || frame.NameColumn < 0 || frame.NameColumn == parent.RepeatedColumn
            || !NestedRecordParts.CanJoin(frame.PartDepth, parent.Parts))
        {
            _ready.Enqueue(frame);
            return;
        }

        // Held until a sibling shows whether it is unique (a part) or one of many (records of their own).
        if (parent.Pending is { } previous)
        {
            parent.Pending = null;
            if (previous.NameColumn == frame.NameColumn)
            {
                parent.RepeatedColumn = frame.NameColumn;
                _ready.Enqueue(previous);
                _ready.Enqueue(frame);
                return;
            }

            parent.Join(previous, Columns);
            Return(previous);
        }

        parent.Pending = frame;
    }

    private int ColumnOf(string localName)
    {
        if (!_columnOfName.TryGetValue(localName, out var column))
        {
            column = Columns.GetOrAdd(localName.ToCharArray(), 0, localName.Length);
            if (_columnOfName.Count < ColumnTable.MaxColumns * 2)
            {
                _columnOfName[localName] = column;
            }
        }

        return column;
    }

    /// <summary>An open element: the record it fills, its text, and what its children turned out to be.</summary>
    internal sealed class Frame
    {
        public DataRecord Record { get; } = new();

        public char[] Text { get; } = new char[DataRecord.MaxStoredValueLength];

        public int TextLength { get; private set; }

        public int NameColumn { get; private set; }

        public bool HasChildElements { get; set; }

        /// <summary>A closed child element that may be a part of this record, until a sibling or the end says.</summary>
        public Frame? Pending { get; set; }

        /// <summary>The name of child elements seen repeated: a collection, whose elements are records of their own.</summary>
        public int RepeatedColumn { get; set; }

        public int Parts { get; private set; }

        public int PartDepth { get; private set; }

        public void Reset(int nameColumn, int line, int column)
        {
            Record.Clear();
            Record.Line = line;
            Record.Column = column;
            NameColumn = nameColumn;
            TextLength = 0;
            HasChildElements = false;
            Pending = null;
            RepeatedColumn = -1;
            Parts = 0;
            PartDepth = 0;
        }

        public void AppendText(string text)
        {
            var count = Math.Min(text.Length, Text.Length - TextLength);
            if (count > 0)
            {
                text.CopyTo(0, Text, TextLength, count);
                TextLength += count;
            }
        }

        /// <summary>Takes <paramref name="part"/>'s fields in, named by its path ("name.first").</summary>
        public void Join(Frame part, ColumnTable columns)
        {
            NestedRecordParts.Join(part.Record, part.NameColumn, Record, columns);
            Parts++;
            PartDepth = Math.Max(PartDepth, part.PartDepth + 1);
        }
    }
}
