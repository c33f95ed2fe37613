using System.Collections.Generic;
using PolicyAnalyzers.Shared;

namespace PolicyAnalyzers.DataFiles.Scanning;

/// <summary>
/// What the scan of one file found, in a form that holds no personal data: a position, a record count, the names of
/// the columns involved and, inside a workbook, the sheet and cell. The message is built when reported, so the cache
/// can store findings and the path shown is the one MSBuild uses for the item now.
/// </summary>
internal sealed class DataFileFinding
{
    public DataFileFinding(
        string code,
        int line,
        int column,
        int recordCount,
        IReadOnlyList<string> columns,
        string columnWord,
        string reason,
        TablePosition? position = null,
        string typeName = "")
    {
        Code = code;
        Line = line;
        Column = column;
        RecordCount = recordCount;
        Columns = columns;
        ColumnWord = columnWord;
        Reason = reason;
        Position = position ?? TablePosition.None;
        TypeName = typeName;
    }

    public string Code { get; }

    /// <summary>1-based line, or 0 when the finding concerns the whole file; 1 for spreadsheets.</summary>
    public int Line { get; }

    public int Column { get; }

    /// <summary>Records about people (PA1001) or shaped like a protected type (PA1002); 0 otherwise.</summary>
    public int RecordCount { get; }

    /// <summary>The columns or fields whose values identified people (PA1001) or matched a protected type (PA1002).</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>"columns" or "fields".</summary>
    public string ColumnWord { get; }

    /// <summary>Why the file could not be scanned (PA1003); empty otherwise.</summary>
    public string Reason { get; }

    /// <summary>Where inside the file (sheet and cell of a workbook); <see cref="TablePosition.None"/> for text formats.</summary>
    public TablePosition Position { get; }

    /// <summary>The [ProtectedData] type the records are shaped like (always for PA1002, sometimes for PA1001).</summary>
    public string TypeName { get; }

    public bool IsError => Code is DiagnosticIds.PersonalData or DiagnosticIds.ProtectedShape;

    public static DataFileFinding PersonalData(
        int line, int column, int recordCount, IReadOnlyList<string> columns, string columnWord,
        TablePosition? position = null, string typeName = "") =>
        new(DiagnosticIds.PersonalData, line, column, recordCount, columns, columnWord, string.Empty, position, typeName);

    public static DataFileFinding ProtectedShape(
        int line, int column, int recordCount, IReadOnlyList<string> columns, string columnWord, string typeName,
        TablePosition? position = null) =>
        new(DiagnosticIds.ProtectedShape, line, column, recordCount, columns, columnWord, string.Empty, position, typeName);

    public static DataFileFinding NotScanned(string reason, int line = 0, int column = 0, TablePosition? position = null) =>
        new(DiagnosticIds.NotScanned, line, column, 0, [], string.Empty, reason, position);

    /// <summary>This finding reported against <paramref name="file"/>, named as MSBuild names it.</summary>
    public DataFileDiagnostic ToDiagnostic(string file) =>
        new(Code, IsError, file, Line, Column, RecordCount, FormatMessage(file));

    /// <summary>What the MSBuild task's users can do about a finding.</summary>
    public const string MsBuildAdvice =
        "Remove it from what the project ships, or list it in PolicyAnalyzersExcludeDataFile if it describes no real person.";

    /// <summary>The message as users read it, naming the file as <paramref name="displayPath"/>.</summary>
    /// <param name="advice">The closing sentence: what to do about it, in the words of the front end that reports it.</param>
    public string FormatMessage(string displayPath, string advice = MsBuildAdvice)
    {
        var where = Position.IsNone ? string.Empty : $" in {Position.Describe()}";
        if (Code == DiagnosticIds.NotScanned)
        {
            return $"{displayPath} could not be scanned for personal data{where}: {Reason}";
        }

        var records = RecordCount == 1 ? "1 record" : $"{RecordCount} records";
        var columns = Columns.Count == 0 ? string.Empty : $" ({ColumnWord} {string.Join(", ", Columns)})";
        var first = Position.IsNone ? $"line {Line}" : Position.Describe();
        var hidden = Position.IsHidden ? " Hidden sheets, rows and columns ship with the workbook all the same." : string.Empty;
        if (Code == DiagnosticIds.ProtectedShape)
        {
            return $"{displayPath} holds {records} shaped like {TypeName}{columns}, a [ProtectedData] type of the project: "
                + $"first at {first}.{hidden} {advice}";
        }

        var shaped = TypeName.Length == 0 ? string.Empty : $", shaped like the [ProtectedData] type {TypeName}";
        return $"{displayPath} holds {records} of personal data{columns}{shaped}: first at {first}.{hidden} {advice}";
    }
}
