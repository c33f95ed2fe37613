namespace PolicyAnalyzers.DataFiles.Reading;

/// <summary>What a zip package is meant to be, for messages about one that cannot be read.</summary>
internal sealed class PackageKind
{
    private PackageKind(string noun, string legacyFormatMessage, string notAPackageMessage)
    {
        Noun = noun;
        LegacyFormatMessage = legacyFormatMessage;
        NotAPackageMessage = notAPackageMessage;
    }

    public static PackageKind ExcelWorkbook { get; } = new(
        "workbook",
        "legacy Excel format (.xls, an OLE compound file) cannot be scanned; save as .xlsx",
        "it is not an Excel workbook (.xlsx files are zip packages; this one is not)");

    public static PackageKind WordDocument { get; } = new(
        "document",
        "legacy Word format (.doc, an OLE compound file) cannot be scanned; save as .docx",
        "it is not a Word document (.docx files are zip packages; this one is not)");

    public static PackageKind OpenDocumentSpreadsheet { get; } = new(
        "spreadsheet",
        "it is an OLE compound file, not an OpenDocument spreadsheet; save it as .ods or .xlsx",
        "it is not an OpenDocument spreadsheet (.ods files are zip packages; this one is not)");

    /// <summary>"workbook", "document", "spreadsheet".</summary>
    public string Noun { get; }

    public string LegacyFormatMessage { get; }

    public string NotAPackageMessage { get; }
}
