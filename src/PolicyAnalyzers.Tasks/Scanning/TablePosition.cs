namespace PolicyAnalyzers.DataFiles;

/// <summary>
/// Where a finding sits inside a file that holds several tables: a workbook's sheet (with its visibility) and cell, or
/// a pivot cache and record. Text formats have one table and use <see cref="None"/>, their position being the line.
/// </summary>
internal sealed class TablePosition
{
    public TablePosition(string partKind, string partName, string note, string cell, string cellNote = "")
    {
        PartKind = partKind;
        PartName = partName;
        Note = note;
        Cell = cell;
        CellNote = cellNote;
    }

    public static TablePosition None { get; } = new(string.Empty, string.Empty, string.Empty, string.Empty);

    /// <summary>"sheet" or "pivot cache of sheet"; empty for text formats.</summary>
    public string PartKind { get; }

    /// <summary>The sheet's name, as the workbook names it: stable across edits of its rows, so fingerprints use it.</summary>
    public string PartName { get; }

    /// <summary>"hidden", "very hidden" or empty.</summary>
    public string Note { get; }

    /// <summary>"B2", "record 3" or empty.</summary>
    public string Cell { get; }

    /// <summary>"hidden row", "hidden column" or empty: where a visible sheet hides the cell.</summary>
    public string CellNote { get; }

    public bool IsNone => PartKind.Length == 0;

    public bool IsHidden => Note.Length > 0 || CellNote.Length > 0;

    /// <summary>"sheet 'Roster' (hidden), cell B2".</summary>
    public string Describe()
    {
        string note = Note.Length == 0 ? string.Empty : $" ({Note})";
        string cell = Cell.Length == 0 ? string.Empty : (Cell.StartsWith("record", System.StringComparison.Ordinal) ? $", {Cell}" : $", cell {Cell}");
        string cellNote = CellNote.Length == 0 ? string.Empty : $" (in a {CellNote})";
        return $"{PartKind} '{PartName}'{note}{cell}{cellNote}";
    }

    /// <summary>The SARIF logical location: "Roster!B2".</summary>
    public string LogicalName => Cell.Length == 0 || Cell.StartsWith("record", System.StringComparison.Ordinal)
        ? PartName
        : $"{PartName}!{Cell}";

    public TablePosition WithCell(string cell, string cellNote = "") => new(PartKind, PartName, Note, cell, cellNote);
}
