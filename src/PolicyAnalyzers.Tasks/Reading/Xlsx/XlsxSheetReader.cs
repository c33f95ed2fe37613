using System.Collections.Generic;
using System.Globalization;
using System.Xml;

namespace PolicyAnalyzers.DataFiles.Reading.Xlsx;

/// <summary>
/// Records of one worksheet (xl/worksheets/sheetN.xml), streamed row by row. Hidden rows and columns are read like the
/// others. The header is the first row with two or more values; single-value rows above it are titles and skipped.
/// Text comes from shared or inline strings; numbers in date styles become ISO dates. A record's line is its row
/// number and its column the column number (A = 1) of its first value.
/// </summary>
internal sealed class XlsxSheetReader : SheetTableReader, IHiddenCells
{
    /// <summary>Hidden rows remembered, at most (a sheet can hide a million).</summary>
    private const int MaxHiddenRowsKept = 100_000;

    private readonly XmlReader _xml;
    private readonly string _sheetName;
    private readonly SharedStringTable _strings;
    private readonly CellStyles _styles;
    private readonly bool _date1904;
    private readonly HashSet<int> _hiddenRows = [];
    private readonly List<(int First, int Last)> _hiddenColumns = [];
    private int _lastRow;
    private bool _ended;

    public XlsxSheetReader(XmlReader xml, string sheetName, SharedStringTable strings, CellStyles styles, bool date1904)
    {
        _xml = xml;
        _sheetName = sheetName;
        _strings = strings;
        _styles = styles;
        _date1904 = date1904;
    }

    public override void Dispose() => _xml.Dispose();

    /// <summary>"hidden row" or "hidden column" when the cell at (row, 0-based column) is hidden, else empty.</summary>
    public string DescribeHidden(int row, int column)
    {
        if (_hiddenRows.Contains(row))
        {
            return "hidden row";
        }

        foreach ((var first, var last) in _hiddenColumns)
        {
            if (column >= first && column <= last)
            {
                return "hidden column";
            }
        }

        return string.Empty;
    }

    /// <summary>
    /// Finds the header on first use rather than in the constructor, so a damaged sheet is reported as that sheet's
    /// problem by whoever reads it.
    /// </summary>
    private static bool IsTrue(string? value) => value is "1" or "true";

    /// <summary>Reads the next row that has at least one value.</summary>
    protected override bool ReadRow(DataRecord row)
    {
        try
        {
            while (!_ended)
            {
                row.Clear();
                if (!MoveToNextRow())
                {
                    _ended = true;
                    return false;
                }

                var number = int.TryParse(_xml.GetAttribute("r"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var r)
                    ? r
                    : _lastRow + 1;
                _lastRow = number;
                row.Line = number;
                if (IsTrue(_xml.GetAttribute("hidden")) && _hiddenRows.Count < MaxHiddenRowsKept)
                {
                    _hiddenRows.Add(number);
                }

                if (!_xml.IsEmptyElement)
                {
                    ReadCells(row);
                }

                if (row.FieldCount > 0)
                {
                    return true;
                }
            }

            return false;
        }
        catch (XmlException ex)
        {
            throw WorkbookXml.Malformed($"sheet '{_sheetName}'", ex);
        }
    }

    private bool MoveToNextRow()
    {
        while (_xml.Read())
        {
            if (_xml.NodeType == XmlNodeType.Element && _xml.LocalName == "row")
            {
                return true;
            }

            if (_xml.NodeType == XmlNodeType.Element && _xml.LocalName == "col" && IsTrue(_xml.GetAttribute("hidden")))
            {
                // <col min="3" max="4" hidden="1"/>: 1-based, inclusive.
                if (int.TryParse(_xml.GetAttribute("min"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var min)
                    && int.TryParse(_xml.GetAttribute("max"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var max))
                {
                    _hiddenColumns.Add((min - 1, max - 1));
                }
            }

            if (_xml.NodeType == XmlNodeType.EndElement && _xml.LocalName == "sheetData")
            {
                return false;
            }
        }

        return false;
    }

    private void ReadCells(DataRecord row)
    {
        var rowDepth = _xml.Depth;
        var nextColumn = 0;
        while (_xml.Read())
        {
            if (_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == rowDepth)
            {
                return;
            }

            if (_xml.NodeType != XmlNodeType.Element || _xml.LocalName != "c")
            {
                continue;
            }

            var column = CellReference.ParseColumn(_xml.GetAttribute("r"));
            if (column < 0)
            {
                column = nextColumn;
            }

            nextColumn = column + 1;
            var type = _xml.GetAttribute("t");
            var style = int.TryParse(_xml.GetAttribute("s"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 0;
            if (_xml.IsEmptyElement)
            {
                continue;
            }

            var value = ReadCellContent(type);
            if (value is null || column >= CellReference.MaxColumns)
            {
                continue;
            }

            if (row.FieldCount == 0)
            {
                row.Column = column + 1;
            }

            switch (type)
            {
                case "s":
                    var shared = int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index)
                        ? _strings[index]
                        : default;
                    if (shared.Length > 0)
                    {
                        row.AddField(column, shared.Array, shared.Start, shared.Length);
                    }

                    break;
                case "b":
                case "e":
                    break; // TRUE/FALSE and #N/A say nothing about a person
                case null or "n" when _styles.IsDate(style):
                    var date = ExcelDates.ToIsoDate(value, _date1904);
                    row.AddField(column, date ?? value);
                    break;
                default:
                    row.AddField(column, value);
                    break;
            }
        }
    }

    /// <summary>The text of &lt;v&gt;, or of &lt;is&gt; for inline strings; leaves the reader on the cell's end.</summary>
    private string? ReadCellContent(string? type)
    {
        var cellDepth = _xml.Depth;
        string? value = null;
        System.Text.StringBuilder? inline = null;
        var phoneticDepth = -1;
        var inText = false;
        var inValue = false;
        while (_xml.Read())
        {
            switch (_xml.NodeType)
            {
                case XmlNodeType.EndElement when _xml.Depth == cellDepth:
                    return inline?.ToString() ?? value;
                case XmlNodeType.Element:
                    var name = _xml.LocalName;
                    if (_xml.IsEmptyElement)
                    {
                        break;
                    }

                    if (name == "v")
                    {
                        inValue = true;
                    }
                    else if (name == "rPh")
                    {
                        phoneticDepth = _xml.Depth;
                    }
                    else if (name == "t" && type == "inlineStr" && phoneticDepth < 0)
                    {
                        inText = true;
                        inline ??= new System.Text.StringBuilder();
                    }

                    break;
                case XmlNodeType.EndElement:
                    if (_xml.LocalName == "v")
                    {
                        inValue = false;
                    }
                    else if (_xml.LocalName == "t")
                    {
                        inText = false;
                    }
                    else if (_xml.LocalName == "rPh" && _xml.Depth == phoneticDepth)
                    {
                        phoneticDepth = -1;
                    }

                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.SignificantWhitespace:
                case XmlNodeType.Whitespace:
                    if (inValue)
                    {
                        value = value is null ? _xml.Value : value + _xml.Value;
                    }
                    else if (inText && inline!.Length < DataRecord.MaxStoredValueLength)
                    {
                        inline.Append(_xml.Value);
                    }

                    break;
            }
        }

        return inline?.ToString() ?? value;
    }
}
