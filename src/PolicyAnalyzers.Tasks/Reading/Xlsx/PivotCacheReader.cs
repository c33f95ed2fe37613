using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Xml;

namespace PolicyAnalyzers.DataFiles.Reading.Xlsx;

/// <summary>
/// Records of a pivot cache: a copy of the pivot table's source rows that the workbook keeps even when the source sheet
/// is deleted (xl/pivotCache/pivotCacheRecordsN.xml). Field names and shared items come from the cache definition;
/// each &lt;r&gt; is one record whose children are the fields in order, either a value or an index into the field's
/// shared items. A record's line is its 1-based position in the cache.
/// </summary>
internal sealed class PivotCacheReader : IRecordReader
{
    private readonly XmlReader? _records;
    private readonly string[] _fieldNames;
    private readonly List<string?[]> _sharedItems;
    private readonly DataRecord _record = new();
    private int _index;

    private PivotCacheReader(XmlReader? records, string[] fieldNames, List<string?[]> sharedItems, string sourceSheet)
    {
        _records = records;
        _fieldNames = fieldNames;
        _sharedItems = sharedItems;
        SourceSheet = sourceSheet;
    }

    public IReadOnlyList<string> ColumnNames => _fieldNames;

    public bool ColumnsKnownUpFront => true;

    public string ColumnWord => "fields";

    public DataRecord? HeaderRecord => null;

    /// <summary>The sheet (or named range) the pivot table was built from, as the definition names it.</summary>
    public string SourceSheet { get; }

    /// <summary>Reads the definition; <paramref name="records"/> is the records part, or null when the cache keeps none.</summary>
    public static PivotCacheReader Open(XmlReader definition, XmlReader? records, bool date1904, int maxChars)
    {
        var names = new List<string>();
        var items = new List<string?[]>();
        var source = string.Empty;
        var charsKept = 0;
        try
        {
            using (definition)
            {
                List<string?>? current = null;
                var currentIsDate = false;
                while (definition.Read())
                {
                    if (definition.NodeType == XmlNodeType.EndElement && definition.LocalName == "cacheField" && current is not null)
                    {
                        items.Add(current.ToArray());
                        current = null;
                        continue;
                    }

                    if (definition.NodeType != XmlNodeType.Element)
                    {
                        continue;
                    }

                    switch (definition.LocalName)
                    {
                        case "worksheetSource":
                            source = definition.GetAttribute("sheet") ?? definition.GetAttribute("name") ?? string.Empty;
                            break;
                        case "cacheField":
                            names.Add(definition.GetAttribute("name") ?? string.Empty);
                            var formatId = definition.GetAttribute("numFmtId");
                            currentIsDate = int.TryParse(formatId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var format)
                                && CellStyles.IsBuiltInDateFormat(format);
                            current = [];
                            if (definition.IsEmptyElement)
                            {
                                items.Add([]);
                                current = null;
                            }

                            break;
                        case "s" or "n" or "d" or "b" or "m" or "e" when current is not null:
                            var value = ItemValue(definition, currentIsDate, date1904);
                            charsKept += value?.Length ?? 0;
                            if (charsKept > maxChars)
                            {
                                throw new DataFileFormatException("a pivot cache holds too much text to scan");
                            }

                            current.Add(value);
                            break;
                    }
                }
            }
        }
        catch (XmlException ex)
        {
            records?.Dispose();
            throw WorkbookXml.Malformed("a pivot cache definition", ex);
        }

        return new PivotCacheReader(records, names.ToArray(), items, source);
    }

    public bool TryRead([NotNullWhen(true)] out DataRecord? record)
    {
        record = null;
        if (_records is null)
        {
            return false;
        }

        try
        {
            while (_records.Read())
            {
                if (_records.NodeType != XmlNodeType.Element || _records.LocalName != "r")
                {
                    continue;
                }

                _record.Clear();
                _record.Line = ++_index;
                if (!_records.IsEmptyElement)
                {
                    ReadFields();
                }

                if (_record.FieldCount > 0)
                {
                    record = _record;
                    return true;
                }
            }

            return false;
        }
        catch (XmlException ex)
        {
            throw WorkbookXml.Malformed("a pivot cache's records", ex);
        }
    }

    public void Dispose() => _records?.Dispose();

    private void ReadFields()
    {
        var depth = _records!.Depth;
        var field = 0;
        while (_records.Read())
        {
            if (_records.NodeType == XmlNodeType.EndElement && _records.Depth == depth)
            {
                return;
            }

            if (_records.NodeType != XmlNodeType.Element || _records.Depth != depth + 1)
            {
                continue;
            }

            var column = field++;
            var value = _records.LocalName switch
            {
                "x" => SharedItem(column, _records.GetAttribute("v")),
                "s" or "n" or "d" => _records.GetAttribute("v"),
                _ => null,
            };
            if (!string.IsNullOrEmpty(value) && column < _fieldNames.Length)
            {
                _record.AddField(column, value!);
            }
        }
    }

    private string? SharedItem(int field, string? indexText)
    {
        if (field >= _sharedItems.Count
            || !int.TryParse(indexText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index))
        {
            return null;
        }

        var items = _sharedItems[field];
        return index >= 0 && index < items.Length ? items[index] : null;
    }

    private static string? ItemValue(XmlReader xml, bool isDate, bool date1904)
    {
        var value = xml.GetAttribute("v");
        switch (xml.LocalName)
        {
            case "s" or "d":
                return value is null ? null : value.Substring(0, Math.Min(value.Length, DataRecord.MaxStoredValueLength));
            case "n":
                return value is not null && isDate ? ExcelDates.ToIsoDate(value, date1904) ?? value : value;
            default:
                return null;
        }
    }
}
