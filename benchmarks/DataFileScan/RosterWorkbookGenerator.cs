using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Security;
using System.Text;
using PolicyAnalyzers.DataFiles.Validation;

namespace PolicyAnalyzers.DataFiles.Benchmarks;

/// <summary>
/// Writes an .xlsx shaped like the incident: a visible sheet of counts and a very hidden sheet holding the roster, text
/// in shared strings (one per distinct value, as Excel writes them) and dates of birth as serial numbers in a date
/// style. Every roster row is a person. Values are invented and deterministic (fixed seed).
/// </summary>
internal static class RosterWorkbookGenerator
{
    private static readonly string[] GivenNames = ["MARIA", "JOSÉ", "ANA", "LUIS", "CARMEN", "JORGE", "FÁTIMA", "MOHAMMED", "JEAN", "OLGA"];
    private static readonly string[] FamilyNames = ["LOPEZ", "ÁLVAREZ", "PÉREZ", "GARCÍA", "O'BRIEN", "NGUYEN", "OKAFOR", "SAID"];
    private static readonly string[] Countries = ["EL SALVADOR", "GUATEMALA", "HONDURAS", "MEXICO", "HAITI", "CUBA"];
    private static readonly string[] Facilities = ["OTAY MESA DETENTION CENTER", "ADELANTO ICE PROCESSING CENTER", "KROME NORTH SPC"];
    private static readonly string[] Header = ["A-Number", "Last Name", "First Name", "Date of Birth", "Citizenship", "Facility", "Case Status", "Book-In Date"];

    public static void Write(string path, int rows)
    {
        var random = new Random(20240101);
        var strings = new List<string>();
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        int Shared(string text)
        {
            if (!indexes.TryGetValue(text, out var index))
            {
                index = strings.Count;
                indexes[text] = index;
                strings.Add(text);
            }

            return index;
        }

        using var zip = new ZipArchive(new FileStream(path, FileMode.CreateNew), ZipArchiveMode.Create);
        using (var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet2.xml", CompressionLevel.Fastest).Open(), new UTF8Encoding(false)))
        {
            sheet.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">");
            for (var c = 0; c < Header.Length; c++)
            {
                sheet.Write($"<c r=\"{(char)('A' + c)}1\" t=\"s\"><v>{Shared(Header[c])}</v></c>");
            }

            sheet.Write("</row>");
            for (var r = 2; r <= rows + 1; r++)
            {
                string[] text =
                [
                    "A" + random.Next(10_000_000, 999_999_999).ToString("D9", CultureInfo.InvariantCulture),
                    FamilyNames[random.Next(FamilyNames.Length)],
                    GivenNames[random.Next(GivenNames.Length)],
                ];
                sheet.Write($"<row r=\"{r}\">");
                for (var c = 0; c < text.Length; c++)
                {
                    sheet.Write($"<c r=\"{(char)('A' + c)}{r}\" t=\"s\"><v>{Shared(text[c])}</v></c>");
                }

                sheet.Write($"<c r=\"D{r}\" s=\"1\"><v>{random.Next(7_000, 40_000)}</v></c>");
                sheet.Write($"<c r=\"E{r}\" t=\"s\"><v>{Shared(Countries[random.Next(Countries.Length)])}</v></c>");
                sheet.Write($"<c r=\"F{r}\" t=\"s\"><v>{Shared(Facilities[random.Next(Facilities.Length)])}</v></c>");
                sheet.Write($"<c r=\"G{r}\" t=\"s\"><v>{Shared("Pending hearing")}</v></c>");
                sheet.Write($"<c r=\"H{r}\" s=\"1\"><v>{random.Next(45_000, 45_600)}</v></c></row>");
            }

            sheet.Write("</sheetData></worksheet>");
        }

        Add(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        Add(zip, "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Counts\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Roster\" sheetId=\"2\" state=\"veryHidden\" r:id=\"rId2\"/></sheets></workbook>");
        Add(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet2.xml\"/><Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/><Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>");
        Add(zip, "xl/styles.xml", "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>");
        Add(zip, "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Facility</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>Count</t></is></c></row></sheetData></worksheet>");
        var sst = new StringBuilder("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        foreach (var text in strings)
        {
            sst.Append("<si><t>").Append(SecurityElement.Escape(text)).Append("</t></si>");
        }

        Add(zip, "xl/sharedStrings.xml", sst.Append("</sst>").ToString());
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
