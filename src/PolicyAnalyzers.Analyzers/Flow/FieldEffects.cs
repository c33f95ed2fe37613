using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PolicyAnalyzers.Flow;

/// <summary>
/// What a method does with the fields and auto-properties of objects, for the per-type field state
/// (<see cref="FlowContext.GetFieldState"/>): the protected data it stores in fields, which of its parameters it
/// stores in the receiver, and which field states it read before they were known.
/// </summary>
internal sealed class FieldEffects
{
    public static readonly FieldEffects None = new(
        ImmutableDictionary<ISymbol, Taint>.Empty, 0, ImmutableArray<INamedTypeSymbol>.Empty, ImmutableArray<ISymbol>.Empty);

    public FieldEffects(
        ImmutableDictionary<ISymbol, Taint> stores, ulong receiverTakes, ImmutableArray<INamedTypeSymbol> provisionalTypes,
        ImmutableArray<ISymbol> provisionalReads)
    {
        Stores = stores;
        ReceiverTakes = receiverTakes;
        ProvisionalTypes = provisionalTypes;
        ProvisionalReads = provisionalReads;
    }

    /// <summary>Fields (and auto-properties) and the protected data the method stores in them, values and keys apart.</summary>
    public ImmutableDictionary<ISymbol, Taint> Stores { get; }

    /// <summary>Parameters (as <see cref="Taint"/> bits) whose values the method stores in its receiver's fields.</summary>
    public ulong ReceiverTakes { get; }

    /// <summary>Types whose field state was still being computed when the method (or a callee) read it: the summary is not final.</summary>
    public ImmutableArray<INamedTypeSymbol> ProvisionalTypes { get; }

    /// <summary>
    /// The fields whose state was read (by the method or its callees) while it was still being computed, as if they
    /// held nothing. Once their types' states are known, the summary is final if none of them holds data.
    /// </summary>
    public ImmutableArray<ISymbol> ProvisionalReads { get; }

    /// <summary>These effects with nothing left waiting for a field state.</summary>
    public FieldEffects AsFinal() => new(Stores, ReceiverTakes, ImmutableArray<INamedTypeSymbol>.Empty, ImmutableArray<ISymbol>.Empty);

    public bool IsNone => Stores.IsEmpty && ReceiverTakes == 0 && ProvisionalTypes.IsEmpty;

    /// <summary>True when both have the same effect on callers and on field state.</summary>
    public bool HasSameEffects(FieldEffects other)
    {
        if (ReceiverTakes != other.ReceiverTakes || Stores.Count != other.Stores.Count)
        {
            return false;
        }

        foreach (var store in Stores)
        {
            if (!other.Stores.ContainsKey(store.Key))
            {
                return false;
            }
        }

        return true;
    }
}
