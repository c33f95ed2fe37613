// Writes the sample's two statistics workbooks into samples/DetentionStatistics/wwwroot/data:
//
//   detention-statistics.xlsx               as it should be published: counts by facility and by nationality
//   detention-statistics-with-roster.xlsx   the same visible sheets, plus the roster in a "very hidden" sheet, the way
//                                           an agency's detention-statistics workbook once went out with the names,
//                                           dates of birth and nationalities of the people it counted
//
// Run from anywhere with the .NET 10 SDK (a file-based app; nothing else to install):
//
//   dotnet run build/SampleWorkbooks.cs
//
// The people are the sample's five invented detainees (samples/DetentionStatistics/Roster/RosterStore.cs). The parts
// are written by hand, as Excel lays them out, with System.IO.Compression and no library. The bytes are deterministic:
// fixed entry timestamps, and entries stored rather than deflated so they do not depend on the runtime's zlib either
// (regenerating on Windows changes one byte per entry: the zip's "made by" platform). Commit both files when they change.

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Security;
using System.Text;

string data = Path.GetFullPath(Path.Combine(ScriptDirectory(), "..", "samples", "DetentionStatistics", "wwwroot", "data"));

Person[] roster =
[
    new("A012345678", "Maria Elena Gomez", new DateOnly(1991, 3, 14), "Guatemala", "Northwest Processing Center", "Pending hearing"),
    new("A023456789", "Jean-Baptiste Mbala", new DateOnly(1985, 11, 2), "Cameroon", "Northwest Processing Center", "Appeal filed"),
    new("A034567890", "Ahmad Karimi", new DateOnly(1999, 7, 21), "Afghanistan", "Southern Detention Facility", "Credible fear review"),
    new("A045678901", "Olena Kovalenko", new DateOnly(1978, 1, 30), "Ukraine", "Southern Detention Facility", "Pending hearing"),
    new("A056789012", "Luis Alberto Rivas", new DateOnly(2001, 5, 9), "El Salvador", "Eastern Holding Center", "Removal ordered"),
];

// What the statistics page publishes: how many, never who.
Sheet byFacility = new("By facility", null, [30, 12], Counts("Facility", roster.Select(p => p.Facility)));
Sheet byNationality = new("By nationality", null, [30, 12], Counts("Nationality", roster.Select(p => p.Nationality)));

// The mistake: the roster the counts were made from, left in the workbook in a sheet Excel's "Unhide" does not even list.
var rosterRows = new List<object[]> { new object[] { "A-Number", "Full Name", "Date of Birth", "Nationality", "Facility", "Case Status" } };
rosterRows.AddRange(roster.Select(p => new object[] { p.ANumber, p.FullName, p.DateOfBirth, p.Nationality, p.Facility, p.CaseStatus }));
Sheet rosterSheet = new("Roster", "veryHidden", [14, 24, 14, 16, 30, 22], rosterRows);

Write(Path.Combine(data, "detention-statistics.xlsx"), [byFacility, byNationality]);
Write(Path.Combine(data, "detention-statistics-with-roster.xlsx"), [byFacility, byNationality, rosterSheet]);
return 0;

static List<object[]> Counts(string header, IEnumerable<string> values)
{
    var rows = new List<object[]> { new object[] { header, "Detained" } };
    rows.AddRange(values.GroupBy(v => v, StringComparer.Ordinal)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => new object[] { g.Key, g.Count() }));
    return rows;
}

static string ScriptDirectory() =>
    AppContext.GetData("EntryPointFileDirectoryPath") as string
    ?? throw new InvalidOperationException("run this file with `dotnet run build/SampleWorkbooks.cs` (.NET 10 SDK or newer)");

static void Write(string path, Sheet[] sheets)
{
    byte[] bytes = Workbook.ToBytes(sheets);
    if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
    {
        Console.WriteLine($"unchanged {path}");
        return;
    }

    File.WriteAllBytes(path, bytes);
    Console.WriteLine($"wrote     {path} ({bytes.Length} bytes)");
}

