using System.IO;
using System.Xml;

namespace PolicyAnalyzers.DataFiles.Reading;

/// <summary>
/// XML readers for files and workbook parts we scan but do not trust: streaming, no DTD processed, nothing external
/// resolved, comments and processing instructions skipped; the reader owns its input.
/// </summary>
internal static class SafeXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    public static XmlReader Create(Stream stream) => XmlReader.Create(stream, Settings);

    public static XmlReader Create(TextReader text) => XmlReader.Create(text, Settings);
}
