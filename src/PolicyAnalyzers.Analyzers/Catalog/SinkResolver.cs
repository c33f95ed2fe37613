using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PolicyAnalyzers.Configuration;
using PolicyAnalyzers.Flow;
using PolicyAnalyzers.Markers;

namespace PolicyAnalyzers.Catalog
{
    /// <summary>
    /// Answers "is this method a sink?" for one compilation: the catalog, [ExportSink] on user methods (in this or a
    /// referenced assembly) and [LoggerMessage] methods. Answers are cached per method.
    /// </summary>
    internal sealed class SinkResolver
    {
        private static readonly Dictionary<string, List<SinkEntry>> EntriesByMethod = IndexByMethod();

        private readonly ConcurrentDictionary<IMethodSymbol, SinkMatch?> _cache = new(SymbolEqualityComparer.Default);
        private readonly PolicyOptions _options;

        public SinkResolver(PolicyOptions options)
        {
            _options = options;
        }

        public SinkMatch? Resolve(IMethodSymbol method)
        {
            method = method.OriginalDefinition;
            if (_cache.TryGetValue(method, out var cached))
            {
                return cached;
            }

            return _cache.GetOrAdd(method, Compute(method));
        }

        /// <summary>True for StringBuilder, StringWriter, MemoryStream and collections: writing to them keeps data in memory.</summary>
        public static bool IsAccumulator(ITypeSymbol? type)
        {
            if (type is null)
            {
                return false;
            }

            foreach (var (ns, name) in PropagationCatalog.AccumulatorTypes)
            {
                if (SymbolNames.DerivesFrom(type, ns, name))
                {
                    return true;
                }
            }

            return ProtectionModel.IsCollection(type);
        }

        /// <summary>
        /// The sink as this call uses it: Console.Out and Console.Error write to the console log, not to a file, and a
        /// structured-logging template that destructures ("{@Applicant}") writes the object's properties, not its ToString.
        /// </summary>
        public static Sink AtCallSite(Sink sink, IOperation? instance, ImmutableArray<IArgumentOperation> arguments)
        {
            if (sink.Kind == SinkKind.Export &&
                instance is IPropertyReferenceOperation { Property: { Name: "Out" or "Error" } property } &&
                SymbolNames.Is(property.ContainingType, "System", "Console"))
            {
                return new Sink(SinkKind.Log, "Console." + property.Name, DataView.Text);
            }

            if (sink.Kind == SinkKind.Log && sink.View == DataView.Text)
            {
                foreach (var argument in arguments)
                {
                    if (argument.Value.ConstantValue is { HasValue: true, Value: string template } &&
                        template.IndexOf("{@", StringComparison.Ordinal) >= 0)
                    {
                        return new Sink(sink.Kind, sink.Name, DataView.SystemTextJson);
                    }
                }
            }

            return sink;
        }

        /// <summary>StringWriter and MemoryStream: TextWriter and Stream sinks that keep what is written in memory.</summary>
        public static bool IsInMemoryWriter(ITypeSymbol? type) =>
            type is not null &&
            (SymbolNames.DerivesFrom(type, "System.IO", "StringWriter") || SymbolNames.DerivesFrom(type, "System.IO", "MemoryStream"));

        private SinkMatch? Compute(IMethodSymbol method)
        {
            var user = ResolveUserSink(method) ?? ResolveConfiguredSink(method);
            if (user is not null)
            {
                return user;
            }

            if (!EntriesByMethod.TryGetValue(method.Name, out var byName))
            {
                byName = null;
            }

            for (var type = method.ContainingType; type is not null; type = type.BaseType)
            {
                if (Match(byName, method, type) is { } match)
                {
                    return match;
                }
            }

            // Implementations of a listed interface (CsvWriter implements CsvHelper's IWriter).
            if (method.ContainingType is { } containing && method.MethodKind != MethodKind.Constructor)
            {
                foreach (var implemented in containing.AllInterfaces)
                {
                    if (Match(byName, method, implemented) is { } match)
                    {
                        return match;
                    }
                }
            }

            return null;
        }

        private static SinkMatch? Match(List<SinkEntry>? byName, IMethodSymbol method, INamedTypeSymbol type)
        {
            var entry = byName is not null ? Find(byName, type) : null;
            if (entry is null &&
                method.MethodKind != MethodKind.Constructor &&
                EntriesByMethod.TryGetValue(SinkCatalog.AnyMethod, out var anyMethod))
            {
                entry = Find(anyMethod, type);
            }

            return entry is null
                ? null
                : new SinkMatch(new Sink(entry.Kind, DisplayName(entry, method), entry.View, entry.Phrase), DataParameterMask(entry, method));
        }

