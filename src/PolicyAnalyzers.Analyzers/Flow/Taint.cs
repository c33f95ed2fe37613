namespace PolicyAnalyzers.Flow
{
    /// <summary>
    /// What the analysis knows about one value: whether it carries protected data (and from where), and which
    /// parameters of the method under analysis it depends on (for method summaries). A second component follows the
    /// keys of dictionaries and groupings, so counts per group stay apart from the group labels.
    /// </summary>
    internal readonly struct Taint
    {
        /// <summary>Bit that stands for the receiver (<c>this</c>) of the method under analysis.</summary>
        public const int ThisBit = 63;

        /// <summary>Bit shared by parameters past the 62nd: rare enough to merge.</summary>
        public const int OverflowParameterBit = 62;

        public static readonly Taint None = default;

        public Taint(ProtectedSource? source, ulong parameters, ProtectedSource? keySource = null, ulong keyParameters = 0)
        {
            Source = source;
            Parameters = parameters;
            KeySource = keySource;
            KeyParameters = keyParameters;
        }

        /// <summary>Protected data the value carries, if any.</summary>
        public ProtectedSource? Source { get; }

        /// <summary>Parameters of the analysed method the value depends on, as bits.</summary>
        public ulong Parameters { get; }

        /// <summary>Protected data in the keys of a dictionary or grouping.</summary>
        public ProtectedSource? KeySource { get; }

        public ulong KeyParameters { get; }

        public bool IsNone => Source is null && Parameters == 0 && KeySource is null && KeyParameters == 0;

        /// <summary>The protected data a sink receiving this value would see, values or keys.</summary>
        public ProtectedSource? AnySource => Source ?? KeySource;

        public ulong AnyParameters => Parameters | KeyParameters;

        public static Taint FromSource(ProtectedSource? source) => source is null ? None : new Taint(source, 0);

        public static Taint FromParameter(int bit) => new Taint(null, 1UL << bit);

        public static int ParameterBit(int ordinal) => ordinal < OverflowParameterBit ? ordinal : OverflowParameterBit;

        public Taint Union(in Taint other)
        {
            if (other.IsNone)
            {
                return this;
            }

            if (IsNone)
            {
                return other;
            }

            return new Taint(
                Prefer(Source, other.Source),
                Parameters | other.Parameters,
                Prefer(KeySource, other.KeySource),
                KeyParameters | other.KeyParameters);
        }

        /// <summary>Keys and values as one value: what an element, a member or a formatted string of this value carries.</summary>
        public Taint Flatten() =>
            KeySource is null && KeyParameters == 0 ? this : new Taint(Prefer(Source, KeySource), Parameters | KeyParameters);

        /// <summary>The keys, as the value of their own (<c>grouping.Key</c>, <c>dictionary.Keys</c>).</summary>
        public Taint KeysAsValue() => new Taint(KeySource, KeyParameters);

        /// <summary>The values without the keys (<c>dictionary.Values</c>, an indexer read).</summary>
        public Taint ValuesOnly() => new Taint(Source, Parameters);

        /// <summary>This value used as the keys of a new dictionary or grouping.</summary>
        public Taint AsKeys() => new Taint(null, 0, Source, Parameters);

        /// <summary>Keeps only data marked directly: group labels read from a protected type's unmarked member are publishable.</summary>
        public Taint DirectlyMarkedOnly() =>
            Source is null || Source.IsMarkedDirectly ? this : new Taint(null, Parameters, KeySource, KeyParameters);

        public bool Includes(in Taint other) =>
            (other.Parameters & ~Parameters) == 0 &&
            (other.KeyParameters & ~KeyParameters) == 0 &&
            (other.Source is null || (Source is not null && (Source.IsMarkedDirectly || !other.Source.IsMarkedDirectly))) &&
            (other.KeySource is null || (KeySource is not null && (KeySource.IsMarkedDirectly || !other.KeySource.IsMarkedDirectly)));

        // A directly marked source wins: it is the more precise explanation and survives grouping.
        private static ProtectedSource? Prefer(ProtectedSource? first, ProtectedSource? second)
        {
            if (first is null)
            {
                return second;
            }

            if (second is null || first.IsMarkedDirectly || !second.IsMarkedDirectly)
            {
                return first;
            }

            return second;
        }
    }
}
