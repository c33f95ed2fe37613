using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PolicyAnalyzers.Policy;

/// <summary>
/// A project's own policy rows, read once per compilation: from policy files (AdditionalFiles named
/// <c>*.policy</c>; the package adds <c>PolicyAnalyzers.policy</c> beside the project), from the
/// <c>policy_analyzers.policy</c> key of a .globalconfig (or the MSBuild property <c>PolicyAnalyzersPolicy</c>),
/// and from the older single-purpose keys, which are rows written another way.
/// </summary>
internal sealed class ProjectPolicy
{
    public const string PolicyKey = "policy_analyzers.policy";
    public const string ExportSinksKey = "policy_analyzers.export_sinks";
    public const string SerializationSinksKey = "policy_analyzers.serialization_sinks";
    public const string LogSinksKey = "policy_analyzers.log_sinks";
    public const string DeclassifiersKey = "policy_analyzers.declassifiers";
    public const string ProtectedDataAttributesKey = "policy_analyzers.protected_data_attributes";

    public static readonly ProjectPolicy Empty = new(ImmutableArray<PolicyRow>.Empty, ImmutableArray<PolicyError>.Empty);

    private ProjectPolicy(ImmutableArray<PolicyRow> rows, ImmutableArray<PolicyError> errors)
    {
        Rows = rows;
        Errors = errors;
        foreach (var row in rows)
        {
            Protects |= row.Verb is PolicyVerb.Protect or PolicyVerb.Marker;
            HasIgnoreRows |= row.Verb == PolicyVerb.Ignore;
        }
    }

    public ImmutableArray<PolicyRow> Rows { get; }

    /// <summary>Lines that could not be read, reported as PA0008.</summary>
    public ImmutableArray<PolicyError> Errors { get; }

    /// <summary>True when a row protects a type or member, or names a marker attribute: data may be protected without any attribute in code.</summary>
    public bool Protects { get; }

    public bool HasIgnoreRows { get; }

    public static ProjectPolicy Read(AnalyzerOptions options, CancellationToken cancellationToken) =>
        Read(options.AnalyzerConfigOptionsProvider.GlobalOptions, options.AdditionalFiles, cancellationToken);

    public static ProjectPolicy Read(AnalyzerConfigOptions global, ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
    {
        var rows = ImmutableArray.CreateBuilder<PolicyRow>();
        var errors = ImmutableArray.CreateBuilder<PolicyError>();

        foreach (var file in files)
        {
            if (!file.Path.EndsWith(".policy", StringComparison.OrdinalIgnoreCase) || file.GetText(cancellationToken) is not { } text)
            {
                continue;
            }

            var lineErrors = new List<PolicyError>();
            rows.AddRange(PolicyRowParser.Parse(text.ToString(), Path.GetFileName(file.Path), lineErrors, file.Path));
            errors.AddRange(lineErrors);
        }

        AddLines(global, PolicyKey, "PolicyAnalyzersPolicy", line => line, rows, errors);
        AddLines(global, ExportSinksKey, "PolicyAnalyzersExportSinks", id => "export " + id, rows, errors);
        AddLines(global, SerializationSinksKey, "PolicyAnalyzersSerializationSinks", id => "serialize " + id, rows, errors);
        AddLines(global, LogSinksKey, "PolicyAnalyzersLogSinks", id => "log " + id, rows, errors);
        AddLines(global, DeclassifiersKey, "PolicyAnalyzersDeclassifiers", id => "declassify " + id, rows, errors);
        AddLines(global, ProtectedDataAttributesKey, "PolicyAnalyzersProtectedDataAttributes", name => "marker T:" + name, rows, errors);

        return rows.Count == 0 && errors.Count == 0 ? Empty : new ProjectPolicy(rows.ToImmutable(), errors.ToImmutable());
    }

    // Values are ';'-separated (documentation IDs contain commas); new lines separate them too, for readability.
    private static void AddLines(
        AnalyzerConfigOptions options, string key, string property, Func<string, string> toRow,
        ImmutableArray<PolicyRow>.Builder rows, ImmutableArray<PolicyError>.Builder errors)
    {
        foreach (var name in new[] { key, "build_property." + property })
        {
            if (!options.TryGetValue(name, out var raw) || string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            foreach (var entry in raw.Split(new[] { ';', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var line = entry.Trim();
                if (line.Length == 0)
                {
                    continue;
                }

                if (PolicyRowParser.ParseLine(toRow(line), name, out var error) is { } row)
                {
                    rows.Add(row);
                }
                else
                {
                    errors.Add(new PolicyError(name + ": " + error + ": " + line, Path: null, Line: 0));
                }
            }
        }
    }

}
