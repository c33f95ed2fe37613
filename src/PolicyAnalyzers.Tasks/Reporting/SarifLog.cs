using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using PolicyAnalyzers.DataFiles.Baseline;
using PolicyAnalyzers.DataFiles.Scanning;
using PolicyAnalyzers.Shared;

namespace PolicyAnalyzers.DataFiles.Reporting;

/// <summary>
/// The findings of one scan as SARIF 2.1.0, for code-scanning services and IDE viewers: rule, level, message, the file
/// relative to the project (uriBaseId PROJECTROOT), the line, and for workbooks a logical location with the sheet and
/// cell. partialFingerprints carry <see cref="FindingFingerprint"/>, which keeps alerts from duplicating when lines move.
/// Findings accepted in the baseline are left out: code-scanning services ignore SARIF suppressions.
/// </summary>
internal sealed class SarifLog
{
    private static readonly string[] Rules = [DiagnosticIds.PersonalData, DiagnosticIds.ProtectedShape, DiagnosticIds.NotScanned];

    private readonly List<Result> _results = [];

    public void Add(string relativePath, DataFileFinding finding, string message, string fingerprint) =>
        _results.Add(new Result(relativePath, finding, message, fingerprint));

    /// <param name="projectDirectory">What relative URIs are relative to; written as originalUriBaseIds.</param>
    public string ToJson(string? projectDirectory, string toolVersion)
    {
        var json = new StringBuilder();
        json.Append("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n");
        json.Append("      \"tool\": {\n        \"driver\": {\n          \"name\": \"PolicyAnalyzers.DataFiles\",\n");
        json.Append("          \"informationUri\": \"https://github.com/PolicyAnalyzers/PolicyAnalyzers\",\n");
        json.Append("          \"version\": ").Append(JsonText.Quote(toolVersion)).Append(",\n");
        json.Append("          \"rules\": [\n");
        for (var i = 0; i < Rules.Length; i++)
        {
            var id = Rules[i];
            json.Append("            { \"id\": ").Append(JsonText.Quote(id))
                .Append(", \"shortDescription\": { \"text\": ").Append(JsonText.Quote(Title(id))).Append(" }")
                .Append(", \"helpUri\": ").Append(JsonText.Quote(DiagnosticIds.HelpLink(id)))
                .Append(", \"defaultConfiguration\": { \"level\": ")
                .Append(JsonText.Quote(id == DiagnosticIds.NotScanned ? "warning" : "error")).Append(" } }")
                .Append(i + 1 < Rules.Length ? ",\n" : "\n");
        }

        json.Append("          ]\n        }\n      },\n");
        if (!string.IsNullOrEmpty(projectDirectory))
        {
            json.Append("      \"originalUriBaseIds\": { \"PROJECTROOT\": { \"uri\": ")
                .Append(JsonText.Quote(DirectoryUri(projectDirectory!))).Append(" } },\n");
        }

        json.Append("      \"results\": [");
        for (var i = 0; i < _results.Count; i++)
        {
            json.Append(i == 0 ? "\n" : ",\n");
            AppendResult(json, _results[i]);
        }

        json.Append(_results.Count == 0 ? "]\n" : "\n      ]\n");
        json.Append("    }\n  ]\n}\n");
        return json.ToString();
    }

    private static void AppendResult(StringBuilder json, Result result)
    {
        var finding = result.Finding;
        var relative = !System.IO.Path.IsPathRooted(result.RelativePath);
        json.Append("        {\n");
        json.Append("          \"ruleId\": ").Append(JsonText.Quote(finding.Code)).Append(",\n");
        json.Append("          \"ruleIndex\": ").Append(Array.IndexOf(Rules, finding.Code).ToString(CultureInfo.InvariantCulture)).Append(",\n");
        json.Append("          \"level\": ").Append(JsonText.Quote(finding.IsError ? "error" : "warning")).Append(",\n");
        json.Append("          \"message\": { \"text\": ").Append(JsonText.Quote(result.Message)).Append(" },\n");
        json.Append("          \"locations\": [\n            {\n              \"physicalLocation\": {\n");
        var uri = relative ? EscapeUri(result.RelativePath) : FileUri(result.RelativePath);
        json.Append("                \"artifactLocation\": { \"uri\": ").Append(JsonText.Quote(uri));
        if (relative)
        {
            json.Append(", \"uriBaseId\": \"PROJECTROOT\"");
        }

        json.Append(" }");
        var line = Math.Max(1, finding.Line);
        json.Append(",\n                \"region\": { \"startLine\": ").Append(line.ToString(CultureInfo.InvariantCulture));
        if (finding.Column > 0)
        {
            json.Append(", \"startColumn\": ").Append(finding.Column.ToString(CultureInfo.InvariantCulture));
        }

        json.Append(" }\n              }");
        if (!finding.Position.IsNone)
        {
            var name = finding.Position.Cell.Length > 0 ? finding.Position.Cell : finding.Position.LogicalName;
            json.Append(",\n              \"logicalLocations\": [ { \"name\": ").Append(JsonText.Quote(name))
                .Append(", \"fullyQualifiedName\": ").Append(JsonText.Quote(finding.Position.LogicalName))
                .Append(", \"kind\": ").Append(JsonText.Quote(LogicalKind(finding.Position)))
                .Append(" } ]");
        }

        json.Append("\n            }\n          ],\n");
        json.Append("          \"partialFingerprints\": { \"policyAnalyzersDataFile/v1\": ").Append(JsonText.Quote(result.Fingerprint)).Append(" }\n");
        json.Append("        }");
    }

    private static string LogicalKind(TablePosition position) => position.PartKind switch
    {
        "sheet" => "sheet cell",
        "pivot cache of sheet" => "pivot cache record",
        _ => "document part",
    };

    private static string EscapeUri(string relativePath)
    {
        var parts = relativePath.Replace('\\', '/').Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = Uri.EscapeDataString(parts[i]);
        }

        return string.Join("/", parts);
    }

    private static string Title(string id) => id switch
    {
        DiagnosticIds.PersonalData => "A bundled data file holds personal data",
        DiagnosticIds.ProtectedShape => "A bundled data file holds records shaped like a [ProtectedData] type",
        _ => "A bundled data file could not be scanned",
    };

    private static string FileUri(string fullPath) => new Uri(fullPath).AbsoluteUri;

    private static string DirectoryUri(string directory)
    {
        var uri = new Uri(System.IO.Path.GetFullPath(directory)).AbsoluteUri;
        return uri.EndsWith("/", StringComparison.Ordinal) ? uri : uri + "/";
    }

    private sealed class Result
    {
        public Result(string relativePath, DataFileFinding finding, string message, string fingerprint)
        {
            RelativePath = relativePath;
            Finding = finding;
            Message = message;
            Fingerprint = fingerprint;
        }

        public string RelativePath { get; }

        public DataFileFinding Finding { get; }

        public string Message { get; }

        public string Fingerprint { get; }
    }
}
