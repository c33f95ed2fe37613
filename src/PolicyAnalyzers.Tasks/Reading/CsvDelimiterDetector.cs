namespace PolicyAnalyzers.DataFiles.Reading;

/// <summary>
/// Picks a delimited file's separator from its first line: the one of <c>, ; tab |</c> seen most often outside quotes.
/// European spreadsheet exports use ';', database dumps tabs or '|'.
/// </summary>
internal static class CsvDelimiterDetector
{
    private static readonly char[] Candidates = [',', ';', '\t', '|'];

    /// <param name="buffer">The start of the file.</param>
    /// <param name="length">How many characters of <paramref name="buffer"/> are filled.</param>
    /// <param name="preferred">Wins ties and is the answer when the line has no candidate at all (tab for .tsv).</param>
    public static char Detect(char[] buffer, int length, char preferred)
    {
        var counts = new int[Candidates.Length];
        var inQuotes = false;
        var sawText = false;
        for (var i = 0; i < length; i++)
        {
            var c = buffer[i];
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && (c == '\n' || c == '\r'))
            {
                if (sawText)
                {
                    break;
                }

                continue; // leading blank lines
            }
            else if (!inQuotes)
            {
                var index = System.Array.IndexOf(Candidates, c);
                if (index >= 0)
                {
                    counts[index]++;
                }
            }

            sawText = true;
        }

        var best = preferred;
        var bestCount = 0;
        var preferredIndex = System.Array.IndexOf(Candidates, preferred);
        if (preferredIndex >= 0)
        {
            bestCount = counts[preferredIndex];
        }

        for (var i = 0; i < Candidates.Length; i++)
        {
            if (counts[i] > bestCount)
            {
                best = Candidates[i];
                bestCount = counts[i];
            }
        }

        return best;
    }
}
