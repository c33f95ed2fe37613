using System;
using Microsoft.CodeAnalysis.Text;

namespace PolicyAnalyzers.Caching;

/// <summary>
/// Whether a file's text contains any of some names, read in chunks through one small buffer per thread. Turning the
/// text into a string allocated every file's whole text, once per compilation: 45 MB on a large Razor application.
/// </summary>
internal static class SourceTextSearch
{
    private const int ChunkLength = 8192;

    [ThreadStatic]
    private static char[]? ChunkBuffer;

    public static bool ContainsAny(SourceText text, string[] names)
    {
        var longest = 0;
        foreach (var name in names)
        {
            longest = Math.Max(longest, name.Length);
        }

        if (longest == 0 || longest > ChunkLength)
        {
            return longest != 0 && ContainsAnyInString(text.ToString(), names);
        }

        // Consecutive chunks overlap by one character less than the longest name, so a name across a chunk's end is
        // read whole in the next one.
        var buffer = ChunkBuffer ??= new char[ChunkLength];
        var step = ChunkLength - (longest - 1);
        for (var start = 0; start < text.Length; start += step)
        {
            var count = Math.Min(ChunkLength, text.Length - start);
            text.CopyTo(start, buffer, 0, count);
            var chunk = new ReadOnlySpan<char>(buffer, 0, count);
            foreach (var name in names)
            {
                if (chunk.IndexOf(name.AsSpan()) >= 0)
                {
                    return true;
                }
            }

            if (start + count >= text.Length)
            {
                break;
            }
        }

        return false;
    }

    private static bool ContainsAnyInString(string text, string[] names)
    {
        foreach (var name in names)
        {
            if (text.IndexOf(name, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
