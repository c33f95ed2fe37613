using System.Collections.Generic;

namespace PolicyAnalyzers.DataFiles;

/// <summary>
/// What the scan of one file found, in a form that holds no personal data: a position, a record count and the names
/// of the columns involved. The message is built when reported, so the cache can store findings and the path shown
/// is the one MSBuild uses for the item now.
/// </summary>
internal sealed class DataFileFinding
{
    public DataFileFinding(
        string code, int line, int column, int recordCount, IReadOnlyList<string> columns, string columnWord, string reason)
    {
        Code = code;
        Line = line;
        Column = column;
        RecordCount = recordCount;
        Columns = columns;
        ColumnWord = columnWord;
        Reason = reason;
    }

    public string Code { get; }

    /// <summary>1-based line, or 0 when the finding concerns the whole file.</summary>
    public int Line { get; }

    public int Column { get; }

    /// <summary>Records about people (PA1001); 0 otherwise.</summary>
    public int RecordCount { get; }

    /// <summary>The columns or fields whose values identified people (PA1001).</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>"columns" or "fields".</summary>
    public string ColumnWord { get; }

    /// <summary>Why the file could not be scanned (PA1003); empty otherwise.</summary>
    public string Reason { get; }

    public bool IsError => Code == DiagnosticIds.PersonalData;

    public static DataFileFinding PersonalData(
        int line, int column, int recordCount, IReadOnlyList<string> columns, string columnWord) =>
        new(DiagnosticIds.PersonalData, line, column, recordCount, columns, columnWord, string.Empty);

    public static DataFileFinding NotScanned(string reason, int line = 0, int column = 0) =>
        new(DiagnosticIds.NotScanned, line, column, 0, [], string.Empty, reason);

    /// <summary>This finding reported against <paramref name="file"/>, named as MSBuild names it.</summary>
    public DataFileDiagnostic ToDiagnostic(string file) =>
        new(Code, IsError, file, Line, Column, RecordCount, FormatMessage(file));

    /// <summary>The message as users read it, naming the file as <paramref name="displayPath"/>.</summary>
    public string FormatMessage(string displayPath)
    {
        if (!IsError)
        {
            return $"{displayPath} could not be scanned for personal data: {Reason}";
        }

        string records = RecordCount == 1 ? "1 record" : $"{RecordCount} records";
        string columns = Columns.Count == 0 ? string.Empty : $" ({ColumnWord} {string.Join(", ", Columns)})";
        return $"{displayPath} holds {records} of personal data{columns}: first at line {Line}. "
            + "Remove it from what the project ships, or list it in PolicyAnalyzersExcludeDataFile if it describes no real person.";
    }
}
