using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Xml;

namespace PolicyAnalyzers.DataFiles;

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

    private readonly Stream _file;
    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly InflationBudget _budget;

    private XlsxWorkbook(Stream file, ZipArchive zip, WorkbookLimits limits)
    {
        _file = file;
        _zip = zip;
        _budget = new InflationBudget(limits);
        foreach (ZipArchiveEntry entry in zip.Entries)
        {
            _entries[entry.FullName.Replace('\\', '/').TrimStart('/')] = entry;
        }
    }

    /// <summary>
    /// Opens the workbook at <paramref name="path"/>. Throws <see cref="DataFileFormatException"/> for legacy,
    /// encrypted, non-zip or damaged files, and the usual I/O exceptions.
    /// </summary>
    public static XlsxWorkbook Open(string path, WorkbookLimits limits)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 65536);
        try
        {
            var head = new byte[8];
            int count = file.Read(head, 0, head.Length);
            if (OleCompoundFile.HasSignature(head, count))
            {
                throw new DataFileFormatException(OleCompoundFile.IsEncryptedPackage(file)
                    ? "the workbook is encrypted (password-protected), so its content cannot be read; check it by hand and "
                        + "list it in PolicyAnalyzersExcludeDataFile, or ship it unencrypted"
                    : "legacy Excel format (.xls, an OLE compound file) cannot be scanned; save as .xlsx");
            }

            if (count < 4 || head[0] != (byte)'P' || head[1] != (byte)'K')
            {
                throw new DataFileFormatException("it is not an Excel workbook (.xlsx files are zip packages; this one is not)");
            }

            file.Position = 0;
            ZipArchive zip;
            try
            {
                zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            }
            catch (InvalidDataException)
            {
                throw new DataFileFormatException("the workbook is damaged or truncated (its zip directory cannot be read)");
            }

            return new XlsxWorkbook(file, zip, limits);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Whether the file starts like a zip package (an .xls that is really an .xlsx).</summary>
    public static bool LooksLikeZip(byte[] head, int count) =>
        count >= 4 && head[0] == (byte)'P' && head[1] == (byte)'K' && head[2] is 3 or 5 or 7 && head[3] is 4 or 6 or 8;

    /// <summary>Every sheet, then every pivot cache, each as a table of its own. Dispose each table after reading it.</summary>
    public IEnumerable<RecordTable> Tables()
    {
        string workbookPart = FindWorkbookPart();
        Dictionary<string, Relationship> relationships = ReadRelationships(workbookPart);
        WorkbookInfo info = ReadWorkbook(workbookPart);

        SharedStringTable strings = new();
        string? stringsPart = FindByType(relationships, RelationshipTypeSuffixSharedStrings) ?? Existing("xl/sharedStrings.xml");
        if (stringsPart is not null)
        {
            using XmlReader xml = OpenXml(stringsPart);
            strings = Parse(() => SharedStringTable.Read(xml, _budget.Limits.MaxSharedStringChars), "the shared strings");
        }

        CellStyles styles = CellStyles.None;
        string? stylesPart = FindByType(relationships, RelationshipTypeSuffixStyles) ?? Existing("xl/styles.xml");
        if (stylesPart is not null)
        {
            using XmlReader xml = OpenXml(stylesPart);
            styles = Parse(() => CellStyles.Read(xml), "the styles");
        }

        var scannedSheets = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (SheetInfo sheet in info.Sheets)
        {
            if (!relationships.TryGetValue(sheet.RelationshipId, out Relationship? target)
                || !target.Type.EndsWith(RelationshipTypeSuffixWorksheet, StringComparison.Ordinal)
                || !_entries.ContainsKey(target.Target))
            {
                continue; // a chart sheet or dialog sheet holds no cells
            }

            scannedSheets.Add(target.Target);
            var reader = new XlsxSheetReader(OpenXml(target.Target), sheet.Name, strings, styles, info.Date1904);
            yield return new RecordTable(reader, new TablePosition("sheet", sheet.Name, sheet.Note, string.Empty), cellsAreSpreadsheetCells: true);
        }

        // A worksheet part the workbook does not list is invisible in Excel but still shipped inside the file.
        foreach (string part in Parts("xl/worksheets/", ".xml"))
        {
            if (scannedSheets.Add(part))
            {
                string name = Path.GetFileNameWithoutExtension(part);
                var reader = new XlsxSheetReader(OpenXml(part), name, strings, styles, info.Date1904);
                var position = new TablePosition("sheet", name, "not listed in the workbook", string.Empty);
                yield return new RecordTable(reader, position, cellsAreSpreadsheetCells: true);
            }
        }

        foreach (string definition in PivotCacheDefinitions())
        {
            string? recordsPart = PivotRecordsPart(definition);
            XmlReader? records = recordsPart is null ? null : OpenXml(recordsPart);
            PivotCacheReader reader = PivotCacheReader.Open(OpenXml(definition), records, info.Date1904, _budget.Limits.MaxSharedStringChars);
            string source = reader.SourceSheet.Length > 0 ? reader.SourceSheet : Path.GetFileNameWithoutExtension(definition);
            yield return new RecordTable(reader, new TablePosition("pivot cache of sheet", source, string.Empty, string.Empty));
        }
    }

    public void Dispose()
    {
        _zip.Dispose();
        _file.Dispose();
    }

    private static T Parse<T>(Func<T> parse, string what)
    {
        try
        {
            return parse();
        }
        catch (XmlException ex)
        {
            throw WorkbookXml.Malformed(what, ex);
        }
    }

    private XmlReader OpenXml(string part)
    {
        ZipArchiveEntry entry = _entries[part];
        Stream stream;
        try
        {
            stream = entry.Open();
        }
        catch (InvalidDataException)
        {
            throw new DataFileFormatException($"the workbook is damaged: the part {part} cannot be decompressed");
        }

        return WorkbookXml.Create(new InflationGuardStream(stream, _budget, entry.CompressedLength, part));
    }

    private string? Existing(string part) => _entries.ContainsKey(part) ? part : null;

    private string FindWorkbookPart()
    {
        if (_entries.ContainsKey("_rels/.rels"))
        {
            string? part = FindByType(ReadRelationshipsPart("_rels/.rels", string.Empty), RelationshipTypeSuffixOfficeDocument);
            if (part is not null && _entries.ContainsKey(part))
            {
                return part;
            }
        }

        return Existing("xl/workbook.xml")
            ?? throw new DataFileFormatException("it is a zip file but not an Excel workbook (it has no xl/workbook.xml)");
    }

    private Dictionary<string, Relationship> ReadRelationships(string part)
    {
        string folder = FolderOf(part);
        string relsPart = folder + "_rels/" + part.Substring(folder.Length) + ".rels";
        return _entries.ContainsKey(relsPart)
            ? ReadRelationshipsPart(relsPart, folder)
            : new Dictionary<string, Relationship>(StringComparer.Ordinal);
    }

    private Dictionary<string, Relationship> ReadRelationshipsPart(string relsPart, string sourceFolder)
    {
        var relationships = new Dictionary<string, Relationship>(StringComparer.Ordinal);
        using XmlReader xml = OpenXml(relsPart);
        Parse(
            () =>
            {
                while (xml.Read())
                {
                    if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship"
                        && xml.GetAttribute("TargetMode") != "External")
                    {
                        string? id = xml.GetAttribute("Id");
                        string? target = xml.GetAttribute("Target");
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
        using XmlReader xml = OpenXml(part);
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
                        string? date1904 = xml.GetAttribute("date1904");
                        info.Date1904 = date1904 is "1" or "true";
                    }
                    else if (xml.LocalName == "sheet")
                    {
                        string note = xml.GetAttribute("state") switch
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

    /// <summary>Part names with the prefix and suffix, directly in that folder, in name order.</summary>
    private List<string> Parts(string prefix, string suffix)
    {
        var parts = new List<string>();
        foreach (string name in _entries.Keys)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && name.IndexOf('/', prefix.LastIndexOf('/') + 1) < 0)
            {
                parts.Add(name);
            }
        }

        parts.Sort(StringComparer.OrdinalIgnoreCase);
        return parts;
    }

    /// <summary>The records part named by the definition's relationships, else the one with the same number.</summary>
    private string? PivotRecordsPart(string definition)
    {
        string? byRelationship = FindByType(ReadRelationships(definition), "/pivotCacheRecords");
        if (byRelationship is not null && _entries.ContainsKey(byRelationship))
        {
            return byRelationship;
        }

        string sameNumber = definition.Replace("pivotCacheDefinition", "pivotCacheRecords");
        return Existing(sameNumber);
    }

    private static string? FindByType(Dictionary<string, Relationship> relationships, string typeSuffix)
    {
        foreach (Relationship relationship in relationships.Values)
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
        int slash = part.LastIndexOf('/');
        return slash < 0 ? string.Empty : part.Substring(0, slash + 1);
    }

    /// <summary>A relationship target as a part name: absolute ("/xl/x.xml") or relative to the source's folder.</summary>
    private static string Resolve(string sourceFolder, string target)
    {
        target = target.Replace('\\', '/');
        string combined = target.StartsWith("/", StringComparison.Ordinal) ? target.TrimStart('/') : sourceFolder + target;
        var segments = new List<string>();
        foreach (string segment in combined.Split('/'))
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

    private sealed class Relationship
    {
        public Relationship(string type, string target)
        {
            Type = type;
            Target = target;
        }

        public string Type { get; }

        public string Target { get; }
    }

    private sealed class SheetInfo
    {
        public SheetInfo(string name, string note, string relationshipId)
        {
            Name = name;
            Note = note;
            RelationshipId = relationshipId;
        }

        public string Name { get; }

        public string Note { get; }

        public string RelationshipId { get; }
    }

    private sealed class WorkbookInfo
    {
        public List<SheetInfo> Sheets { get; } = [];

        public bool Date1904 { get; set; }
    }
}
