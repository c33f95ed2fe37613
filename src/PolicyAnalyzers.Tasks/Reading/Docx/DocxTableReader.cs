using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Xml;
using PolicyAnalyzers.DataFiles.Reading.Xlsx;

namespace PolicyAnalyzers.DataFiles.Reading.Docx;

/// <summary>
/// Records of one Word table (w:tbl), streamed row by row from the document's reader, which is left on the table's
/// end. A cell's text is its paragraphs joined by spaces (a table nested in a cell counts as that cell's text); merged
/// cells (w:gridSpan) keep the columns aligned with the header. A record's line is its row number in the table.
/// </summary>
internal sealed class DocxTableReader : SheetTableReader
{
    private readonly XmlReader _xml;
    private readonly string _part;
    private readonly StringBuilder _cell = new();
    private int _rowNumber;
    private bool _ended;

    /// <param name="xml">Positioned on the table's start element; shared with the document, not disposed here.</param>
    public DocxTableReader(XmlReader xml, string part)
    {
        _xml = xml;
        _part = part;
    }

    /// <summary>Leaves the document's reader on this table's end, however much of it was read.</summary>
    public void SkipRest()
    {
        var row = new DataRecord();
        while (ReadRow(row))
        {
        }
    }

    /// <summary>The reader belongs to the document, which reads on after this table.</summary>
    public override void Dispose()
    {
    }

    /// <summary>Reads the next row that has at least one value.</summary>
    protected override bool ReadRow(DataRecord row)
    {
        while (!_ended)
        {
            row.Clear();
            if (!MoveToNextRow())
            {
                _ended = true;
                return false;
            }

            row.Line = ++_rowNumber;
            ReadCells(row);
            if (row.FieldCount > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Moves to the next w:tr of this table (not of a table nested in a cell); false at the table's end.</summary>
    private bool MoveToNextRow()
    {
        var nested = 0;
        while (DocxDocument.Read(_xml, _part))
        {
            if (_xml.NodeType == XmlNodeType.Element && !_xml.IsEmptyElement)
            {
                if (_xml.LocalName == "tbl")
                {
                    nested++;
                }
                else if (_xml.LocalName == "tr" && nested == 0)
                {
                    return true;
                }
            }
            else if (_xml.NodeType == XmlNodeType.EndElement && _xml.LocalName == "tbl")
            {
                if (nested == 0)
                {
                    return false; // this table's end
                }

                nested--;
            }
        }

        return false;
    }

    /// <summary>Reads the cells of the row the reader is on, up to the row's end.</summary>
    private void ReadCells(DataRecord row)
    {
        var nested = 0;
        var column = 0;
        var span = 1;
        var inCell = false;
        var inText = false;
        while (DocxDocument.Read(_xml, _part))
        {
            switch (_xml.NodeType)
            {
                case XmlNodeType.Element:
                    var name = _xml.LocalName;
                    if (name == "tbl" && !_xml.IsEmptyElement)
                    {
                        nested++;
                    }
                    else if (nested == 0 && name == "tc" && !_xml.IsEmptyElement)
                    {
                        inCell = true;
                        span = 1;
                        _cell.Clear();
                    }
                    else if (nested == 0 && name == "tc")
                    {
                        column++;
                    }
                    else if (nested == 0 && name == "gridBefore" && !inCell)
                    {
                        column += Number(_xml, 0);
                    }
                    else if (nested == 0 && name == "gridSpan" && inCell)
                    {
                        span = System.Math.Max(1, Number(_xml, 1));
                    }
                    else if (name is "t" or "delText")
                    {
                        inText = !_xml.IsEmptyElement;
                    }
                    else if (inCell && name is "tab" or "br" or "cr")
                    {
                        AppendSpace();
                    }

                    break;
                case XmlNodeType.EndElement:
                    var end = _xml.LocalName;
                    if (end == "tbl")
                    {
                        nested--;
                    }
                    else if (end is "t" or "delText")
                    {
                        inText = false;
                    }
                    else if (end == "p" && inCell)
                    {
                        AppendSpace();
                    }
                    else if (nested == 0 && end == "tc")
                    {
                        AddCell(row, column);
                        column += span;
                        inCell = false;
                    }
                    else if (nested == 0 && end == "tr")
                    {
                        return;
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA
                    when inText && inCell && _cell.Length < DataRecord.MaxStoredValueLength:
                    _cell.Append(DocxDocument.Value(_xml, _part));
                    break;
            }
        }
    }

    private void AppendSpace()
    {
        if (_cell.Length > 0 && _cell[_cell.Length - 1] != ' ')
        {
            _cell.Append(' ');
        }
    }

    private void AddCell(DataRecord row, int column)
    {
        var text = _cell.ToString().Trim();
        if (text.Length == 0 || column >= CellReference.MaxColumns)
        {
            return;
        }

        if (row.FieldCount == 0)
        {
            row.Column = column + 1;
        }

        row.AddField(column, text);
    }

    /// <summary>The w:val of the current element as a small count.</summary>
    private static int Number(XmlReader xml, int fallback)
    {
        string? value = null;
        for (var i = 0; i < xml.AttributeCount; i++)
        {
            xml.MoveToAttribute(i);
            if (xml.LocalName == "val")
            {
                value = xml.Value;
                break;
            }
        }

        xml.MoveToElement();
        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0 && n <= CellReference.MaxColumns
            ? n
            : fallback;
    }
}
