using System;
using System.IO;

namespace PolicyAnalyzers.DataFiles;

/// <summary>
/// Reads plain text (a .txt or .log file, a Word document's paragraphs, a PDF's text) as a table when its first lines
/// are delimited alike, otherwise line by line.
/// </summary>
internal static class PlainTextTable
{
    private const int SniffChars = 16384;

    /// <param name="open">Opens the text; called twice (to look at its start, then to read it).</param>
    public static IRecordReader Open(Func<TextReader> open)
    {
        char? delimiter;
        using (TextReader sniff = open())
        {
            var buffer = new char[SniffChars];
            int length = ReadAtMost(sniff, buffer);
            delimiter = TextLayoutSniffer.DetectTableDelimiter(buffer, length, isWholeFile: length < buffer.Length);
        }

        TextReader text = open();
        return delimiter is { } d ? new CsvRecordReader(text, d) : new TextLineRecordReader(text);
    }

    private static int ReadAtMost(TextReader reader, char[] buffer)
    {
        int total = 0;
        while (total < buffer.Length)
        {
            int read = reader.Read(buffer, total, buffer.Length - total);
            if (read <= 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }
}
