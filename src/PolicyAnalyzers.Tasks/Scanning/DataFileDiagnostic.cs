using PolicyAnalyzers.Shared;

namespace PolicyAnalyzers.DataFiles.Scanning;

/// <summary>
/// A finding as reported: the file as MSBuild names it, the position and the message. What the task logs today and
/// what SARIF or baseline output will write later.
/// </summary>
internal sealed class DataFileDiagnostic
{
    public DataFileDiagnostic(string code, bool isError, string file, int line, int column, int recordCount, string message)
    {
        Code = code;
        IsError = isError;
        File = file;
        Line = line;
        Column = column;
        RecordCount = recordCount;
        Message = message;
    }

    public string Code { get; }

    public bool IsError { get; }

    public string File { get; }

    public int Line { get; }

    public int Column { get; }

    public int RecordCount { get; }

    public string Message { get; }

    public string HelpLink => DiagnosticIds.HelpLink(Code);
}
