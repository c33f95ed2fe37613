namespace PolicyAnalyzers.Flow;

/// <summary>
/// Where in a value the parameters it depends on sit, for the parameters that are not the whole value:
/// <list type="bullet">
/// <item><c>ctx.Customer = customer</c> leaves <c>ctx</c> holding the parameter <c>customer</c> in its member
/// <c>Customer</c> only (held), so <c>ctx.TemplateName</c> does not carry it;</item>
/// <item><c>ctx.TemplateName</c> depends on the parameter <c>ctx</c> through its member <c>TemplateName</c> only (read
/// through), so a caller passing a context that holds a customer elsewhere does not pass the customer to the sink.</item>
/// </list>
/// Bits not placed here depend on the whole parameter; a bit placed two different ways counts as whole.
/// </summary>
internal sealed class ParameterPlacement
{
    private ParameterPlacement(ulong heldBits, MemberNames? heldIn, ulong readBits, MemberNames? readThrough)
    {
        HeldBits = heldBits;
        HeldIn = heldIn;
        ReadBits = readBits;
        ReadThrough = readThrough;
    }

    /// <summary>Parameters this object holds only in the members <see cref="HeldIn"/>.</summary>
    public ulong HeldBits { get; }

    public MemberNames? HeldIn { get; }

    /// <summary>Parameters this value was read from through their members <see cref="ReadThrough"/> only.</summary>
    public ulong ReadBits { get; }

    public MemberNames? ReadThrough { get; }

    public static ParameterPlacement? Held(ulong bits, MemberNames? members) => Create(bits, members, 0, null);

    public static ParameterPlacement? Read(ulong bits, MemberNames? members) => Create(0, null, bits, members);

    /// <summary>Only the bits the value still depends on keep a place.</summary>
    public ParameterPlacement? Within(ulong parameters) =>
        (HeldBits & ~parameters) == 0 && (ReadBits & ~parameters) == 0 ? this : Create(HeldBits & parameters, HeldIn, ReadBits & parameters, ReadThrough);

    public ParameterPlacement? WithoutHeld() => Create(0, null, ReadBits, ReadThrough);

    /// <summary>These placements plus <paramref name="bits"/> read through <paramref name="members"/>.</summary>
    public static ParameterPlacement? AddRead(ParameterPlacement? placement, ulong bits, MemberNames members)
    {
        var through = placement?.ReadThrough is { } names ? MemberNames.Union(names, members) : members;
        return Create(placement?.HeldBits ?? 0, placement?.HeldIn, (placement?.ReadBits ?? 0) | bits, through);
    }

    /// <summary>
    /// The placement of two values joined: a bit keeps its place only where every side that depends on it places it
    /// the same way; the member names add up.
    /// </summary>
    public static ParameterPlacement? Union(ulong firstParameters, ParameterPlacement? first, ulong secondParameters, ParameterPlacement? second)
    {
        if (first is null && second is null)
        {
            return null;
        }

        var firstHeld = first?.HeldBits ?? 0;
        var secondHeld = second?.HeldBits ?? 0;
        var firstRead = first?.ReadBits ?? 0;
        var secondRead = second?.ReadBits ?? 0;
        var held = (firstHeld | secondHeld) & (firstHeld | ~firstParameters) & (secondHeld | ~secondParameters);
        var read = (firstRead | secondRead) & (firstRead | ~firstParameters) & (secondRead | ~secondParameters);
        return Create(
            held, UnionNames(firstHeld != 0 ? first!.HeldIn : null, secondHeld != 0 ? second!.HeldIn : null),
            read, UnionNames(firstRead != 0 ? first!.ReadThrough : null, secondRead != 0 ? second!.ReadThrough : null));
    }

    public bool SameAs(ParameterPlacement? other) =>
        other is not null && HeldBits == other.HeldBits && ReadBits == other.ReadBits &&
        SameNames(HeldIn, other.HeldIn) && SameNames(ReadThrough, other.ReadThrough);

    /// <summary>True when this placement is at most as narrow as <paramref name="other"/> for the bits of <paramref name="otherParameters"/>.</summary>
    public static bool Covers(ParameterPlacement? placement, ParameterPlacement? other, ulong otherParameters)
    {
        if (placement is null)
        {
            return true;
        }

        var otherHeld = other?.HeldBits ?? 0;
        var otherRead = other?.ReadBits ?? 0;

        // A bit this side places must be placed the same way on the other, within no more members.
        return (placement.HeldBits & otherParameters & ~otherHeld) == 0 &&
               (placement.ReadBits & otherParameters & ~otherRead) == 0 &&
               ((placement.HeldBits & otherHeld) == 0 || placement.HeldIn!.ContainsAll(other!.HeldIn!)) &&
               ((placement.ReadBits & otherRead) == 0 || placement.ReadThrough!.ContainsAll(other!.ReadThrough!));
    }

    private static ParameterPlacement? Create(ulong held, MemberNames? heldIn, ulong read, MemberNames? readThrough)
    {
        if (heldIn is null)
        {
            held = 0;
        }

        if (readThrough is null)
        {
            read = 0;
        }

        // Placed two ways at once: counts as the whole parameter.
        var both = held & read;
        held &= ~both;
        read &= ~both;
        return held == 0 && read == 0
            ? null
            : new ParameterPlacement(held, held == 0 ? null : heldIn, read, read == 0 ? null : readThrough);
    }

    private static MemberNames? UnionNames(MemberNames? first, MemberNames? second) =>
        first is null ? second : second is null ? first : MemberNames.Union(first, second);

    private static bool SameNames(MemberNames? first, MemberNames? second) =>
        first is null ? second is null : second is not null && first.ContainsAll(second) && second.ContainsAll(first);
}
