using PolicyAnalyzers.Policy;

namespace PolicyAnalyzers.Flow;

/// <summary>A parameter (or the receiver) of a method whose value reaches a sink inside it.</summary>
internal readonly struct ParameterSink
{
    public ParameterSink(int bit, Sink sink, bool whole)
    {
        Bit = bit;
        Sink = sink;
        Whole = whole;
    }

    /// <summary>
    /// True when the object itself reaches the sink (so whatever it contains is written); false when only something
    /// derived from it does (a member's value, a formatted string), so callers look at what the argument carries.
    /// </summary>
    public bool Whole { get; }

    /// <summary>The parameter's bit (see <see cref="Taint"/>): its ordinal, or <see cref="Taint.ThisBit"/>.</summary>
    public int Bit { get; }

    public Sink Sink { get; }
}
