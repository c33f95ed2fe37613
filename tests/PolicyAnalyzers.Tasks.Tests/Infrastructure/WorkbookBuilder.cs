using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO.Compression;
using System.Linq;
using System.Security;
using System.Text;
using PolicyAnalyzers.DataFiles.Reading.Xlsx;

namespace PolicyAnalyzers.DataFiles.Tests;

/// <summary>
/// Writes .xlsx workbooks part by part, as Excel lays them out, so tests can build the shapes real workbooks take
/// (hidden sheets, shared and inline strings, date styles, hidden rows and columns, pivot caches) without a library.
/// Cells: a string is a shared string, <see cref="Inline"/> an inline string, a number a number, <see cref="Date"/> a
/// serial number in a date style, <see cref="CustomDate"/> one in a custom "dd/mm/yyyy" style.
/// </summary>
internal sealed class WorkbookBuilder
{
    private readonly List<SheetSpec> _sheets = [];
    private readonly List<string> _strings = [];
    private readonly List<(string Source, string[] Fields, object?[][] Records)> _pivots = [];

    public sealed record InlineString(string Text);

    public sealed record DateCell(DateTime Date, bool Custom);

    public static InlineString Inline(string text) => new(text);

    public static DateCell Date(int year, int month, int day) => new(new DateTime(year, month, day), false);

    public static DateCell CustomDate(int year, int month, int day) => new(new DateTime(year, month, day), true);

    /// <param name="state">null (visible), "hidden" or "veryHidden".</param>
    /// <param name="firstRow">Row number of the first row.</param>
    public WorkbookBuilder Sheet(string name, object?[][] rows, string? state = null, int firstRow = 1, int[]? hiddenRows = null, int[]? hiddenColumns = null, bool listed = true)
    {
        _sheets.Add(new SheetSpec(name, rows, state, firstRow, hiddenRows ?? [], hiddenColumns ?? [], listed));
        return this;
    }

    /// <summary>A pivot cache of <paramref name="source"/>: shared items for text fields, values inline otherwise.</summary>
    public WorkbookBuilder PivotCache(string source, string[] fields, object?[][] records)
    {
        _pivots.Add((source, fields, records));
        return this;
    }

