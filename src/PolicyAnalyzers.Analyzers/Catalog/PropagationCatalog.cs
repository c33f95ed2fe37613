using System;
using System.Collections.Generic;
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
        public static readonly HashSet<string> AggregateMethods = Set(
            "Count", "LongCount", "Any", "All", "Contains", "Sum", "Average", "SequenceEqual",
            "ContainsKey", "ContainsValue", "Exists", "TrueForAll",
            "IndexOf", "LastIndexOf", "Compare", "CompareTo", "CompareOrdinal", "GetHashCode");

        /// <summary>Properties that measure a value rather than reveal it.</summary>
        public static readonly HashSet<string> AggregateProperties = Set(
            "Count", "Length", "LongLength");

        /// <summary>LINQ operators whose result holds what their selectors return, not the source elements.</summary>
        public static readonly HashSet<string> ProjectionMethods = Set(
            "Select", "SelectMany", "Zip", "Join", "GroupJoin", "ToDictionary", "ToLookup", "GroupBy", "CountBy", "AggregateBy",
            "ToImmutableDictionary", "ToFrozenDictionary");

        /// <summary>Selector parameters whose result becomes the keys of the produced dictionary or grouping.</summary>
        public static readonly HashSet<string> KeySelectorParameters = Set(
            "keySelector");

        /// <summary>Selector parameters that only match or order elements; what they return is not kept.</summary>
        public static readonly HashSet<string> MatchingSelectorParameters = Set(
            "outerKeySelector", "innerKeySelector", "predicate", "comparer");

        /// <summary>In-memory types whose writes accumulate into the instance rather than leave the application.</summary>
        public static readonly ImmutableArray<(string Namespace, string Type)> AccumulatorTypes = ImmutableArray.Create(
            ("System.Text", "StringBuilder"),
            ("System.IO", "StringWriter"),
            ("System.IO", "MemoryStream"));

        /// <summary>Methods that put their arguments into the receiver, on accumulators and collections.</summary>
        public static readonly HashSet<string> AccumulatingMethods = Set(
            "Add", "AddRange", "AddOrUpdate", "TryAdd", "Insert", "InsertRange", "Push", "Enqueue", "Append",
            "AppendLine", "AppendFormat", "AppendJoin", "Write", "WriteLine", "WriteAsync", "WriteLineAsync",
            "WriteByte", "Replace", "Set", "SetValue", "UnionWith");

        /// <summary>Methods of the minimal API whose Delegate argument is an HTTP endpoint.</summary>
        public static readonly HashSet<string> EndpointMappingMethods = Set(
            "Map", "MapGet", "MapPost", "MapPut", "MapDelete", "MapPatch", "MapMethods", "MapFallback");
    
        // Read-only after initialisation; a HashSet looks names up faster than an ImmutableHashSet on this hot path.
        private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);
    }
}
