using System;
using System.IO;

namespace PolicyAnalyzers.DataFiles.Reading;

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
        using (var sniff = open())
        {
            var buffer = new char[SniffChars];
            var length = ReadAtMost(sniff, buffer);
            delimiter = TextLayoutSniffer.DetectTableDelimiter(buffer, length, isWholeFile: length < buffer.Length);
            if (delimiter is { } found && FirstLineIsKeyValuePairs(buffer, length, found))
            {
                delimiter = null; // "Name: Maria Lopez, DOB: 14/03/1985" lines are records of pairs, not a table
            }
        }

        var text = open();
        return delimiter is { } d ? new CsvRecordReader(text, d) : new TextLineRecordReader(text);
    }

    /// <summary>Whether two or more fields of the first line are "key: value" (a header row holds names, not pairs).</summary>
    internal static bool FirstLineIsKeyValuePairs(char[] buffer, int length, char delimiter)
    {
        var start = 0;
        while (start < length && buffer[start] is '\n' or '\r' or ' ')
        {
            start++;
        }

        var pairs = 0;
        var fieldStart = start;
        for (var i = start; i <= length; i++)
        {
            var end = i == length || buffer[i] is '\n' or '\r';
            if (end || buffer[i] == delimiter)
            {
                pairs += IsKeyValue(buffer, fieldStart, i) ? 1 : 0;
                fieldStart = i + 1;
            }

            if (end)
            {
                break;
            }
        }

        return pairs >= 2;
    }

    /// <summary>"Date of birth: 14/03/1985": a short key of letters, a colon, a space and a value.</summary>
    private static bool IsKeyValue(char[] buffer, int start, int end)
    {
        var i = start;
        while (i < end && buffer[i] == ' ')
        {
            i++;
        }

        var keyStart = i;
        while (i < end && (char.IsLetter(buffer[i]) || buffer[i] is ' ' or '-' or '_' or '.'))
        {
            i++;
        }

        return i - keyStart is >= 2 and <= 40 && char.IsLetter(buffer[keyStart])
            && i + 2 < end && buffer[i] == ':' && buffer[i + 1] == ' ' && buffer[i + 2] != ' ';
    }

    private static int ReadAtMost(TextReader reader, char[] buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = reader.Read(buffer, total, buffer.Length - total);
            if (read <= 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }
}