    public byte[] ToBytes()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            var sheetXml = _sheets.Select(SheetXml).ToList(); // fills the shared strings first
            Add(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>""");
            Add(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");

            var workbook = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr/><sheets>""");
            var rels = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
            for (var i = 0; i < _sheets.Count; i++)
            {
                var sheet = _sheets[i];
                Add(zip, $"xl/worksheets/sheet{i + 1}.xml", sheetXml[i]);
                if (!sheet.Listed)
                {
                    continue;
                }

                var state = sheet.State is null ? string.Empty : $" state=\"{sheet.State}\"";
                workbook.Append(CultureInfo.InvariantCulture, $"<sheet name=\"{Escape(sheet.Name)}\" sheetId=\"{i + 1}\"{state} r:id=\"rId{i + 1}\"/>");
                rels.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{i + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>");
            }

            workbook.Append("</sheets>");
            if (_pivots.Count > 0)
            {
                workbook.Append("<pivotCaches>");
                for (var p = 0; p < _pivots.Count; p++)
                {
                    workbook.Append(CultureInfo.InvariantCulture, $"<pivotCache cacheId=\"{p + 1}\" r:id=\"rIdP{p + 1}\"/>");
                    rels.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rIdP{p + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotCacheDefinition\" Target=\"pivotCache/pivotCacheDefinition{p + 1}.xml\"/>");
                    AddPivot(zip, p + 1, _pivots[p]);
                }

                workbook.Append("</pivotCaches>");
            }

            workbook.Append("</workbook>");
            rels.Append("""<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>""");
            rels.Append("""<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>""");
            rels.Append("</Relationships>");
            Add(zip, "xl/workbook.xml", workbook.ToString());
            Add(zip, "xl/_rels/workbook.xml.rels", rels.ToString());
            Add(zip, "xl/styles.xml", """<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" xfId="0"/><xf numFmtId="14" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>""");
            var strings = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{_strings.Count}" uniqueCount="{_strings.Count}">"""));
            foreach (var s in _strings)
            {
                strings.Append(CultureInfo.InvariantCulture, $"<si><t xml:space=\"preserve\">{Escape(s)}</t></si>");
            }

            strings.Append("</sst>");
            Add(zip, "xl/sharedStrings.xml", strings.ToString());
        }

        return memory.ToArray();
    }

    public string Save(TempDirectory directory, string name) => directory.WriteBytes(name, ToBytes());

    /// <summary>The workbook in a stream that a <see cref="ZipArchive"/> in update mode can grow.</summary>
    public MemoryStream ToEditableStream()
    {
        var stream = new MemoryStream();
        var bytes = ToBytes();
        stream.Write(bytes, 0, bytes.Length);
        return stream;
    }

    public static double Serial(DateTime date) => (date - new DateTime(1899, 12, 30)).TotalDays;

    public static string Escape(string text) => SecurityElement.Escape(text)!;

    public static void Add(ZipArchive zip, string name, string content, CompressionLevel level = CompressionLevel.Fastest)
    {
        var entry = zip.CreateEntry(name, level);
        using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
        writer.Write(content);
    }

    private string SheetXml(SheetSpec sheet)
    {
        var xml = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">""");
        if (sheet.HiddenColumns.Length > 0)
        {
            xml.Append("<cols>");
            foreach (var column in sheet.HiddenColumns)
            {
                xml.Append(CultureInfo.InvariantCulture, $"<col min=\"{column}\" max=\"{column}\" width=\"0\" hidden=\"1\" customWidth=\"1\"/>");
            }

            xml.Append("</cols>");
        }

        xml.Append("<sheetData>");
        for (var r = 0; r < sheet.Rows.Length; r++)
        {
            var rowNumber = sheet.FirstRow + r;
            var hidden = sheet.HiddenRows.Contains(rowNumber) ? " hidden=\"1\"" : string.Empty;
            xml.Append(CultureInfo.InvariantCulture, $"<row r=\"{rowNumber}\"{hidden}>");
            for (var c = 0; c < sheet.Rows[r].Length; c++)
            {
                var value = sheet.Rows[r][c];
                var reference = CellReference.Format(c, rowNumber);
                switch (value)
                {
                    case null:
                        break;
                    case string s:
                        xml.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\" t=\"s\"><v>{SharedString(s)}</v></c>");
                        break;
                    case InlineString inline:
                        xml.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{Escape(inline.Text)}</t></is></c>");
                        break;
                    case DateCell date:
                        xml.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\" s=\"{(date.Custom ? 2 : 1)}\"><v>{Serial(date.Date)}</v></c>");
                        break;
                    default:
                        xml.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\"><v>{Convert.ToString(value, CultureInfo.InvariantCulture)}</v></c>");
                        break;
                }
            }

            xml.Append("</row>");
        }

        xml.Append("</sheetData></worksheet>");
        return xml.ToString();
    }

    private int SharedString(string text)
    {
        var index = _strings.IndexOf(text);
        if (index < 0)
        {
            _strings.Add(text);
            index = _strings.Count - 1;
        }

        return index;
    }

    private static void AddPivot(ZipArchive zip, int number, (string Source, string[] Fields, object?[][] Records) pivot)
    {
        var definition = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"""<?xml version="1.0" encoding="UTF-8"?><pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1" recordCount="{pivot.Records.Length}"><cacheSource type="worksheet"><worksheetSource ref="A1:Z100" sheet="{Escape(pivot.Source)}"/></cacheSource><cacheFields count="{pivot.Fields.Length}">"""));
        var shared = new List<List<string>>();
        for (var f = 0; f < pivot.Fields.Length; f++)
        {
            var items = pivot.Records.Select(r => r[f]).OfType<string>().Distinct().ToList();
            shared.Add(items);
            definition.Append(CultureInfo.InvariantCulture, $"<cacheField name=\"{Escape(pivot.Fields[f])}\" numFmtId=\"0\"><sharedItems count=\"{items.Count}\">");
            foreach (var item in items)
            {
                definition.Append(CultureInfo.InvariantCulture, $"<s v=\"{Escape(item)}\"/>");
            }

            definition.Append("</sharedItems></cacheField>");
        }

        definition.Append("</cacheFields></pivotCacheDefinition>");
        var records = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"""<?xml version="1.0" encoding="UTF-8"?><pivotCacheRecords xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{pivot.Records.Length}">"""));
        foreach (var record in pivot.Records)
        {
            records.Append("<r>");
            for (var f = 0; f < record.Length; f++)
            {
                records.Append(record[f] switch
                {
                    string s => $"<x v=\"{shared[f].IndexOf(s)}\"/>",
                    DateCell d => $"<d v=\"{d.Date:yyyy-MM-dd}T00:00:00\"/>",
                    null => "<m/>",
                    var n => $"<n v=\"{Convert.ToString(n, CultureInfo.InvariantCulture)}\"/>",
                });
            }

            records.Append("</r>");
        }

        records.Append("</pivotCacheRecords>");
        Add(zip, $"xl/pivotCache/pivotCacheDefinition{number}.xml", definition.ToString());
        Add(zip, $"xl/pivotCache/pivotCacheRecords{number}.xml", records.ToString());
        Add(zip, $"xl/pivotCache/_rels/pivotCacheDefinition{number}.xml.rels", $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotCacheRecords" Target="pivotCacheRecords{number}.xml"/></Relationships>""");
    }

    private sealed record SheetSpec(string Name, object?[][] Rows, string? State, int FirstRow, int[] HiddenRows, int[] HiddenColumns, bool Listed);
}
