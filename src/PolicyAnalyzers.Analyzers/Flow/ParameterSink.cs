using PolicyAnalyzers.Policy;

namespace PolicyAnalyzers.Flow;

/// <summary>A parameter (or the receiver) of a method whose value reaches a sink inside it.</summary>
/// <param name="Bit">The parameter's bit (see <see cref="Taint"/>): its ordinal, or <see cref="Taint.ThisBit"/>.</param>
/// <param name="Whole">
/// True when the object itself reaches the sink (so whatever it contains is written); false when only something
/// derived from it does (a member's value, a formatted string), so callers look at what the argument carries.
/// </param>
internal readonly record struct ParameterSink(int Bit, Sink Sink, bool Whole);
