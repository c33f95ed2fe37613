using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Xml;
using PolicyAnalyzers.DataFiles.Scanning;

namespace PolicyAnalyzers.DataFiles.Reading.Xlsx;

/// <summary>
/// An Excel workbook (.xlsx, .xlsm) opened as the zip package it is, streamed part by part: every sheet, whatever its
/// visibility ("hidden" and "veryHidden" sheets are where rosters hide), then every pivot cache, which holds a copy of
/// its source rows. Every part is inflated through a guard, so a zip bomb ends in <see cref="DataFileFormatException"/>.
/// Legacy .xls files and password-protected workbooks (both OLE compound files) are recognised and reported.
/// </summary>
internal sealed class XlsxWorkbook : IDisposable
{
    private const string RelationshipTypeSuffixSharedStrings = "/sharedStrings";
    private const string RelationshipTypeSuffixStyles = "/styles";
    private const string RelationshipTypeSuffixWorksheet = "/worksheet";
    private const string RelationshipTypeSuffixOfficeDocument = "/officeDocument";

    private readonly ZipPackage _package;

    private XlsxWorkbook(ZipPackage package)
    {
        _package = package;
    }

    /// <summary>
    /// Opens the workbook at <paramref name="path"/>. Throws <see cref="DataFileFormatException"/> for legacy,
    /// encrypted, non-zip or damaged files, and the usual I/O exceptions.
    /// </summary>
    public static XlsxWorkbook Open(string path, WorkbookLimits limits) =>
        new(ZipPackage.Open(path, limits, PackageKind.ExcelWorkbook));

    /// <summary>Every sheet, then every pivot cache, each as a table of its own. Dispose each table after reading it.</summary>
    public IEnumerable<RecordTable> Tables()
    {
        var workbookPart = FindWorkbookPart();
        var relationships = ReadRelationships(workbookPart);
        var info = ReadWorkbook(workbookPart);

        SharedStringTable strings = new();
        var stringsPart = FindByType(relationships, RelationshipTypeSuffixSharedStrings) ?? Existing("xl/sharedStrings.xml");
        if (stringsPart is not null)
        {
            using var xml = OpenXml(stringsPart);
            strings = Parse(() => SharedStringTable.Read(xml, _package.Limits.MaxSharedStringChars), "the shared strings");
        }

        var styles = CellStyles.None;
        var stylesPart = FindByType(relationships, RelationshipTypeSuffixStyles) ?? Existing("xl/styles.xml");
        if (stylesPart is not null)
        {
            using var xml = OpenXml(stylesPart);
            styles = Parse(() => CellStyles.Read(xml), "the styles");
        }

        var scannedSheets = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var sheet in info.Sheets)
        {
            if (!relationships.TryGetValue(sheet.RelationshipId, out var target)
                || !target.Type.EndsWith(RelationshipTypeSuffixWorksheet, StringComparison.Ordinal)
                || !_package.Contains(target.Target))
            {
                continue; // a chart sheet or dialog sheet holds no cells
            }

            scannedSheets.Add(target.Target);
            var reader = new XlsxSheetReader(OpenXml(target.Target), sheet.Name, strings, styles, info.Date1904);
            yield return new RecordTable(reader, new TablePosition("sheet", sheet.Name, sheet.Note, string.Empty), cellsAreSpreadsheetCells: true);
        }

        // A worksheet part the workbook does not list is invisible in Excel but still shipped inside the file.
        foreach (var part in Parts("xl/worksheets/", ".xml"))
        {
            if (scannedSheets.Add(part))
            {
                var name = Path.GetFileNameWithoutExtension(part);
                var reader = new XlsxSheetReader(OpenXml(part), name, strings, styles, info.Date1904);
                var position = new TablePosition("sheet", name, "not listed in the workbook", string.Empty);
                yield return new RecordTable(reader, position, cellsAreSpreadsheetCells: true);
            }
        }

