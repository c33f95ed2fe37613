using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using PolicyAnalyzers.DataFiles.Reading;
using PolicyAnalyzers.DataFiles.Text;
using PolicyAnalyzers.DataFiles.Validation;

namespace PolicyAnalyzers.DataFiles.Detection;

/// <summary>
/// What a table's columns have held so far, by the shape of their values (numbers, dates, codes, identifiers, e-mail
/// addresses, words, words that start with a given name), so a long table that has shown no people can be read on
/// cheaply: one pass over each value, no validator, until a row holds what its columns never held (a roster
/// appended below statistics, a name where there were facility names). That row starts a window that
/// <see cref="ColumnValueProfiler"/> judges in full.
/// </summary>
internal sealed class ValueShapes
{
    /// <summary>Rows in a block over which a column's names are compared with the judged windows'.</summary>
    private const int BlockRows = ColumnValueProfiler.SampleRows;

    private int[] _seen = new int[16];
    private int[] _namesInJudgedWindow = new int[16];
    private int[] _namesInBlock = new int[16];
    private int _rowsInBlock;

    public enum Shape
    {
        Empty,
        Number,
        Date,
        Code,
        Identifier,
        Email,
        Words,

        /// <summary>Words whose first is a common given name: maybe a person.</summary>
        NameLike,
        Other,
    }

    /// <summary>
    /// Takes the shapes of a window that was judged and held no people as known, and how name-like each column can be
    /// without holding people (the most names a judged window had).
    /// </summary>
    public void Learn(IReadOnlyList<DataRecord> window)
    {
        Array.Clear(_namesInBlock, 0, _namesInBlock.Length);
        _rowsInBlock = 0;
        foreach (var record in window)
        {
            for (var i = 0; i < record.FieldCount; i++)
            {
                var column = record.ColumnAt(i);
                var shape = Of(record.ValueAt(i));
                EnsureColumn(column);
                _seen[column] |= 1 << (int)shape;
                _namesInBlock[column] += shape == Shape.NameLike ? 1 : 0;
            }
        }

        for (var column = 0; column < _namesInBlock.Length; column++)
        {
            _namesInJudgedWindow[column] = Math.Max(_namesInJudgedWindow[column], _namesInBlock[column]);
        }

        Array.Clear(_namesInBlock, 0, _namesInBlock.Length);
    }

    /// <summary>
    /// Whether <paramref name="record"/> holds a shape one of its columns never held, or brings a column's names of
    /// the last rows well past what judged windows had: where the table may turn into something else.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    public bool IsNew(DataRecord record)
    {
        if (++_rowsInBlock > BlockRows)
        {
            Array.Clear(_namesInBlock, 0, _namesInBlock.Length);
            _rowsInBlock = 1;
        }

        var changed = false;
        for (var i = 0; i < record.FieldCount; i++)
        {
            var column = record.ColumnAt(i);
            var shape = Of(record.ValueAt(i));
            if (shape == Shape.Empty)
            {
                continue;
            }

            if (column >= _seen.Length || (_seen[column] & (1 << (int)shape)) == 0)
            {
                changed = true;
            }
            else if (shape == Shape.NameLike && ++_namesInBlock[column] > (2 * _namesInJudgedWindow[column]) + 8)
            {
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>The shape of one value, from one pass over its characters.</summary>
    [MethodImpl(HotPath.Optimize)]
    public static Shape Of(TextSlice value)
    {
        value = value.Trim();
        if (value.IsEmpty)
        {
            return Shape.Empty;
        }

        var letters = 0;
        var digits = 0;
        var separators = 0;
        var spaces = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= '\u0080')
            {
                letters += char.IsLetter(c) ? 1 : 0;
            }
            else if ((uint)(c - '0') <= 9)
            {
                digits++;
            }
            else if ((uint)((c | 0x20) - 'a') <= 'z' - 'a')
            {
                letters++;
            }
            else if (c == ' ')
            {
                spaces++;
            }
            else if (c is '-' or '/' or '.' or ',' or ':')
            {
                separators++;
            }
            else if (c == '@')
            {
                return Shape.Email;
            }
        }

        if (letters == 0)
        {
            if (digits == 0)
            {
                return Shape.Other;
            }

            // "1985-03-14", "03/14/1985", "14.03.1985": digits in two or three groups with separators between.
            var dateLike = digits >= 6 && separators is 2 or 3 && value.Length <= 24;
            return dateLike ? Shape.Date : Shape.Number;
        }

        if (digits > 0)
        {
            // "14-Mar-1985", "Mar 14, 1985" against "A012345678", "C12", "Unit 3".
            var dateLike = digits >= 5 && letters <= 9 && (separators + spaces) >= 2 && value.Length <= 24;
            return dateLike ? Shape.Date : Shape.Identifier;
        }

        if (value.Length <= 3)
        {
            return Shape.Code;
        }

        return spaces > 0 && char.IsUpper(value[0]) && GivenNames.StartsWithCommonName(value) ? Shape.NameLike : Shape.Words;
    }

    private void EnsureColumn(int column)
    {
        if (column >= _seen.Length)
        {
            var size = Math.Max(_seen.Length * 2, column + 1);
            Array.Resize(ref _seen, size);
            Array.Resize(ref _namesInJudgedWindow, size);
            Array.Resize(ref _namesInBlock, size);
        }
    }
}
