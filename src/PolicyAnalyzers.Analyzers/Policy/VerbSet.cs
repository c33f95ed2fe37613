namespace PolicyAnalyzers.Policy;

/// <summary>A set of <see cref="PolicyVerb"/>s as bits, so that a lookup asks for several at no cost.</summary>
internal readonly struct VerbSet
{
    public static readonly VerbSet Sinks = Of(PolicyVerb.Export, PolicyVerb.Serialize, PolicyVerb.Respond, PolicyVerb.Render, PolicyVerb.Log);

    private readonly int _bits;

    private VerbSet(int bits)
    {
        _bits = bits;
    }

    public static VerbSet Of(params PolicyVerb[] verbs)
    {
        var bits = 0;
        foreach (var verb in verbs)
        {
            bits |= 1 << (int)verb;
        }

        return new VerbSet(bits);
    }

    public bool Contains(PolicyVerb verb) => (_bits & (1 << (int)verb)) != 0;
}
