using System.Collections.Generic;
using System.Text;
using System.Xml;
using PolicyAnalyzers.DataFiles.Reading.Xlsx;
using PolicyAnalyzers.DataFiles.Scanning;

namespace PolicyAnalyzers.DataFiles.Reading.Docx;

/// <summary>
/// A Word document (.docx) opened as the zip package it is: its paragraphs outside tables are read as lines of text
/// (so "Name: Maria Lopez, DOB: 14/03/1985" is a record, as in a .txt file), then each table is read as a grid whose
/// first wide row is the header. Hidden text and tracked deletions ship inside the file and are read too. The main
/// part is streamed twice (paragraphs, then tables), through the zip-bomb guard.
/// </summary>
internal sealed class DocxDocument : System.IDisposable
{
    private const string RelationshipTypeSuffixOfficeDocument = "/officeDocument";
    private const int MaxParagraphChars = 65536;

    private readonly ZipPackage _package;
    private readonly string _mainPart;

    private DocxDocument(ZipPackage package, string mainPart)
    {
        _package = package;
        _mainPart = mainPart;
    }

    /// <summary>
    /// Opens the document at <paramref name="path"/>. Throws <see cref="DataFileFormatException"/> for legacy (.doc),
    /// encrypted, non-zip or damaged files, and the usual I/O exceptions.
    /// </summary>
    public static DocxDocument Open(string path, WorkbookLimits limits)
    {
        var package = ZipPackage.Open(path, limits, PackageKind.WordDocument);
        try
        {
            var main = FindMainPart(package)
                ?? throw new DataFileFormatException("it is a zip file but not a Word document (it has no word/document.xml)");
            return new DocxDocument(package, main);
        }
        catch
        {
            package.Dispose();
            throw;
        }
    }

    /// <summary>The paragraphs as one table of text lines, then every top-level table. Dispose each after reading it.</summary>
    public IEnumerable<RecordTable> Tables()
    {
        yield return new RecordTable(
            PlainTextTable.Open(() => new SegmentedTextReader(Paragraphs())),
            new TablePosition("document text", string.Empty, string.Empty, string.Empty),
            describeRecord: line => $"paragraph {line}");

        using var xml = _package.OpenXml(_mainPart);
        var number = 0;
        while (MoveToNextTable(xml))
        {
            number++;
            var reader = new DocxTableReader(xml, _mainPart);
            yield return new RecordTable(
                reader,
                new TablePosition($"table {number}", string.Empty, string.Empty, string.Empty),
                describeRecord: line => $"row {line}");
            reader.SkipRest();
        }
    }

    public void Dispose() => _package.Dispose();

    internal static bool Read(XmlReader xml, string part)
    {
        try
        {
            return xml.Read();
        }
        catch (XmlException ex)
        {
            throw WorkbookXml.Malformed(part, ex, "document");
        }
    }

    /// <summary>The current node's text; the reader parses it lazily, so a bad entity surfaces here.</summary>
    internal static string Value(XmlReader xml, string part)
    {
        try
        {
            return xml.Value;
        }
        catch (XmlException ex)
        {
            throw WorkbookXml.Malformed(part, ex, "document");
        }
    }

    /// <summary>The text of each paragraph outside tables, tabs kept, line breaks as spaces so a paragraph stays one line.</summary>
    private IEnumerable<string> Paragraphs()
    {
        using var xml = _package.OpenXml(_mainPart);
        var text = new StringBuilder();
        var tableDepth = 0;
        var inText = false;
        while (Read(xml, _mainPart))
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    switch (xml.LocalName)
                    {
                        case "tbl" when !xml.IsEmptyElement:
                            tableDepth++;
                            break;
                        case "p" when xml.IsEmptyElement && tableDepth == 0:
                            yield return string.Empty;
                            break;
                        case "t" or "delText":
                            inText = !xml.IsEmptyElement;
                            break;
                        case "tab" when tableDepth == 0:
                            Append(text, "\t");
                            break;
                        case "br" or "cr" when tableDepth == 0:
                            Append(text, " ");
                            break;
                    }

                    break;
                case XmlNodeType.EndElement:
                    switch (xml.LocalName)
                    {
                        case "tbl":
                            tableDepth--;
                            break;
                        case "t" or "delText":
                            inText = false;
                            break;
                        case "p" when tableDepth == 0:
                            yield return text.ToString();
                            text.Clear();
                            break;
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA
                    when inText && tableDepth == 0:
                    Append(text, Value(xml, _mainPart));
                    break;
            }
        }
    }

    /// <summary>Appends without line breaks (a paragraph is one line) and up to <see cref="MaxParagraphChars"/>.</summary>
    private static void Append(StringBuilder text, string value)
    {
        foreach (var c in value)
        {
            if (text.Length >= MaxParagraphChars)
            {
                return;
            }

            text.Append(c is '\n' or '\r' ? ' ' : c);
        }
    }

    /// <summary>Moves to the start of the next table that is not inside another table.</summary>
    private bool MoveToNextTable(XmlReader xml)
    {
        while (Read(xml, _mainPart))
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "tbl" && !xml.IsEmptyElement)
            {
                return true;
            }
        }

        return false;
    }

    private static string? FindMainPart(ZipPackage package)
    {
        if (package.Contains("_rels/.rels"))
        {
            using var xml = package.OpenXml("_rels/.rels");
            var target = package.Parse(
                () =>
                {
                    while (xml.Read())
                    {
                        if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship"
                            && (xml.GetAttribute("Type") ?? string.Empty).EndsWith(RelationshipTypeSuffixOfficeDocument, System.StringComparison.Ordinal))
                        {
                            return xml.GetAttribute("Target");
                        }
                    }

                    return null;
                },
                "_rels/.rels");
            var part = target?.Replace('\\', '/').TrimStart('/');
            if (part is not null && package.Contains(part))
            {
                return part;
            }
        }

        return package.Existing("word/document.xml");
    }
}
