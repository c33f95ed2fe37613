namespace PolicyAnalyzers.DataFiles.Reading.Xlsx;

/// <summary>Bytes inflated so far across all parts of one workbook.</summary>
internal sealed class InflationBudget
{
    public InflationBudget(WorkbookLimits limits)
    {
        Limits = limits;
    }

    public WorkbookLimits Limits { get; }

    public long Spent { get; private set; }

    public void Spend(int bytes) => Spent += bytes;
}
