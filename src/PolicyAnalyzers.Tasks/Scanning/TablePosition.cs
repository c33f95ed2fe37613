namespace PolicyAnalyzers.DataFiles.Scanning;

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

    /// <summary>"sheet 'Roster' (hidden), cell B2"; "table 2, row 3"; "PDF text, page 4".</summary>
    public string Describe()
    {
        var cell = Cell.Length == 0 ? string.Empty : (IsCellReference(Cell) ? $", cell {Cell}" : $", {Cell}");
        var cellNote = CellNote.Length == 0 ? string.Empty : $" (in a {CellNote})";
        return $"{DescribePart()}{cell}{cellNote}";
    }

    /// <summary>"sheet 'Roster' (hidden)", "table 2": the part without the cell, as baselines name it.</summary>
    public string DescribePart()
    {
        var name = PartName.Length == 0 ? string.Empty : $" '{PartName}'";
        var note = Note.Length == 0 ? string.Empty : $" ({Note})";
        return $"{PartKind}{name}{note}";
    }

    /// <summary>The SARIF logical location: "Roster!B2".</summary>
    public string LogicalName => IsCellReference(Cell) ? $"{PartName}!{Cell}" : (PartName.Length > 0 ? PartName : PartKind);

    /// <summary>"B2", not "record 3" or "row 4".</summary>
    public static bool IsCellReference(string cell)
    {
        var i = 0;
        while (i < cell.Length && cell[i] >= 'A' && cell[i] <= 'Z')
        {
            i++;
        }

        if (i == 0 || i == cell.Length)
        {
            return false;
        }

        for (var k = i; k < cell.Length; k++)
        {
            if (cell[k] < '0' || cell[k] > '9')
            {
                return false;
            }
        }

        return true;
    }

    public TablePosition WithCell(string cell, string cellNote = "") => new(PartKind, PartName, Note, cell, cellNote);
}
