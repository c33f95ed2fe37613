using System.IO;
using System.Text;

namespace PolicyAnalyzers.DataFiles.Reading;

/// <summary>
/// Opens a data file read-only for streaming text. The encoding comes from the byte order mark (UTF-8, UTF-16 LE/BE,
/// UTF-32); without one the file is UTF-8, or Latin-1 when its first bytes are not valid UTF-8 (spreadsheet programs
/// still export "ANSI" CSV, and names like "José" must survive). Binary content is refused.
/// </summary>
internal static class TextFileOpener
{
    private const int SniffLength = 8192;
    private const int BufferSize = 65536;

    /// <summary>
    /// Opens <paramref name="path"/> without blocking anyone who writes, renames or deletes it meanwhile.
    /// Throws <see cref="DataFileFormatException"/> for binary content and the usual I/O exceptions otherwise.
    /// </summary>
    public static TextReader Open(string path)
    {
        var stream = new FileStream(
            path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, BufferSize, FileOptions.SequentialScan);
        try
        {
            var head = new byte[SniffLength];
            var count = ReadAtMost(stream, head);
            var encoding = Detect(head, count, stream.Length <= count, out var preambleLength);
            stream.Position = preambleLength;
            return new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, BufferSize);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Chooses the encoding of a file from its first bytes; <paramref name="isWholeFile"/> says nothing follows them.</summary>
    internal static Encoding Detect(byte[] head, int count, bool isWholeFile, out int preambleLength)
    {
        if (count >= 4 && head[0] == 0xFF && head[1] == 0xFE && head[2] == 0 && head[3] == 0)
        {
            preambleLength = 4;
            return new UTF32Encoding(bigEndian: false, byteOrderMark: false);
        }

        if (count >= 4 && head[0] == 0 && head[1] == 0 && head[2] == 0xFE && head[3] == 0xFF)
        {
            preambleLength = 4;
            return new UTF32Encoding(bigEndian: true, byteOrderMark: false);
        }

        if (count >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF)
        {
            preambleLength = 3;
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }

        if (count >= 2 && head[0] == 0xFF && head[1] == 0xFE)
        {
            preambleLength = 2;
            return new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
        }

        if (count >= 2 && head[0] == 0xFE && head[1] == 0xFF)
        {
            preambleLength = 2;
            return new UnicodeEncoding(bigEndian: true, byteOrderMark: false);
        }

        preambleLength = 0;
        if (LooksBinary(head, count))
        {
            throw new DataFileFormatException("it is not a text file (binary content)");
        }

        return IsValidUtf8(head, count, isWholeFile)
            ? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)
            : Encoding.GetEncoding(28591);
    }

    /// <summary>NUL bytes, or more than 2% control characters other than tab, newlines and form feed.</summary>
    private static bool LooksBinary(byte[] head, int count)
    {
        var controls = 0;
        for (var i = 0; i < count; i++)
        {
            var b = head[i];
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C)
            {
                controls++;
            }
        }

        return controls * 50 > count;
    }

    private static bool IsValidUtf8(byte[] bytes, int count, bool isWholeFile)
    {
        var i = 0;
        while (i < count)
        {
            var b = bytes[i];
            int continuation;
            if (b < 0x80)
            {
                i++;
                continue;
            }
            else if (b is >= 0xC2 and <= 0xDF)
            {
                continuation = 1;
            }
            else if (b is >= 0xE0 and <= 0xEF)
            {
                continuation = 2;
            }
            else if (b is >= 0xF0 and <= 0xF4)
            {
                continuation = 3;
            }
            else
            {
                return false;
            }

            if (i + continuation >= count)
            {
                // A sequence cut by the end of the sample is fine; cut by the end of the file it is not.
                return !isWholeFile;
            }

            for (var k = 1; k <= continuation; k++)
            {
                if ((bytes[i + k] & 0xC0) != 0x80)
                {
                    return false;
                }
            }

            i += continuation + 1;
        }

        return true;
    }

    private static int ReadAtMost(Stream stream, byte[] buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }
}