        foreach (var definition in PivotCacheDefinitions())
        {
            var recordsPart = PivotRecordsPart(definition);
            var records = recordsPart is null ? null : OpenXml(recordsPart);
            var reader = PivotCacheReader.Open(OpenXml(definition), records, info.Date1904, _package.Limits.MaxSharedStringChars);
            var source = reader.SourceSheet.Length > 0 ? reader.SourceSheet : Path.GetFileNameWithoutExtension(definition);
            yield return new RecordTable(reader, new TablePosition("pivot cache of sheet", source, string.Empty, string.Empty));
        }
    }

    public void Dispose() => _package.Dispose();

    private T Parse<T>(Func<T> parse, string what) => _package.Parse(parse, what);

    private XmlReader OpenXml(string part) => _package.OpenXml(part);

    private string? Existing(string part) => _package.Existing(part);

    private string FindWorkbookPart()
    {
        if (_package.Contains("_rels/.rels"))
        {
            var part = FindByType(ReadRelationshipsPart("_rels/.rels", string.Empty), RelationshipTypeSuffixOfficeDocument);
            if (part is not null && _package.Contains(part))
            {
                return part;
            }
        }

        return Existing("xl/workbook.xml")
            ?? throw new DataFileFormatException("it is a zip file but not an Excel workbook (it has no xl/workbook.xml)");
    }

    private Dictionary<string, Relationship> ReadRelationships(string part)
    {
        var folder = FolderOf(part);
        var relsPart = folder + "_rels/" + part.Substring(folder.Length) + ".rels";
        return _package.Contains(relsPart)
            ? ReadRelationshipsPart(relsPart, folder)
            : new Dictionary<string, Relationship>(StringComparer.Ordinal);
    }

    private Dictionary<string, Relationship> ReadRelationshipsPart(string relsPart, string sourceFolder)
    {
        var relationships = new Dictionary<string, Relationship>(StringComparer.Ordinal);
        using var xml = OpenXml(relsPart);
        Parse(
            () =>
            {
                while (xml.Read())
                {
                    if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship"
                        && xml.GetAttribute("TargetMode") != "External")
                    {
                        var id = xml.GetAttribute("Id");
                        var target = xml.GetAttribute("Target");
                        if (id is not null && target is not null)
                        {
                            relationships[id] = new Relationship(xml.GetAttribute("Type") ?? string.Empty, Resolve(sourceFolder, target));
                        }
                    }
                }

                return 0;
            },
            relsPart);
        return relationships;
    }

    private WorkbookInfo ReadWorkbook(string part)
    {
        var info = new WorkbookInfo();
        using var xml = OpenXml(part);
        Parse(
            () =>
            {
                while (xml.Read())
                {
                    if (xml.NodeType != XmlNodeType.Element)
                    {
                        continue;
                    }

                    if (xml.LocalName == "workbookPr")
                    {
                        var date1904 = xml.GetAttribute("date1904");
                        info.Date1904 = date1904 is "1" or "true";
                    }
                    else if (xml.LocalName == "sheet")
                    {
                        var note = xml.GetAttribute("state") switch
                        {
                            "hidden" => "hidden",
                            "veryHidden" => "very hidden",
                            _ => string.Empty,
                        };
                        info.Sheets.Add(new SheetInfo(xml.GetAttribute("name") ?? "?", note, WorkbookXml.RelationshipId(xml) ?? string.Empty));
                    }
                }

                return 0;
            },
            "the workbook part");
        return info;
    }

    private IEnumerable<string> PivotCacheDefinitions() => Parts("xl/pivotCache/pivotCacheDefinition", ".xml");

    private List<string> Parts(string prefix, string suffix) => _package.Parts(prefix, suffix);

    /// <summary>The records part named by the definition's relationships, else the one with the same number.</summary>
    private string? PivotRecordsPart(string definition)
    {
        var byRelationship = FindByType(ReadRelationships(definition), "/pivotCacheRecords");
        if (byRelationship is not null && _package.Contains(byRelationship))
        {
            return byRelationship;
        }

        var sameNumber = definition.Replace("pivotCacheDefinition", "pivotCacheRecords");
        return Existing(sameNumber);
    }

    private static string? FindByType(Dictionary<string, Relationship> relationships, string typeSuffix)
    {
        foreach (var relationship in relationships.Values)
        {
            if (relationship.Type.EndsWith(typeSuffix, StringComparison.Ordinal))
            {
                return relationship.Target;
            }
        }

        return null;
    }

    private static string FolderOf(string part)
    {
        var slash = part.LastIndexOf('/');
        return slash < 0 ? string.Empty : part.Substring(0, slash + 1);
    }

    /// <summary>A relationship target as a part name: absolute ("/xl/x.xml") or relative to the source's folder.</summary>
    private static string Resolve(string sourceFolder, string target)
    {
        target = target.Replace('\\', '/');
        var combined = target.StartsWith("/", StringComparison.Ordinal) ? target.TrimStart('/') : sourceFolder + target;
        var segments = new List<string>();
        foreach (var segment in combined.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment.Length > 0 && segment != ".")
            {
                segments.Add(segment);
            }
        }

        return string.Join("/", segments);
    }

    private sealed record Relationship(string Type, string Target);

    private sealed record SheetInfo(string Name, string Note, string RelationshipId);

    private sealed class WorkbookInfo
    {
        public List<SheetInfo> Sheets { get; } = [];

        public bool Date1904 { get; set; }
    }
}
