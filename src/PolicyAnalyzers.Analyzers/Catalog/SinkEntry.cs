using System.Collections.Immutable;
using PolicyAnalyzers.Flow;

namespace PolicyAnalyzers.Catalog
{
    /// <summary>One row of the sink catalog: methods of a type (and of the types derived from it).</summary>
    internal sealed class SinkEntry
    {
        public SinkEntry(string namespaceName, string typeName, string displayType, SinkKind kind, DataView view, ImmutableArray<string> methods, string? phrase = null, ImmutableArray<string> dataParameters = default)
        {
            Phrase = phrase;
            DataParameters = dataParameters.IsDefault ? ImmutableArray<string>.Empty : dataParameters;
            NamespaceName = namespaceName;
            TypeName = typeName;
            DisplayType = displayType;
            Kind = kind;
            View = view;
            Methods = methods;
        }

        public string NamespaceName { get; }

        public string TypeName { get; }

        /// <summary>The type as diagnostics name it: "ILogger" for the LoggerExtensions that users call as ILogger methods.</summary>
        public string DisplayType { get; }

        public SinkKind Kind { get; }

        public DataView View { get; }

        /// <summary>Method names; <see cref="SinkCatalog.AnyMethod"/> for all, <see cref="SinkCatalog.Constructor"/> for constructors.</summary>
        public ImmutableArray<string> Methods { get; }

        /// <summary>How messages name the sink when not by its kind's default ("the HTTP response '{0}'").</summary>
        public string? Phrase { get; }

        /// <summary>
        /// The parameters that carry data out, by name, when not all do: a mail's subject and body leave, its recipients
        /// are where it goes (a person's own address is how they receive their own data).
        /// </summary>
        public ImmutableArray<string> DataParameters { get; }
    }
}
