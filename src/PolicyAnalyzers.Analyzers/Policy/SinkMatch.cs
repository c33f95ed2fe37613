using Microsoft.CodeAnalysis;

namespace PolicyAnalyzers.Policy
{
    /// <summary>A sink method as resolved for one compilation: the sink, and which of its parameters carry data out.</summary>
    internal sealed class SinkMatch
    {
        private readonly bool[]? _parameters;

        public SinkMatch(Sink sink, bool[]? parameters = null)
        {
            Sink = sink;
            _parameters = parameters;
        }

        public Sink Sink { get; }

        /// <summary>True when data passed to <paramref name="parameter"/> leaves through the sink.</summary>
        public bool Covers(IParameterSymbol? parameter) =>
            _parameters is null || (parameter is not null && parameter.Ordinal < _parameters.Length && _parameters[parameter.Ordinal]);
    }
}
