using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PolicyAnalyzers.Flow;

/// <summary>
/// The summaries a thread computed while a field state it reads was still being computed. They are not final, but
/// walking the method again before that state is known gives the same answer: without this, every call of such a
/// method walked it again, and callers of callers multiplied the walks (800,000 walks of 5,000 methods on a real
/// application). An entry is dropped as soon as a state it waited for is known.
/// </summary>
internal sealed class ProvisionalSummaries
{
    private readonly Dictionary<ISymbol, MethodSummary> _byMethod = new(SymbolEqualityComparer.Default);

    public ProvisionalSummaries(FlowContext owner) => Owner = owner;

    /// <summary>The compilation's context they belong to: the cache is per thread, contexts are per compilation.</summary>
    public FlowContext Owner { get; }

    public bool TryGet(ISymbol method, out MethodSummary summary) => _byMethod.TryGetValue(method, out summary!);

    public void Add(ISymbol method, MethodSummary summary) => _byMethod[method] = summary;

    /// <summary>The field state of <paramref name="type"/> is known now: summaries that read it without it are stale.</summary>
    public void Settled(INamedTypeSymbol type)
    {
        foreach (var stale in _byMethod.Where(entry => entry.Value.Fields.ProvisionalTypes.Contains(type)).Select(entry => entry.Key).ToList())
        {
            _byMethod.Remove(stale);
        }
    }
}
