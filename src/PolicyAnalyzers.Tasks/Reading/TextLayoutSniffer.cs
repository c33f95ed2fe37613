namespace PolicyAnalyzers.DataFiles.Reading;

/// <summary>
/// Decides whether a .txt or .log file is a table in disguise: its first lines (at least two, at most ten) all have the
/// same number of tabs, '|' or ';' (or at least two commas). Tables are read as delimited files, with header and
/// value-based column recognition; anything else is read line by line.
/// </summary>
internal static class TextLayoutSniffer
{
    private const int LinesChecked = 10;
    private static readonly char[] Candidates = ['\t', '|', ';', ','];

    /// <summary>The delimiter of a table, or null for free text.</summary>
    public static char? DetectTableDelimiter(char[] buffer, int length, bool isWholeFile)
    {
        foreach (var delimiter in Candidates)
        {
            var lines = 0;
            var expected = -1;
            var count = 0;
            var inQuotes = false;
            var consistent = true;
            var lineHasText = false;
            for (var i = 0; i < length && lines < LinesChecked && consistent; i++)
            {
                var c = buffer[i];
                var lastChar = i == length - 1;
                if (c == '"')
                {
                    inQuotes = !inQuotes;
                }
                else if (c == delimiter && !inQuotes)
                {
                    count++;
                }

                if (c is not ('\n' or '\r'))
                {
                    lineHasText |= !char.IsWhiteSpace(c);
                    if (!(lastChar && isWholeFile))
                    {
                        continue;
                    }
                }

                if (inQuotes && !lastChar)
                {
                    continue; // a line break inside a quoted field
                }

                if (lineHasText)
                {
                    expected = expected < 0 ? count : expected;
                    consistent = count == expected;
                    lines++;
                }

                count = 0;
                lineHasText = false;
            }

            var minimum = delimiter == ',' ? 2 : 1;
            if (consistent && lines >= 2 && expected >= minimum)
            {
                return delimiter;
            }
        }

        return null;
    }
}
