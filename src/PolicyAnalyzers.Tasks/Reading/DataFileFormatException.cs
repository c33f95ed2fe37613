using System;

namespace PolicyAnalyzers.DataFiles.Reading;

/// <summary>
/// The file cannot be read as its format says (malformed JSON, an unterminated quote, binary content, too deep).
/// Becomes a PA1003 finding. Messages describe the problem and its position, never the file's content.
/// </summary>
#pragma warning disable CA1032 // Only the readers create it, always with a position.
#pragma warning disable CA1064 // Internal on purpose: it never leaves the scanner.
internal sealed class DataFileFormatException : Exception
#pragma warning restore CA1064
#pragma warning restore CA1032
{
    public DataFileFormatException(string reason, int line = 0, int column = 0)
        : base(reason)
    {
        Line = line;
        Column = column;
    }

    /// <summary>1-based line of the problem, or 0 when it concerns the whole file.</summary>
    public int Line { get; }

    public int Column { get; }
}
