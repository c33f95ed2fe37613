namespace PolicyAnalyzers.DataFiles.Reading;

/// <summary>A sheet reader that knows which rows and columns its sheet hides, for messages.</summary>
internal interface IHiddenCells
{
    /// <summary>"hidden row" or "hidden column" when the cell at (row, 0-based column) is hidden, else empty.</summary>
    string DescribeHidden(int row, int column);
}
