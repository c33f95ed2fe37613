using System;
using System.Collections.Generic;
using System.Xml;
using PolicyAnalyzers.DataFiles.Reading.Xlsx;
using PolicyAnalyzers.DataFiles.Scanning;

namespace PolicyAnalyzers.DataFiles.Reading.Ods;

/// <summary>
/// An OpenDocument spreadsheet (.ods) opened as the zip package it is. Its content.xml is streamed once: the automatic
/// styles first (a sheet is hidden through its style's table:display="false"), then every sheet in turn, whatever its
/// visibility, through the zip-bomb guard. Encrypted documents are recognised from the manifest and reported.
/// </summary>
internal sealed class OdsWorkbook : IDisposable
{
    private const string ContentPart = "content.xml";
    private const string ManifestPart = "META-INF/manifest.xml";

    private readonly ZipPackage _package;

    private OdsWorkbook(ZipPackage package)
    {
        _package = package;
    }

    /// <summary>
    /// Opens the spreadsheet at <paramref name="path"/>. Throws <see cref="DataFileFormatException"/> for encrypted,
    /// non-zip or damaged files, and the usual I/O exceptions.
    /// </summary>
    public static OdsWorkbook Open(string path, WorkbookLimits limits)
    {
        var package = ZipPackage.Open(path, limits, PackageKind.OpenDocumentSpreadsheet);
        try
        {
            if (package.Contains(ManifestPart) && IsEncrypted(package))
            {
                throw new DataFileFormatException(
                    "the spreadsheet is encrypted (password-protected), so its content cannot be read; check it by hand and "
                    + "list it in PolicyAnalyzersExcludeDataFile, or ship it unencrypted");
            }

            if (!package.Contains(ContentPart))
            {
                throw new DataFileFormatException("it is a zip file but not an OpenDocument spreadsheet (it has no content.xml)");
            }

            return new OdsWorkbook(package);
        }
        catch
        {
            package.Dispose();
            throw;
        }
    }

    /// <summary>Every sheet, in document order, each as a table of its own. Dispose each table after reading it.</summary>
    public IEnumerable<RecordTable> Tables()
    {
        using var xml = _package.OpenXml(ContentPart);
        var hiddenStyles = new HashSet<string>(StringComparer.Ordinal);
        string? tableStyle = null;
        while (Read(xml))
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (xml.NamespaceURI == OdfNames.Style && xml.LocalName == "style")
            {
                tableStyle = xml.GetAttribute("family", OdfNames.Style) == "table" ? xml.GetAttribute("name", OdfNames.Style) : null;
            }
            else if (xml.NamespaceURI == OdfNames.Style && xml.LocalName == "table-properties" && tableStyle is not null
                && xml.GetAttribute("display", OdfNames.Table) == "false")
            {
                hiddenStyles.Add(tableStyle);
            }
            else if (xml.NamespaceURI == OdfNames.Table && xml.LocalName == "table" && !xml.IsEmptyElement)
            {
                var name = xml.GetAttribute("name", OdfNames.Table) ?? "?";
                var style = xml.GetAttribute("style-name", OdfNames.Table);
                var note = style is not null && hiddenStyles.Contains(style) ? "hidden" : string.Empty;
                var reader = new OdsSheetReader(xml, name);
                yield return new RecordTable(reader, new TablePosition("sheet", name, note, string.Empty), cellsAreSpreadsheetCells: true);
                reader.SkipRest();
            }
        }
    }

    public void Dispose() => _package.Dispose();

    private static bool Read(XmlReader xml)
    {
        try
        {
            return xml.Read();
        }
        catch (XmlException ex)
        {
            throw WorkbookXml.Malformed(ContentPart, ex, "spreadsheet");
        }
    }

    /// <summary>An encrypted document lists encryption data for its parts in the manifest (ODF 1.2, part 3, 3.8).</summary>
    private static bool IsEncrypted(ZipPackage package)
    {
        using var xml = package.OpenXml(ManifestPart);
        return package.Parse(
            () =>
            {
                while (xml.Read())
                {
                    if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "encryption-data")
                    {
                        return true;
                    }
                }

                return false;
            },
            ManifestPart);
    }
}
