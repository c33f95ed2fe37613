using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PolicyAnalyzers.Markers;

namespace PolicyAnalyzers.Configuration
{
    /// <summary>
    /// What users add without writing code, read once per compilation from a .globalconfig (or an .editorconfig with
    /// <c>is_global = true</c>) or from the MSBuild properties that the package makes visible to the compiler.
    /// </summary>
    internal sealed class PolicyOptions
    {
        public const string ExportSinksKey = "policy_analyzers.export_sinks";
        public const string SerializationSinksKey = "policy_analyzers.serialization_sinks";
        public const string LogSinksKey = "policy_analyzers.log_sinks";
        public const string DeclassifiersKey = "policy_analyzers.declassifiers";
        public const string ProtectedDataAttributesKey = "policy_analyzers.protected_data_attributes";

        public static readonly PolicyOptions Empty = new(
            ImmutableArray<MethodPattern>.Empty, ImmutableArray<MethodPattern>.Empty, ImmutableArray<MethodPattern>.Empty,
            ImmutableArray<MethodPattern>.Empty, ImmutableHashSet<string>.Empty);

        private PolicyOptions(
            ImmutableArray<MethodPattern> exportSinks, ImmutableArray<MethodPattern> serializationSinks, ImmutableArray<MethodPattern> logSinks,
            ImmutableArray<MethodPattern> declassifiers, ImmutableHashSet<string> protectedDataAttributes)
        {
            ExportSinks = exportSinks;
            SerializationSinks = serializationSinks;
            LogSinks = logSinks;
            Declassifiers = declassifiers;
            ProtectedDataAttributes = protectedDataAttributes;
        }

        public ImmutableArray<MethodPattern> ExportSinks { get; }

        public ImmutableArray<MethodPattern> SerializationSinks { get; }

        public ImmutableArray<MethodPattern> LogSinks { get; }

        public ImmutableArray<MethodPattern> Declassifiers { get; }

        /// <summary>Full names of extra attributes that mark data as protected, e.g. <c>Company.Privacy.SensitiveAttribute</c>.</summary>
        public ImmutableHashSet<string> ProtectedDataAttributes { get; }

        public static PolicyOptions Read(AnalyzerConfigOptions options)
        {
            var exportSinks = Methods(options, ExportSinksKey, "PolicyAnalyzersExportSinks");
            var serializationSinks = Methods(options, SerializationSinksKey, "PolicyAnalyzersSerializationSinks");
            var logSinks = Methods(options, LogSinksKey, "PolicyAnalyzersLogSinks");
            var declassifiers = Methods(options, DeclassifiersKey, "PolicyAnalyzersDeclassifiers");
            var attributes = ImmutableHashSet.CreateRange(StringComparer.Ordinal, Values(options, ProtectedDataAttributesKey, "PolicyAnalyzersProtectedDataAttributes"));
            if (exportSinks.IsEmpty && serializationSinks.IsEmpty && logSinks.IsEmpty && declassifiers.IsEmpty && attributes.IsEmpty)
            {
                return Empty;
            }

            return new PolicyOptions(exportSinks, serializationSinks, logSinks, declassifiers, attributes);
        }

        public bool IsConfiguredMarker(INamedTypeSymbol attribute) =>
            !ProtectedDataAttributes.IsEmpty &&
            ProtectedDataAttributes.Contains(attribute.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat));

        public static bool Matches(ImmutableArray<MethodPattern> patterns, IMethodSymbol method)
        {
            foreach (var pattern in patterns)
            {
                if (pattern.Matches(method))
                {
                    return true;
                }
            }

            return false;
        }

        private static ImmutableArray<MethodPattern> Methods(AnalyzerConfigOptions options, string key, string property)
        {
            var builder = ImmutableArray.CreateBuilder<MethodPattern>();
            foreach (var value in Values(options, key, property))
            {
                if (MethodPattern.Parse(value) is { } pattern)
                {
                    builder.Add(pattern);
                }
            }

            return builder.ToImmutable();
        }

        private static ImmutableArray<string> Values(AnalyzerConfigOptions options, string key, string property)
        {
            var builder = ImmutableArray.CreateBuilder<string>();
            foreach (var name in new[] { key, "build_property." + property })
            {
                if (!options.TryGetValue(name, out var raw) || string.IsNullOrWhiteSpace(raw))
                {
                    continue;
                }

                // ';' separates entries (documentation IDs contain commas); new lines too, for readability.
                foreach (var entry in raw.Split(new[] { ';', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries))
                {
                    var trimmed = entry.Trim();
                    if (trimmed.Length > 0)
                    {
                        builder.Add(trimmed);
                    }
                }
            }

            return builder.ToImmutable();
        }
    }
}
