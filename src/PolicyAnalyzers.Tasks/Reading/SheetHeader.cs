using System;
using System.Collections.Generic;

namespace PolicyAnalyzers.DataFiles.Reading;

/// <summary>
/// Finds the header of a grid of cells (a worksheet, a Word table): the first row with two or more values. Up to
/// <see cref="MaxTitleRows"/> single-value rows above it are titles and skipped; a grid with no wider row near the top
/// is one column wide, and its first row is the header.
/// </summary>
internal static class SheetHeader
{
    public const int MaxTitleRows = 5;

    /// <param name="readRow">Fills the record with the next row that has a value; false at the end.</param>
    /// <param name="pending">Receives rows read while looking that turned out to be data.</param>
    /// <param name="header">The header row, or null for an empty grid.</param>
    /// <returns>Column names by 0-based column index.</returns>
    public static string[] Find(Func<DataRecord, bool> readRow, Queue<DataRecord> pending, out DataRecord? header)
    {
        var titles = new List<DataRecord>();
        header = null;
        while (titles.Count <= MaxTitleRows)
        {
            var row = new DataRecord();
            if (!readRow(row))
            {
                break;
            }

            if (row.FieldCount >= 2)
            {
                header = row;
                break;
            }

            titles.Add(row);
        }

        if (header is null && titles.Count > 0)
        {
            header = titles[0];
            for (var i = 1; i < titles.Count; i++)
            {
                pending.Enqueue(titles[i]);
            }
        }

        return header is null ? [] : NamesOf(header);
    }

    private static string[] NamesOf(DataRecord header)
    {
        var width = 0;
        for (var i = 0; i < header.FieldCount; i++)
        {
            width = Math.Max(width, header.ColumnAt(i) + 1);
        }

        var names = new string[width];
        for (var i = 0; i < width; i++)
        {
            names[i] = string.Empty;
        }

        for (var i = 0; i < header.FieldCount; i++)
        {
            names[header.ColumnAt(i)] = header.ValueAt(i).Trim().ToString();
        }

        return names;
    }
}