internal sealed record Person(string ANumber, string FullName, DateOnly DateOfBirth, string Nationality, string Facility, string CaseStatus);

/// <param name="State">null (visible), "hidden" or "veryHidden".</param>
/// <param name="Widths">Column widths, in characters.</param>
/// <param name="Rows">The first row is the header. Cells: string (a shared string), int, or DateOnly (a serial in a date style).</param>
internal sealed record Sheet(string Name, string? State, double[] Widths, List<object[]> Rows);

internal static class Workbook
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string Declaration = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""" + "\r\n";

    // Cell styles (xl/styles.xml, <cellXfs>): 0 the default, 1 a bold header, 2 a date shown as yyyy-mm-dd.
    private const int HeaderStyle = 1;
    private const int DateStyle = 2;

    // Every entry carries this time, so the same sheets always give the same bytes.
    private static readonly DateTimeOffset Timestamp = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] ToBytes(Sheet[] sheets)
    {
        var strings = new SharedStrings();
        var sheetXml = sheets.Select((sheet, i) => SheetXml(sheet, selected: i == 0, strings)).ToList();

        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            var types = new StringBuilder(Declaration)
                .Append("""<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">""")
                .Append("""<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>""")
                .Append("""<Default Extension="xml" ContentType="application/xml"/>""")
                .Append("""<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>""");
            for (int i = 0; i < sheets.Length; i++)
            {
                types.Append(CultureInfo.InvariantCulture, $"""<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>""");
            }

            types.Append("""<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""")
                .Append("""<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>""")
                .Append("</Types>");
            Add(zip, "[Content_Types].xml", types.ToString());

            Add(zip, "_rels/.rels", Declaration
                + $"""<Relationships xmlns="{Relationships}"><Relationship Id="rId1" Type="{OfficeRelationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>""");

            var workbook = new StringBuilder(Declaration)
                .Append(CultureInfo.InvariantCulture, $"""<workbook xmlns="{Main}" xmlns:r="{OfficeRelationships}">""")
                .Append("""<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>""");
            var rels = new StringBuilder(Declaration).Append(CultureInfo.InvariantCulture, $"""<Relationships xmlns="{Relationships}">""");
            for (int i = 0; i < sheets.Length; i++)
            {
                string state = sheets[i].State is { } s ? $" state=\"{s}\"" : string.Empty;
                workbook.Append(CultureInfo.InvariantCulture, $"""<sheet name="{Escape(sheets[i].Name)}" sheetId="{i + 1}"{state} r:id="rId{i + 1}"/>""");
                rels.Append(CultureInfo.InvariantCulture, $"""<Relationship Id="rId{i + 1}" Type="{OfficeRelationships}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>""");
            }

            workbook.Append("</sheets></workbook>");
            rels.Append(CultureInfo.InvariantCulture, $"""<Relationship Id="rId{sheets.Length + 1}" Type="{OfficeRelationships}/styles" Target="styles.xml"/>""")
                .Append(CultureInfo.InvariantCulture, $"""<Relationship Id="rId{sheets.Length + 2}" Type="{OfficeRelationships}/sharedStrings" Target="sharedStrings.xml"/>""")
                .Append("</Relationships>");
            Add(zip, "xl/workbook.xml", workbook.ToString());
            Add(zip, "xl/_rels/workbook.xml.rels", rels.ToString());

            for (int i = 0; i < sheets.Length; i++)
            {
                Add(zip, $"xl/worksheets/sheet{i + 1}.xml", sheetXml[i]);
            }

            Add(zip, "xl/styles.xml", Declaration
                + $"""<styleSheet xmlns="{Main}">"""
                + """<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd"/></numFmts>"""
                + """<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>"""
                + """<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"""
                + """<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"""
                + """<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"""
                + """<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"""
                + """<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"""
                + """<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>"""
                + """<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"""
                + "</styleSheet>");
            Add(zip, "xl/sharedStrings.xml", strings.ToXml());
        }

        return memory.ToArray();
    }

    private static string SheetXml(Sheet sheet, bool selected, SharedStrings strings)
    {
        int columns = sheet.Rows.Max(row => row.Length);
        var xml = new StringBuilder(Declaration)
            .Append(CultureInfo.InvariantCulture, $"""<worksheet xmlns="{Main}" xmlns:r="{OfficeRelationships}">""")
            .Append(CultureInfo.InvariantCulture, $"""<dimension ref="A1:{Column(columns - 1)}{sheet.Rows.Count}"/>""")
            .Append(selected ? """<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>""" : """<sheetViews><sheetView workbookViewId="0"/></sheetViews>""")
            .Append("""<sheetFormatPr defaultRowHeight="15"/><cols>""");
        for (int c = 0; c < sheet.Widths.Length; c++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"""<col min="{c + 1}" max="{c + 1}" width="{sheet.Widths[c]}" customWidth="1"/>""");
        }

        xml.Append("</cols><sheetData>");
        for (int r = 0; r < sheet.Rows.Count; r++)
        {
            int row = r + 1;
            xml.Append(CultureInfo.InvariantCulture, $"""<row r="{row}">""");
            for (int c = 0; c < sheet.Rows[r].Length; c++)
            {
                string reference = Column(c) + row.ToString(CultureInfo.InvariantCulture);
                string style = r == 0 ? $" s=\"{HeaderStyle}\"" : string.Empty;
                xml.Append(sheet.Rows[r][c] switch
                {
                    string text => $"""<c r="{reference}"{style} t="s"><v>{strings.Index(text)}</v></c>""",
                    DateOnly date => $"""<c r="{reference}" s="{DateStyle}"><v>{Serial(date)}</v></c>""",
                    int number => $"""<c r="{reference}"{style}><v>{number.ToString(CultureInfo.InvariantCulture)}</v></c>""",
                    var other => throw new ArgumentException($"unsupported cell value {other}"),
                });
            }

            xml.Append("</row>");
        }

        xml.Append("""</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>""");
        return xml.ToString();
    }

    /// <summary>Excel's date serial number (1900 date system): days since 1899-12-30.</summary>
    private static string Serial(DateOnly date) =>
        (date.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(CultureInfo.InvariantCulture);

    /// <summary>The column letters of a zero-based column index: 0 is A, 25 Z, 26 AA.</summary>
    private static string Column(int index)
    {
        string letters = string.Empty;
        for (int n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    private static string Escape(string text) => SecurityElement.Escape(text);

    private static void Add(ZipArchive zip, string name, string content)
    {
        ZipArchiveEntry entry = zip.CreateEntry(name, CompressionLevel.NoCompression);
        entry.LastWriteTime = Timestamp;
        using Stream stream = entry.Open();
        byte[] bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(content);
        stream.Write(bytes, 0, bytes.Length);
    }

    /// <summary>xl/sharedStrings.xml: each distinct text once, in order of first use, as Excel writes it.</summary>
    private sealed class SharedStrings
    {
        private readonly List<string> _texts = [];
        private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
        private int _uses;

        public int Index(string text)
        {
            _uses++;
            if (!_indexes.TryGetValue(text, out int index))
            {
                index = _texts.Count;
                _indexes[text] = index;
                _texts.Add(text);
            }

            return index;
        }

        public string ToXml()
        {
            var xml = new StringBuilder(Declaration)
                .Append(CultureInfo.InvariantCulture, $"""<sst xmlns="{Main}" count="{_uses}" uniqueCount="{_texts.Count}">""");
            foreach (string text in _texts)
            {
                xml.Append("<si><t>").Append(Escape(text)).Append("</t></si>");
            }

            return xml.Append("</sst>").ToString();
        }
    }
}
