using System;
using System.Collections.Generic;
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
        var json = new JsonWriter().StartObject()
            .Property("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
            .Property("version", "2.1.0")
            .Name("runs").StartArray()
            .StartObject()
            .Name("tool").StartObject()
            .Name("driver").StartObject()
            .Property("name", "PolicyAnalyzers.DataFiles")
            .Property("informationUri", "https://github.com/PolicyAnalyzers/PolicyAnalyzers")
            .Property("version", toolVersion)
            .Name("rules").StartArray();
        foreach (var id in Rules)
        {
            json.StartObject(inline: true)
                .Property("id", id)
                .Name("shortDescription").StartObject().Property("text", Title(id)).End()
                .Property("helpUri", DiagnosticIds.HelpLink(id))
                .Name("defaultConfiguration").StartObject().Property("level", id == DiagnosticIds.NotScanned ? "warning" : "error").End()
                .End();
        }

        json.End().End().End();
        if (!string.IsNullOrEmpty(projectDirectory))
        {
            json.Name("originalUriBaseIds").StartObject(inline: true)
                .Name("PROJECTROOT").StartObject().Property("uri", DirectoryUri(projectDirectory!)).End()
                .End();
        }

        json.Name("results").StartArray();
        foreach (var result in _results)
        {
            WriteResult(json, result);
        }

        return json.End().End().End().End().ToString();
    }

    private static void WriteResult(JsonWriter json, Result result)
    {
        var finding = result.Finding;
        var relative = !System.IO.Path.IsPathRooted(result.RelativePath);
        json.StartObject()
            .Property("ruleId", finding.Code)
            .Property("ruleIndex", Array.IndexOf(Rules, finding.Code))
            .Property("level", finding.IsError ? "error" : "warning")
            .Name("message").StartObject(inline: true).Property("text", result.Message).End()
            .Name("locations").StartArray()
            .StartObject()
            .Name("physicalLocation").StartObject()
            .Name("artifactLocation").StartObject(inline: true)
            .Property("uri", relative ? EscapeUri(result.RelativePath) : FileUri(result.RelativePath));
        if (relative)
        {
            json.Property("uriBaseId", "PROJECTROOT");
        }

        json.End().Name("region").StartObject(inline: true).Property("startLine", Math.Max(1, finding.Line));
        if (finding.Column > 0)
        {
            json.Property("startColumn", finding.Column);
        }

        json.End().End();
        if (!finding.Position.IsNone)
        {
            var name = finding.Position.Cell.Length > 0 ? finding.Position.Cell : finding.Position.LogicalName;
            json.Name("logicalLocations").StartArray(inline: true).StartObject()
                .Property("name", name)
                .Property("fullyQualifiedName", finding.Position.LogicalName)
                .Property("kind", LogicalKind(finding.Position))
                .End().End();
        }

        json.End().End()
            .Name("partialFingerprints").StartObject(inline: true).Property("policyAnalyzersDataFile/v1", result.Fingerprint).End()
            .End();
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

    private sealed record Result(string RelativePath, DataFileFinding Finding, string Message, string Fingerprint);
}
