using System.Collections.Immutable;

namespace PolicyAnalyzers.Catalog
{
    /// <summary>
    /// APIs that change what a value carries: aggregates that remove protection, LINQ operators whose result is what
    /// their selector returns, and in-memory builders that take on what is written into them.
    /// </summary>
    internal static class PropagationCatalog
    {
        /// <summary>Results that summarise many values into a number or a truth: statistics, not records.</summary>
        public static readonly ImmutableHashSet<string> AggregateMethods = ImmutableHashSet.Create(
            "Count", "LongCount", "Any", "All", "Contains", "Sum", "Average", "SequenceEqual",
            "ContainsKey", "ContainsValue", "Exists", "TrueForAll",
            "IndexOf", "LastIndexOf", "Compare", "CompareTo", "CompareOrdinal", "GetHashCode");

        /// <summary>Properties that measure a value rather than reveal it.</summary>
        public static readonly ImmutableHashSet<string> AggregateProperties = ImmutableHashSet.Create(
            "Count", "Length", "LongLength");

        /// <summary>LINQ operators whose result holds what their selectors return, not the source elements.</summary>
        public static readonly ImmutableHashSet<string> ProjectionMethods = ImmutableHashSet.Create(
            "Select", "SelectMany", "Zip", "Join", "GroupJoin", "ToDictionary", "ToLookup", "GroupBy", "CountBy", "AggregateBy",
            "ToImmutableDictionary", "ToFrozenDictionary");

        /// <summary>Selector parameters whose result becomes the keys of the produced dictionary or grouping.</summary>
        public static readonly ImmutableHashSet<string> KeySelectorParameters = ImmutableHashSet.Create(
            "keySelector");

        /// <summary>Selector parameters that only match or order elements; what they return is not kept.</summary>
        public static readonly ImmutableHashSet<string> MatchingSelectorParameters = ImmutableHashSet.Create(
            "outerKeySelector", "innerKeySelector", "predicate", "comparer");

        /// <summary>In-memory types whose writes accumulate into the instance rather than leave the application.</summary>
        public static readonly ImmutableArray<(string Namespace, string Type)> AccumulatorTypes = ImmutableArray.Create(
            ("System.Text", "StringBuilder"),
            ("System.IO", "StringWriter"),
            ("System.IO", "MemoryStream"));

        /// <summary>Methods that put their arguments into the receiver, on accumulators and collections.</summary>
        public static readonly ImmutableHashSet<string> AccumulatingMethods = ImmutableHashSet.Create(
            "Add", "AddRange", "AddOrUpdate", "TryAdd", "Insert", "InsertRange", "Push", "Enqueue", "Append",
            "AppendLine", "AppendFormat", "AppendJoin", "Write", "WriteLine", "WriteAsync", "WriteLineAsync",
            "WriteByte", "Replace", "Set", "SetValue", "UnionWith");

        /// <summary>Methods of the minimal API whose Delegate argument is an HTTP endpoint.</summary>
        public static readonly ImmutableHashSet<string> EndpointMappingMethods = ImmutableHashSet.Create(
            "Map", "MapGet", "MapPost", "MapPut", "MapDelete", "MapPatch", "MapMethods", "MapFallback");
    }
}
