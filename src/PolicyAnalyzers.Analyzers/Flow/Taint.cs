namespace PolicyAnalyzers.Flow;

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

    public Taint(
        ProtectedSource? source, ulong parameters, ProtectedSource? keySource = null, ulong keyParameters = 0, MemberNames? members = null,
        ParameterPlacement? placement = null)
    {
        Source = source;
        Parameters = parameters;
        KeySource = keySource;
        KeyParameters = keyParameters;
        Members = source is null ? null : members;
        Placement = placement?.Within(parameters);
    }

    /// <summary>Protected data the value carries, if any.</summary>
    public ProtectedSource? Source { get; }

    /// <summary>
    /// For an object built from protected values: the members that hold them (<see cref="Source"/> is in those
    /// only). Null when the value itself is the data, or when every member may hold it.
    /// </summary>
    public MemberNames? Members { get; }

    /// <summary>Parameters of the analysed method the value depends on, as bits.</summary>
    public ulong Parameters { get; }

    /// <summary>Which of <see cref="Parameters"/> sit in some members only, or were read through some members only; null: none.</summary>
    public ParameterPlacement? Placement { get; }

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

        var source = Prefer(Source, other.Source);
        return new Taint(
            source,
            Parameters | other.Parameters,
            Prefer(KeySource, other.KeySource),
            KeyParameters | other.KeyParameters,
            UnionMembers(this, other),
            ParameterPlacement.Union(Parameters, Placement, other.Parameters, other.Placement));
    }

    /// <summary>This value stored in member <paramref name="name"/> of an object: the object holds it (data and parameters) there only.</summary>
    public Taint InMember(string name) => InMembers(MemberNames.Of(name));

    /// <summary>This value stored in some of <paramref name="names"/>.</summary>
    public Taint InMembers(MemberNames names) =>
        IsNone ? this : new Taint(Source, Parameters, KeySource, KeyParameters, names, ParameterPlacement.Held(Parameters, names));

    /// <summary>What reading member <paramref name="name"/> of this value gives: its data and parameters only if that member holds them.</summary>
    public Taint ReadMember(string name)
    {
        var held = Placement?.HeldBits ?? 0;
        if (Members is null && held == 0)
        {
            return this;
        }

        var source = Members is null || Members.Contains(name) ? Source : null;
        var parameters = held == 0 || Placement!.HeldIn!.Contains(name) ? Parameters : Parameters & ~held;
        return new Taint(source, parameters, KeySource, KeyParameters, placement: Placement?.WithoutHeld());
    }

    /// <summary>What reading any of <paramref name="names"/> of this value gives.</summary>
    public Taint ReadMembers(MemberNames names)
    {
        var read = None;
        foreach (var name in names.Names)
        {
            read = read.Union(ReadMember(name));
        }

        return read;
    }

    /// <summary>This value, read from the parameters <paramref name="bits"/> through their <paramref name="members"/> only.</summary>
    public Taint ReadThrough(ulong bits, MemberNames members)
    {
        bits &= Parameters & ~KeyParameters & ~(Placement?.HeldBits ?? 0) & ~(Placement?.ReadBits ?? 0);
        return bits == 0 ? this : new Taint(Source, Parameters, KeySource, KeyParameters, Members, ParameterPlacement.AddRead(Placement, bits, members));
    }

    /// <summary>The value without its protected data when none of the members that hold it is one <paramref name="shows"/> keeps.</summary>
    public Taint ShowingOnly(System.Func<string, bool> shows)
    {
        if (Members is null)
        {
            return this;
        }

        foreach (var name in Members.Names)
        {
            if (shows(name))
            {
                return this;
            }
        }

        return new Taint(null, Parameters, KeySource, KeyParameters, placement: Placement);
    }

    // A value with data in every member absorbs one with data in some; two objects' member names add up.
    private static MemberNames? UnionMembers(in Taint first, in Taint second)
    {
        if (first.Source is null)
        {
            return second.Members;
        }

        if (second.Source is null)
        {
            return first.Members;
        }

        return first.Members is null || second.Members is null ? null : MemberNames.Union(first.Members, second.Members);
    }

    /// <summary>Keys and values as one value: what an element, a member or a formatted string of this value carries.</summary>
    public Taint Flatten() =>
        KeySource is null && KeyParameters == 0 ? this : new Taint(Prefer(Source, KeySource), Parameters | KeyParameters, members: KeySource is null ? Members : null);

    /// <summary>The keys, as the value of their own (<c>grouping.Key</c>, <c>dictionary.Keys</c>).</summary>
    public Taint KeysAsValue() => new Taint(KeySource, KeyParameters);

    /// <summary>The values without the keys (<c>dictionary.Values</c>, an indexer read).</summary>
    public Taint ValuesOnly() => new Taint(Source, Parameters, members: Members, placement: Placement);

    /// <summary>This value used as the keys of a new dictionary or grouping.</summary>
    public Taint AsKeys() => new Taint(null, 0, Source, Parameters);

    /// <summary>Keeps only data marked directly: group labels read from a protected type's unmarked member are publishable.</summary>
    public Taint DirectlyMarkedOnly() =>
        Source is null || Source.IsMarkedDirectly ? this : new Taint(null, Parameters, KeySource, KeyParameters, placement: Placement);

    /// <summary>This value without the parameters in <paramref name="bits"/>: what a parameter's object holds besides the caller's own.</summary>
    public Taint WithoutParameters(ulong bits) =>
        new Taint(Source, Parameters & ~bits, KeySource, KeyParameters & ~bits, Members, Placement);

    /// <summary>The parameters without the protected data of the value itself (its keys' is kept).</summary>
    public Taint WithoutSource() => new Taint(null, Parameters, KeySource, KeyParameters, placement: Placement);

    /// <summary>The data without the parameters it depends on: what a field keeps for every instance.</summary>
    public Taint DataOnly() => new Taint(Source, 0, KeySource, 0, Members);

    public bool Includes(in Taint other) =>
        (other.Parameters & ~Parameters) == 0 &&
        (other.Source is null || Members is null || (other.Members is not null && Members.ContainsAll(other.Members))) &&
        (other.KeyParameters & ~KeyParameters) == 0 &&
        (other.Source is null || (Source is not null && (Source.IsMarkedDirectly || !other.Source.IsMarkedDirectly))) &&
        (other.KeySource is null || (KeySource is not null && (KeySource.IsMarkedDirectly || !other.KeySource.IsMarkedDirectly))) &&
        ParameterPlacement.Covers(Placement, other.Placement, other.Parameters);

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
