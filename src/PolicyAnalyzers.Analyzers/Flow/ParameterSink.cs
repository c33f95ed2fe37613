using PolicyAnalyzers.Policy;

namespace PolicyAnalyzers.Flow
{
    /// <summary>A parameter (or the receiver) of a method whose value reaches a sink inside it.</summary>
    internal readonly struct ParameterSink
    {
        public ParameterSink(int bit, Sink sink)
        {
            Bit = bit;
            Sink = sink;
        }

        /// <summary>The parameter's bit (see <see cref="Taint"/>): its ordinal, or <see cref="Taint.ThisBit"/>.</summary>
        public int Bit { get; }

        public Sink Sink { get; }
    }
}
