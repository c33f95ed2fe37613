namespace PolicyAnalyzers.DataFiles.Reading.Ods;

/// <summary>The OpenDocument namespaces an .ods reader needs.</summary>
internal static class OdfNames
{
    public const string Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    public const string Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    public const string Style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    public const string Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
}
