using PolicyAnalyzers.Shared;

namespace PolicyAnalyzers.DataFiles.Scanning;

/// <summary>
/// A finding as reported: the file as MSBuild names it, the position and the message. What the task logs today and
/// what SARIF or baseline output will write later.
/// </summary>
internal sealed record DataFileDiagnostic(string Code, bool IsError, string File, int Line, int Column, int RecordCount, string Message)
{
    public string HelpLink => DiagnosticIds.HelpLink(Code);
}
