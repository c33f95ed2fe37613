using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace PolicyAnalyzers.Policy;

/// <summary>
/// A value computed at most once per symbol for the compilation, keyed by the symbol's original definition (so
/// <c>List&lt;Person&gt;</c> and <c>List&lt;T&gt;</c> share one). A hit allocates nothing; the computation may ask the
/// cache for other symbols. Threads that race on one symbol compute the same value and the first stored wins.
/// </summary>
internal sealed class DefinitionCache<TSymbol, TValue>
    where TSymbol : class, ISymbol
{
    private readonly ConcurrentDictionary<TSymbol, TValue> _values = new(SymbolEqualityComparer.Default);
    private readonly Func<TSymbol, TValue> _compute;

    /// <param name="compute">Computes the value of an original definition.</param>
    public DefinitionCache(Func<TSymbol, TValue> compute) => _compute = compute;

    public TValue Get(TSymbol symbol)
    {
        var definition = (TSymbol)symbol.OriginalDefinition;
        return _values.TryGetValue(definition, out var value) ? value : _values.GetOrAdd(definition, _compute(definition));
    }
}
