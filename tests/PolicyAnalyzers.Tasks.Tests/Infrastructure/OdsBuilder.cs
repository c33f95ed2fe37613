using System.Collections.Generic;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace PolicyAnalyzers.DataFiles.Tests;

/// <summary>
/// Writes OpenDocument spreadsheets as LibreOffice lays them out: a mimetype, a manifest, and content.xml with the
/// sheets. Cells: a string is a text cell, a number a float, <see cref="WorkbookBuilder.DateCell"/> a date, null an
/// empty cell. Rows can repeat; sheets, rows and columns can be hidden.
/// </summary>
internal sealed class OdsBuilder
{
    private readonly List<string> _sheets = [];
    private bool _encrypted;

    /// <param name="repeatRows">Row index (0-based) to table:number-rows-repeated.</param>
    public OdsBuilder Sheet(
        string name, object?[][] rows, bool hidden = false, int[]? hiddenRows = null, int[]? hiddenColumns = null,
        Dictionary<int, int>? repeatRows = null, int trailingEmptyRows = 0)
    {
        var xml = new StringBuilder();
        xml.Append(CultureInfo.InvariantCulture, $"<table:table table:name=\"{WorkbookBuilder.Escape(name)}\" table:style-name=\"{(hidden ? "taHidden" : "ta1")}\">");
        var width = 0;
        foreach (var row in rows)
        {
            width = System.Math.Max(width, row.Length);
        }

        for (var c = 0; c < width; c++)
        {
            var visibility = hiddenColumns is not null && System.Array.IndexOf(hiddenColumns, c) >= 0 ? " table:visibility=\"collapse\"" : string.Empty;
            xml.Append(CultureInfo.InvariantCulture, $"<table:table-column table:style-name=\"co1\"{visibility}/>");
        }

        for (var r = 0; r < rows.Length; r++)
        {
            var visibility = hiddenRows is not null && System.Array.IndexOf(hiddenRows, r) >= 0 ? " table:visibility=\"collapse\"" : string.Empty;
            var repeat = repeatRows is not null && repeatRows.TryGetValue(r, out var n) ? $" table:number-rows-repeated=\"{n}\"" : string.Empty;
            xml.Append(CultureInfo.InvariantCulture, $"<table:table-row table:style-name=\"ro1\"{repeat}{visibility}>");
            foreach (var value in rows[r])
            {
                xml.Append(Cell(value));
            }

            xml.Append("</table:table-row>");
        }

        if (trailingEmptyRows > 0)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<table:table-row table:number-rows-repeated=\"{trailingEmptyRows}\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>");
        }

        xml.Append("</table:table>");
        _sheets.Add(xml.ToString());
        return this;
    }

    /// <summary>Marks content.xml as encrypted in the manifest, as LibreOffice does for a password-protected file.</summary>
    public OdsBuilder Encrypted()
    {
        _encrypted = true;
        return this;
    }

    public string Content() =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" office:version=\"1.3\">"
        + "<office:automatic-styles>"
        + "<style:style style:name=\"ta1\" style:family=\"table\" style:master-page-name=\"Default\"><style:table-properties table:display=\"true\" style:writing-mode=\"lr-tb\"/></style:style>"
        + "<style:style style:name=\"taHidden\" style:family=\"table\" style:master-page-name=\"Default\"><style:table-properties table:display=\"false\" style:writing-mode=\"lr-tb\"/></style:style>"
        + "</office:automatic-styles><office:body><office:spreadsheet>"
        + string.Concat(_sheets)
        + "</office:spreadsheet></office:body></office:document-content>";

    public byte[] ToBytes(string? content = null, CompressionLevel level = CompressionLevel.Fastest)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            WorkbookBuilder.Add(zip, "mimetype", "application/vnd.oasis.opendocument.spreadsheet", CompressionLevel.NoCompression);
            var encryption = _encrypted
                ? "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\" manifest:checksum=\"AAAA\"><manifest:algorithm manifest:algorithm-name=\"Blowfish CFB\" manifest:initialisation-vector=\"AAAA\"/></manifest:encryption-data>"
                : string.Empty;
            WorkbookBuilder.Add(zip, "META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/><manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">" + encryption + "</manifest:file-entry></manifest:manifest>");
            WorkbookBuilder.Add(zip, "content.xml", _encrypted ? "\u0001\u0002 not xml: ciphertext" : content ?? Content(), level);
        }

        return memory.ToArray();
    }

    private static string Cell(object? value) => value switch
    {
        null => "<table:table-cell/>",
        string s => $"<table:table-cell office:value-type=\"string\"><text:p>{WorkbookBuilder.Escape(s)}</text:p></table:table-cell>",
        WorkbookBuilder.DateCell d => string.Create(CultureInfo.InvariantCulture, $"<table:table-cell office:value-type=\"date\" office:date-value=\"{d.Date:yyyy-MM-dd}\"><text:p>{d.Date:dd/MM/yyyy}</text:p></table:table-cell>"),
        _ => string.Create(CultureInfo.InvariantCulture, $"<table:table-cell office:value-type=\"float\" office:value=\"{value}\"><text:p>{value}</text:p></table:table-cell>"),
    };
}
