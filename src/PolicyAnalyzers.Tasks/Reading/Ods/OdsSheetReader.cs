using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Xml;
using PolicyAnalyzers.DataFiles.Reading.Xlsx;

namespace PolicyAnalyzers.DataFiles.Reading.Ods;

/// <summary>
/// Records of one sheet (table:table) of an OpenDocument spreadsheet, streamed row by row from the workbook's reader,
/// which is left on the sheet's end. Repeated rows and cells (table:number-rows-repeated, -columns-repeated) are
/// expanded when they hold values, within bounds, so a few bytes cannot become millions of records. Rows and columns
/// collapsed or filtered out are read like the others and named in messages. Dates become ISO dates.
/// </summary>
internal sealed class OdsSheetReader : SheetTableReader, IHiddenCells
{
    /// <summary>Copies of one repeated row that hold values, at most: enough to count, too few to stall a scan.</summary>
    public const int MaxRepeatedRows = 1000;

    private const int MaxHiddenRangesKept = 100_000;
    private const int MaxRows = 1 << 20;

    private readonly XmlReader _xml;
    private readonly string _sheetName;
    private readonly DataRecord _repeated = new();
    private readonly StringBuilder _text = new();
    private readonly List<(int First, int Last)> _hiddenRows = [];
    private readonly List<(int First, int Last)> _hiddenColumns = [];
    private int _nextRow = 1;
    private int _nextColumnDefinition;
    private int _repeatsLeft;
    private bool _ended;

    /// <param name="xml">Positioned on the sheet's start element; shared with the workbook, not disposed here.</param>
    public OdsSheetReader(XmlReader xml, string sheetName)
    {
        _xml = xml;
        _sheetName = sheetName;
    }

    public string DescribeHidden(int row, int column)
    {
        if (InRanges(_hiddenRows, row))
        {
            return "hidden row";
        }

        return InRanges(_hiddenColumns, column) ? "hidden column" : string.Empty;
    }

    /// <summary>Leaves the workbook's reader on this sheet's end, however much of it was read.</summary>
    public void SkipRest()
    {
        _repeatsLeft = 0;
        var row = new DataRecord();
        while (ReadRow(row))
        {
        }
    }

    /// <summary>The reader belongs to the workbook, which reads on after this sheet.</summary>
    public override void Dispose()
    {
    }

    private static bool InRanges(List<(int First, int Last)> ranges, int value)
    {
        foreach ((var first, var last) in ranges)
        {
            if (value >= first && value <= last)
            {
                return true;
            }
        }

        return false;
    }

    private static int Repeat(XmlReader xml, string attribute)
    {
        var value = xml.GetAttribute(attribute, OdfNames.Table);
        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1;
    }

    private static bool IsHidden(XmlReader xml) => xml.GetAttribute("visibility", OdfNames.Table) is "collapse" or "filter";

    private static void AddHidden(List<(int First, int Last)> ranges, int first, int count)
    {
        if (ranges.Count < MaxHiddenRangesKept)
        {
            ranges.Add((first, first + count - 1));
        }
    }

    /// <summary>Reads the next row that has at least one value, repeating a repeated row's values.</summary>
    protected override bool ReadRow(DataRecord row)
    {
        try
        {
            if (_repeatsLeft > 0)
            {
                _repeatsLeft--;
                row.CopyFrom(_repeated);
                row.Line = _repeated.Line + 1;
                _repeated.Line = row.Line;
                return true;
            }

            while (!_ended)
            {
                row.Clear();
                if (!MoveToNextRow())
                {
                    _ended = true;
                    return false;
                }

                var number = _nextRow;
                var repeat = Repeat(_xml, "number-rows-repeated");
                _nextRow = (int)System.Math.Min(MaxRows + 1L, (long)number + repeat);
                if (IsHidden(_xml))
                {
                    AddHidden(_hiddenRows, number, repeat);
                }

                row.Line = number;
                if (!_xml.IsEmptyElement)
                {
                    ReadCells(row);
                }

                if (row.FieldCount > 0)
                {
                    var copies = System.Math.Min(repeat, MaxRepeatedRows) - 1;
                    if (copies > 0)
                    {
                        _repeated.CopyFrom(row);
                        _repeatsLeft = copies;
                    }

                    return true;
                }
            }

            return false;
        }
        catch (XmlException ex)
        {
            throw WorkbookXml.Malformed($"sheet '{_sheetName}'", ex, "spreadsheet");
        }
    }

