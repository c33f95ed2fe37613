using System.IO;
using System.Xml;

namespace PolicyAnalyzers.DataFiles.Reading.Xlsx;

/// <summary>XML readers for workbook parts (<see cref="SafeXml"/>) and the relationship IDs they use.</summary>
internal static class WorkbookXml
{
    public const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string StrictRelationshipsNamespace = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    public static XmlReader Create(Stream stream) => SafeXml.Create(stream);

    /// <summary>The r:id attribute of the current element, in transitional or strict OOXML.</summary>
    public static string? RelationshipId(XmlReader xml) =>
        xml.GetAttribute("id", RelationshipsNamespace) ?? xml.GetAttribute("id", StrictRelationshipsNamespace);

    /// <summary>A part's malformed XML, reported without quoting the part's content.</summary>
    public static DataFileFormatException Malformed(string what, XmlException ex, string noun = "workbook") =>
        new($"the {noun} is damaged: the XML of {what} is not well-formed (line {ex.LineNumber}, position {ex.LinePosition})");
}
