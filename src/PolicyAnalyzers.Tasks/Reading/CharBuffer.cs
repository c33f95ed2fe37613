using System.IO;

namespace PolicyAnalyzers.DataFiles.Reading;

/// <summary>How the streaming text readers (CSV rows, JSON tokens, text lines) refill their character buffer.</summary>
internal static class CharBuffer
{
    /// <summary>
    /// Reads the next block of <paramref name="reader"/> into <paramref name="buffer"/>, from position 0. At the end
    /// of the input it returns false, then and on every later call, without reading again.
    /// </summary>
    public static bool Fill(TextReader reader, char[] buffer, ref int position, ref int length, ref bool endOfInput)
    {
        if (endOfInput)
        {
            return false;
        }

        position = 0;
        length = reader.Read(buffer, 0, buffer.Length);
        if (length <= 0)
        {
            length = 0;
            endOfInput = true;
            return false;
        }

        return true;
    }
}