    /// <summary>Moves to the next row of this sheet, noting hidden columns on the way; false at the sheet's end.</summary>
    private bool MoveToNextRow()
    {
        var nested = 0;
        while (_xml.Read())
        {
            if (_xml.NodeType == XmlNodeType.Element && _xml.NamespaceURI == OdfNames.Table)
            {
                switch (_xml.LocalName)
                {
                    case "table" when !_xml.IsEmptyElement:
                        nested++;
                        break;
                    case "table-row" when nested == 0:
                        return true;
                    case "table-column" when nested == 0:
                        var count = Repeat(_xml, "number-columns-repeated");
                        if (IsHidden(_xml))
                        {
                            AddHidden(_hiddenColumns, _nextColumnDefinition, count);
                        }

                        _nextColumnDefinition = (int)System.Math.Min(CellReference.MaxColumns, (long)_nextColumnDefinition + count);
                        break;
                }
            }
            else if (_xml.NodeType == XmlNodeType.EndElement && _xml.NamespaceURI == OdfNames.Table && _xml.LocalName == "table")
            {
                if (nested == 0)
                {
                    return false;
                }

                nested--;
            }
        }

        return false;
    }

    /// <summary>Reads the cells of the row the reader is on, up to the row's end.</summary>
    private void ReadCells(DataRecord row)
    {
        var rowDepth = _xml.Depth;
        var column = 0;
        while (_xml.Read())
        {
            if (_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == rowDepth)
            {
                return;
            }

            if (_xml.NodeType != XmlNodeType.Element || _xml.NamespaceURI != OdfNames.Table
                || _xml.LocalName is not ("table-cell" or "covered-table-cell"))
            {
                continue;
            }

            var repeat = Repeat(_xml, "number-columns-repeated");
            var value = ReadCellValue();
            for (var i = 0; value is not null && value.Length > 0 && i < repeat && column + i < CellReference.MaxColumns; i++)
            {
                if (row.FieldCount == 0)
                {
                    row.Column = column + i + 1;
                }

                row.AddField(column + i, value);
            }

            column = (int)System.Math.Min(CellReference.MaxColumns, (long)column + repeat);
        }
    }

    /// <summary>The cell's value as text (dates as ISO dates); leaves the reader on the cell's end.</summary>
    private string? ReadCellValue()
    {
        var type = _xml.GetAttribute("value-type", OdfNames.Office);
        var value = type switch
        {
            "float" or "percentage" or "currency" => _xml.GetAttribute("value", OdfNames.Office),
            "date" => IsoDate(_xml.GetAttribute("date-value", OdfNames.Office)),
            "string" => _xml.GetAttribute("string-value", OdfNames.Office),
            _ => null,
        };
        if (_xml.IsEmptyElement)
        {
            return value;
        }

        var text = ReadCellText();
        if (type is "boolean" or "time")
        {
            return null; // TRUE/FALSE and durations say nothing about a person
        }

        return value ?? text;
    }

    /// <summary>The text of the cell's paragraphs, joined by spaces, without annotations (comments).</summary>
    private string ReadCellText()
    {
        _text.Clear();
        var cellDepth = _xml.Depth;
        var annotationDepth = -1;
        while (_xml.Read())
        {
            switch (_xml.NodeType)
            {
                case XmlNodeType.EndElement when _xml.Depth == cellDepth:
                    return _text.ToString().Trim();
                case XmlNodeType.EndElement when _xml.Depth == annotationDepth:
                    annotationDepth = -1;
                    break;
                case XmlNodeType.EndElement when _xml.NamespaceURI == OdfNames.Text && _xml.LocalName == "p":
                    AppendSpace();
                    break;
                case XmlNodeType.Element when _xml.NamespaceURI == OdfNames.Office && _xml.LocalName == "annotation" && !_xml.IsEmptyElement:
                    annotationDepth = annotationDepth < 0 ? _xml.Depth : annotationDepth;
                    break;
                case XmlNodeType.Element when annotationDepth < 0 && _xml.NamespaceURI == OdfNames.Text
                    && _xml.LocalName is "s" or "tab" or "line-break":
                    AppendSpace();
                    break;
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA
                    when annotationDepth < 0 && _text.Length < DataRecord.MaxStoredValueLength:
                    _text.Append(_xml.Value);
                    break;
            }
        }

        return _text.ToString().Trim();
    }

    private void AppendSpace()
    {
        if (_text.Length > 0 && _text[_text.Length - 1] != ' ')
        {
            _text.Append(' ');
        }
    }

    /// <summary>"1985-03-14" of "1985-03-14" or "1985-03-14T00:00:00".</summary>
    private static string? IsoDate(string? value) =>
        value is null ? null : value.Length >= 10 && value[4] == '-' && value[7] == '-' ? value.Substring(0, 10) : value;
}
