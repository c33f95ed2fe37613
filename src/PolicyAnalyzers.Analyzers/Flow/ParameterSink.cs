using PolicyAnalyzers.Policy;

namespace PolicyAnalyzers.Flow;

/// <summary>A parameter (or the receiver) of a method whose value reaches a sink inside it.</summary>
/// <param name="Bit">The parameter's bit (see <see cref="Taint"/>): its ordinal, or <see cref="Taint.ThisBit"/>.</param>
/// <param name="Whole">
/// True when the object itself reaches the sink (so whatever it contains is written); false when only something
/// derived from it does (a member's value, a formatted string), so callers look at what the argument carries.
/// </param>
/// <param name="Through">
/// The members of the parameter that reach the sink (<c>Log(ctx.TemplateName)</c>), so callers look only at what the
/// argument holds there; null when anything derived from the parameter may.
/// </param>
internal readonly record struct ParameterSink(int Bit, Sink Sink, bool Whole, MemberNames? Through = null)
{
    /// <summary>This sink and <paramref name="other"/> (same parameter and kind of sink) as one: the wider of each.</summary>
    public ParameterSink Widen(in ParameterSink other) =>
        this with
        {
            Whole = Whole || other.Whole,
            Through = Through is null || other.Through is null ? null : MemberNames.Union(Through, other.Through),
        };

    /// <summary>True when callers see the same effect from both.</summary>
    public bool SameEffect(in ParameterSink other) =>
        Bit == other.Bit && Sink.Kind == other.Sink.Kind && Sink.Name == other.Sink.Name && Whole == other.Whole &&
        (Through is null ? other.Through is null : other.Through is not null && Through.ContainsAll(other.Through) && other.Through.ContainsAll(Through));

    /// <summary>What of an argument with <paramref name="taint"/> reaches the sink.</summary>
    public Taint Reached(in Taint taint) => Through is null ? taint : taint.ReadMembers(Through);
}
