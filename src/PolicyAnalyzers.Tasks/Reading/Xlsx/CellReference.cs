namespace PolicyAnalyzers.DataFiles.Reading.Xlsx;

/// <summary>Spreadsheet cell references ("B12"): column letters to a 0-based index and back.</summary>
internal static class CellReference
{
    /// <summary>Excel's last column is XFD (16,384 columns).</summary>
    public const int MaxColumns = 16384;

    /// <summary>The 0-based column of "B12" (1), or -1 when the reference does not start with column letters.</summary>
    public static int ParseColumn(string? reference)
    {
        if (reference is null)
        {
            return -1;
        }

        var column = 0;
        var i = 0;
        for (; i < reference.Length && i < 4; i++)
        {
            var c = reference[i];
            if (c is >= 'A' and <= 'Z')
            {
                column = (column * 26) + (c - 'A' + 1);
            }
            else if (c is >= 'a' and <= 'z')
            {
                column = (column * 26) + (c - 'a' + 1);
            }
            else
            {
                break;
            }
        }

        return i == 0 || column > MaxColumns ? -1 : column - 1;
    }

    /// <summary>"B12" for column 1 (0-based) and row 12.</summary>
    public static string Format(int column, int row) => ColumnLetters(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string ColumnLetters(int column)
    {
        if (column < 0)
        {
            return "?";
        }

        var letters = new char[4];
        var position = letters.Length;
        var value = column + 1;
        while (value > 0 && position > 0)
        {
            var remainder = (value - 1) % 26;
            letters[--position] = (char)('A' + remainder);
            value = (value - 1) / 26;
        }

        return new string(letters, position, letters.Length - position);
    }
}
