namespace PolicyAnalyzers.DataFiles.Reading.Xlsx;

/// <summary>
/// How much a workbook may expand while it is read. A zip bomb (a few kilobytes that inflate to gigabytes) must end in
/// PA1003, not in a build that fills the disk's page file or runs for an hour.
/// </summary>
internal sealed class WorkbookLimits
{
    public static WorkbookLimits Default { get; } = new(256L * 1024 * 1024, 100, 16L * 1024 * 1024, 32 * 1024 * 1024);

    public WorkbookLimits(long maxExpandedBytes, int maxRatio, long ratioCheckedAfterBytes, int maxSharedStringChars)
    {
        MaxExpandedBytes = maxExpandedBytes;
        MaxRatio = maxRatio;
        RatioCheckedAfterBytes = ratioCheckedAfterBytes;
        MaxSharedStringChars = maxSharedStringChars;
    }

    /// <summary>Bytes all parts of one workbook may inflate to, together.</summary>
    public long MaxExpandedBytes { get; }

    /// <summary>Inflated to compressed size a part may reach once it is past <see cref="RatioCheckedAfterBytes"/>.</summary>
    public int MaxRatio { get; }

    /// <summary>
    /// Small parts are exempt from the ratio check: an empty sheet's XML compresses far better than 100:1 and is harmless.
    /// </summary>
    public long RatioCheckedAfterBytes { get; }

    /// <summary>Characters of shared strings kept in memory (cells refer to them by index, so they cannot stream).</summary>
    public int MaxSharedStringChars { get; }
}
