using System;
using System.Runtime.CompilerServices;

namespace PolicyAnalyzers.DataFiles.Text;

/// <summary>
/// A run of characters inside a reused buffer: readers hand out slices of their buffers instead of allocating a string
/// per cell. Unlike a <c>Span&lt;char&gt;</c> (which readers use for their searches, from the System.Memory that both
/// MSBuild runtimes provide), a slice can be stored in a record and in fields. It is valid only until its reader
/// reads the next record.
/// </summary>
internal readonly struct TextSlice
{
    public TextSlice(char[] array, int start, int length)
    {
        Array = array;
        Start = start;
        Length = length;
    }

    public static TextSlice Of(string text) => new(text.ToCharArray(), 0, text.Length);

    public char[] Array { get; }

    public int Start { get; }

    public int Length { get; }

    public bool IsEmpty => Length == 0;

    /// <summary>Empty or only whitespace; answers on the first character for most values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsBlank()
    {
        var end = Start + Length;
        for (var i = Start; i < end; i++)
        {
            if (!char.IsWhiteSpace(Array[i]))
            {
                return false;
            }
        }

        return true;
    }

    public char this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Array[Start + index];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TextSlice Trim()
    {
        var start = Start;
        var end = Start + Length;
        while (start < end && char.IsWhiteSpace(Array[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(Array[end - 1]))
        {
            end--;
        }

        return new TextSlice(Array, start, end - start);
    }

    public TextSlice Slice(int start, int length) => new(Array, Start + start, length);

    public int IndexOf(char c)
    {
        for (var i = 0; i < Length; i++)
        {
            if (Array[Start + i] == c)
            {
                return i;
            }
        }

        return -1;
    }

    public override string ToString() => Array is null ? string.Empty : new string(Array, Start, Length);
}
