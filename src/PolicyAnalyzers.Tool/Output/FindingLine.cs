using System.Globalization;
using PolicyAnalyzers.DataFiles;
using PolicyAnalyzers.DataFiles.Scanning;

namespace PolicyAnalyzers.Tool.Output;

/// <summary>
/// A finding as MSBuild prints one, so editors, CI log parsers and problem matchers that know MSBuild's format read
/// the tool's output too: <c>path(line,col): error PA1001: message</c>, or <c>path: warning PA1003: message</c> when
/// the finding concerns the whole file. The message holds counts, column and sheet names, never values.
/// </summary>
internal static class FindingLine
{
    public static string Format(LocatedFinding located, string advice)
    {
        var finding = located.Finding;
        var where = finding.Line > 0
            ? string.Format(CultureInfo.InvariantCulture, "({0},{1})", finding.Line, finding.Column > 0 ? finding.Column : 1)
            : string.Empty;
        var severity = finding.IsError ? "error" : "warning";
        return $"{located.DisplayPath}{where}: {severity} {finding.Code}: {finding.FormatMessage(located.DisplayPath, advice)}";
    }
}