        private static bool[]? DataParameterMask(SinkEntry entry, IMethodSymbol method)
        {
            if (entry.DataParameters.IsEmpty)
            {
                return null;
            }

            var mask = new bool[method.Parameters.Length];
            for (var i = 0; i < mask.Length; i++)
            {
                mask[i] = entry.DataParameters.Contains(method.Parameters[i].Name);
            }

            return mask;
        }

        private static string DisplayName(SinkEntry entry, IMethodSymbol method) => method.MethodKind switch
        {
            MethodKind.Constructor => entry.DisplayType,
            MethodKind.PropertySet or MethodKind.PropertyGet => entry.DisplayType + "." + method.AssociatedSymbol?.Name,
            _ => entry.DisplayType + "." + method.Name,
        };

        private static SinkEntry? Find(List<SinkEntry> entries, INamedTypeSymbol type)
        {
            foreach (var entry in entries)
            {
                if (SymbolNames.Is(type, entry.NamespaceName, entry.TypeName))
                {
                    return entry;
                }
            }

            return null;
        }

        private static SinkMatch? ResolveUserSink(IMethodSymbol method)
        {
            var display = SymbolNames.Display(method);
            if (MarkerAttributes.Has(method, MarkerAttributes.ExportSink))
            {
                return new SinkMatch(new Sink(SinkKind.Export, display, DataView.Text));
            }

            bool[]? marked = null;
            for (var i = 0; i < method.Parameters.Length; i++)
            {
                if (MarkerAttributes.Has(method.Parameters[i], MarkerAttributes.ExportSink))
                {
                    marked ??= new bool[method.Parameters.Length];
                    marked[i] = true;
                }
            }

            if (marked is not null)
            {
                return new SinkMatch(new Sink(SinkKind.Export, display, DataView.Text), marked);
            }

            if (IsLoggerMessage(method))
            {
                // Every parameter is written to the log except the logger itself.
                var logged = new bool[method.Parameters.Length];
                for (var i = 0; i < logged.Length; i++)
                {
                    logged[i] = !SymbolNames.Is(method.Parameters[i].Type, "Microsoft.Extensions.Logging", "ILogger");
                }

                // A template that destructures ("{@Applicant}") writes the object's properties, not its ToString.
                var view = LoggerMessageTemplate(method)?.IndexOf("{@", StringComparison.Ordinal) >= 0 ? DataView.SystemTextJson : DataView.Text;
                return new SinkMatch(new Sink(SinkKind.Log, display, view), logged);
            }

            return null;
        }

        private SinkMatch? ResolveConfiguredSink(IMethodSymbol method)
        {
            if (ReferenceEquals(_options, PolicyOptions.Empty))
            {
                return null;
            }

            var display = SymbolNames.Display(method);
            if (PolicyOptions.Matches(_options.ExportSinks, method))
            {
                return new SinkMatch(new Sink(SinkKind.Export, display, DataView.Text));
            }

            if (PolicyOptions.Matches(_options.SerializationSinks, method))
            {
                return new SinkMatch(new Sink(SinkKind.Serialization, display, DataView.SystemTextJson));
            }

            return PolicyOptions.Matches(_options.LogSinks, method)
                ? new SinkMatch(new Sink(SinkKind.Log, display, DataView.Text))
                : null;
        }

        private static string? LoggerMessageTemplate(IMethodSymbol method)
        {
            foreach (var attribute in method.GetAttributes())
            {
                if (!SymbolNames.Is(attribute.AttributeClass, "Microsoft.Extensions.Logging", "LoggerMessageAttribute"))
                {
                    continue;
                }

                foreach (var argument in attribute.ConstructorArguments)
                {
                    if (argument.Value is string template)
                    {
                        return template;
                    }
                }

                foreach (var named in attribute.NamedArguments)
                {
                    if (named.Key == "Message" && named.Value.Value is string template)
                    {
                        return template;
                    }
                }
            }

            return null;
        }

        private static bool IsLoggerMessage(IMethodSymbol method)
        {
            foreach (var attribute in method.GetAttributes())
            {
                if (SymbolNames.Is(attribute.AttributeClass, "Microsoft.Extensions.Logging", "LoggerMessageAttribute"))
                {
                    return true;
                }
            }

            return false;
        }

        private static Dictionary<string, List<SinkEntry>> IndexByMethod()
        {
            var index = new Dictionary<string, List<SinkEntry>>();
            foreach (var entry in SinkCatalog.Entries)
            {
                foreach (var method in entry.Methods)
                {
                    if (!index.TryGetValue(method, out var list))
                    {
                        index[method] = list = new List<SinkEntry>();
                    }

                    list.Add(entry);
                }
            }

            return index;
        }
    }
}
