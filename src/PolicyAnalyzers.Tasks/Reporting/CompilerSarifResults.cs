using System;
using System.Collections.Generic;
using System.IO;
using PolicyAnalyzers.DataFiles.Reading;

namespace PolicyAnalyzers.DataFiles.Reporting;

/// <summary>
/// Reads the results of some rules from the SARIF log the compiler writes (/errorlog), streaming with the same tokenizer
/// as the data-file scan: rule, message, file and line of each result, and the diagnostic's properties (the compiler
/// writes them as <c>properties.customProperties</c>).
/// </summary>
internal static class CompilerSarifResults
{
    public sealed record Result(string RuleId, string Message, string? Uri, int Line, IReadOnlyDictionary<string, string> Properties)
    {
        public string? Property(string name) => Properties.TryGetValue(name, out var value) ? value : null;
    }

    public static List<Result> Read(TextReader reader, params string[] ruleIds)
    {
        var results = new List<Result>();
        var tokenizer = new JsonTokenizer(reader);

        // Property names of the containers open around the current token, e.g. runs / results / message.
        var path = new List<string>();
        string? name = null;
        string? rule = null, message = null, uri = null;
        var line = 0;
        var resultDepth = -1;
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);

        while (tokenizer.Read())
        {
            switch (tokenizer.Kind)
            {
                case JsonTokenKind.PropertyName:
                    name = new string(tokenizer.ValueBuffer, 0, tokenizer.ValueLength);
                    break;

                case JsonTokenKind.StartObject:
                case JsonTokenKind.StartArray:
                    path.Add(name ?? string.Empty);
                    if (tokenizer.Kind == JsonTokenKind.StartObject && resultDepth < 0 && IsResult(path))
                    {
                        resultDepth = path.Count;
                        rule = message = uri = null;
                        line = 0;
                        properties = new Dictionary<string, string>(StringComparer.Ordinal);
                    }

                    name = null;
                    break;

                case JsonTokenKind.EndObject:
                case JsonTokenKind.EndArray:
                    if (path.Count == resultDepth)
                    {
                        if (rule is not null && Array.IndexOf(ruleIds, rule) >= 0 && message is not null)
                        {
                            results.Add(new Result(rule, message, uri, line, properties));
                        }

                        resultDepth = -1;
                    }

                    path.RemoveAt(path.Count - 1);
                    name = null;
                    break;

                default:
                    if (resultDepth >= 0)
                    {
                        var value = new string(tokenizer.ValueBuffer, 0, tokenizer.ValueLength);
                        var parent = path[path.Count - 1];
                        if (name == "ruleId" && path.Count == resultDepth)
                        {
                            rule = value;
                        }
                        else if (name == "text" && parent == "message" && path.Count == resultDepth + 1)
                        {
                            message = value;
                        }
                        else if (name == "uri" && parent == "artifactLocation" && uri is null)
                        {
                            uri = value;
                        }
                        else if (name == "startLine" && parent == "region" && line == 0 && int.TryParse(value, out var parsed))
                        {
                            line = parsed;
                        }
                        else if (name is not null && parent == "customProperties" && path.Count == resultDepth + 2)
                        {
                            properties[name] = value;
                        }
                    }

                    name = null;
                    break;
            }
        }

        return results;
    }

    // runs[] / results[] / { ... }: path is "", "runs", "" (array element), "results", "" (the result object).
    private static bool IsResult(List<string> path) =>
        path.Count == 5 && path[1] == "runs" && path[3] == "results";

    /// <summary>A file URI of the SARIF log as a path relative to the project, for people to read.</summary>
    public static string DisplayPath(string? uri, string? projectDirectory)
    {
        if (string.IsNullOrEmpty(uri))
        {
            return "(no file)";
        }

        var path = Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && absolute.IsFile ? absolute.LocalPath : uri!;
        if (!string.IsNullOrEmpty(projectDirectory))
        {
            var root = Path.GetFullPath(projectDirectory!).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            if (path.StartsWith(root, StringComparison.Ordinal))
            {
                path = path.Substring(root.Length);
            }
        }

        return path.Replace('\\', '/');
    }
}
