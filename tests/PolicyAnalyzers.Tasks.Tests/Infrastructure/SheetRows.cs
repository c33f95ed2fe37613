namespace PolicyAnalyzers.DataFiles.Tests;

/// <summary>Sheet contents that the workbook tests of several formats share.</summary>
internal static class SheetRows
{
    /// <summary>Detainees per facility: the statistics a page may publish, with no person in them.</summary>
    public static readonly object?[][] FacilityCounts =
    [
        ["Facility", "Detained"],
        ["Otay Mesa Detention Center", 412],
        ["Adelanto ICE Processing Center", 1203],
    ];
}
