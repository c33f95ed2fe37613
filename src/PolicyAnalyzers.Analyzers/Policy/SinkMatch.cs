using Microsoft.CodeAnalysis;

namespace PolicyAnalyzers.Policy;

/// <summary>
/// A sink method as resolved for one compilation: the sink, which of its parameters carry data out, and whether the
/// receiver does (<c>document.Save(path)</c> writes the document).
/// </summary>
internal sealed class SinkMatch
{
    private readonly bool[]? _parameters;

    public SinkMatch(Sink sink, bool[]? parameters = null, bool coversReceiver = false)
    {
        Sink = sink;
        _parameters = parameters;
        CoversReceiver = coversReceiver;
    }

    public Sink Sink { get; }

    /// <summary>True when the instance the method is called on is what leaves (option <c>data=this</c>).</summary>
    public bool CoversReceiver { get; }

    /// <summary>True when data passed to <paramref name="parameter"/> leaves through the sink.</summary>
    public bool Covers(IParameterSymbol? parameter) =>
        _parameters is null || (parameter is not null && parameter.Ordinal < _parameters.Length && _parameters[parameter.Ordinal]);
}
