namespace PolicyAnalyzers.DataFiles.Reading.Xlsx;

/// <summary>
/// How much a workbook may expand while it is read. A zip bomb (a few kilobytes that inflate to gigabytes) must end in
/// PA1003, not in a build that fills the disk's page file or runs for an hour.
/// </summary>
/// <param name="MaxExpandedBytes">Bytes all parts of one workbook may inflate to, together.</param>
/// <param name="MaxRatio">Inflated to compressed size a part may reach once it is past <paramref name="RatioCheckedAfterBytes"/>.</param>
/// <param name="RatioCheckedAfterBytes">Small parts are exempt from the ratio check: an empty sheet's XML compresses far
/// better than 100:1 and is harmless.</param>
/// <param name="MaxSharedStringChars">Characters of shared strings kept in memory (cells refer to them by index, so they
/// cannot stream).</param>
internal sealed record WorkbookLimits(long MaxExpandedBytes, int MaxRatio, long RatioCheckedAfterBytes, int MaxSharedStringChars)
{
    public static WorkbookLimits Default { get; } = new(256L * 1024 * 1024, 100, 16L * 1024 * 1024, 32 * 1024 * 1024);
}
