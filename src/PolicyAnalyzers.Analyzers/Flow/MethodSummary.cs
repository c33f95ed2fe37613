using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PolicyAnalyzers.Flow;

/// <summary>
/// What one method does with protected data, computed once per compilation: what its return value carries
/// (protected data of its own, and which parameters flow into it), which parameters reach a sink, and the
/// findings inside its body. Callers apply it instead of walking the method again.
/// </summary>
internal sealed class MethodSummary
{
    /// <summary>A method being summarised further up the call chain, or past the depth limit: treated like a library method.</summary>
    public static readonly MethodSummary Unknown = new MethodSummary(Taint.None, ImmutableArray<ParameterSink>.Empty, ImmutableArray<Finding>.Empty);

    /// <summary>Where a cycle of methods starts: no effect yet, grown round by round to the cycle's fixed point.</summary>
    public static readonly MethodSummary Nothing = new MethodSummary(Taint.None, ImmutableArray<ParameterSink>.Empty, ImmutableArray<Finding>.Empty);

    public MethodSummary(
        Taint returned, ImmutableArray<ParameterSink> parameterSinks, ImmutableArray<Finding> findings, string? failure = null,
        FieldEffects? fields = null, ImmutableArray<ParameterStore> parameterStores = default)
    {
        Returned = returned;
        ParameterStores = parameterStores.IsDefault ? ImmutableArray<ParameterStore>.Empty : parameterStores;
        ParameterSinks = parameterSinks;
        Findings = findings;
        Failure = failure;
        Fields = fields ?? FieldEffects.None;
    }

    /// <summary>This summary, no longer waiting for a field state (<see cref="FlowContext.GetFieldState"/> found it right).</summary>
    public MethodSummary AsFinal() => new(Returned, ParameterSinks, Findings, Failure, Fields.AsFinal(), ParameterStores);

    /// <summary>What the method leaves in the objects its parameters refer to.</summary>
    public ImmutableArray<ParameterStore> ParameterStores { get; }

    /// <summary>What the method stores in fields and reads of other methods' stores.</summary>
    public FieldEffects Fields { get; }

    /// <summary>True when the summary read a field state that was still being computed: not cached, computed again.</summary>
    public bool IsProvisional => !Fields.ProvisionalTypes.IsEmpty;

    /// <summary>The analysis of this method failed: callers treat it as a library method, and the method reports PA0999.</summary>
    public static MethodSummary Failed(System.Exception exception) =>
        new MethodSummary(Taint.None, ImmutableArray<ParameterSink>.Empty, ImmutableArray<Finding>.Empty, exception.GetType().Name + ": " + exception.Message);

    /// <summary>What any of several bodies may do: the summary of a call that dispatches to one of them.</summary>
    public static MethodSummary Union(IReadOnlyList<MethodSummary> summaries)
    {
        var returned = Taint.None;
        var sinks = new List<ParameterSink>();
        foreach (var summary in summaries)
        {
            returned = returned.Union(summary.Returned);
            foreach (var sink in summary.ParameterSinks)
            {
                var index = sinks.FindIndex(existing => existing.Bit == sink.Bit && existing.Sink.Kind == sink.Sink.Kind);
                if (index < 0)
                {
                    sinks.Add(sink);
                }
                else
                {
                    sinks[index] = sinks[index].Widen(sink);
                }
            }
        }

        var stores = new List<ParameterStore>();
        foreach (var summary in summaries)
        {
            foreach (var store in summary.ParameterStores)
            {
                var index = stores.FindIndex(existing => existing.Bit == store.Bit);
                if (index < 0)
                {
                    stores.Add(store);
                }
                else
                {
                    stores[index] = stores[index] with { Held = stores[index].Held.Union(store.Held) };
                }
            }
        }

        var receiverTakes = 0UL;
        var provisional = new HashSet<Microsoft.CodeAnalysis.INamedTypeSymbol>(Microsoft.CodeAnalysis.SymbolEqualityComparer.Default);
        var provisionalReads = new HashSet<Microsoft.CodeAnalysis.ISymbol>(Microsoft.CodeAnalysis.SymbolEqualityComparer.Default);
        foreach (var summary in summaries)
        {
            receiverTakes |= summary.Fields.ReceiverTakes;
            provisional.UnionWith(summary.Fields.ProvisionalTypes);
            provisionalReads.UnionWith(summary.Fields.ProvisionalReads);
        }

        var fields = receiverTakes == 0 && provisional.Count == 0
            ? FieldEffects.None
            : new FieldEffects(ImmutableDictionary<Microsoft.CodeAnalysis.ISymbol, Taint>.Empty, receiverTakes,
                provisional.ToImmutableArray(), provisionalReads.ToImmutableArray());
        return new MethodSummary(returned, sinks.ToImmutableArray(), ImmutableArray<Finding>.Empty, fields: fields, parameterStores: stores.ToImmutableArray());
    }

    /// <summary>The return value: its own protected data (Source) and the parameters it depends on (Parameters).</summary>
    public Taint Returned { get; }

    public ImmutableArray<ParameterSink> ParameterSinks { get; }

    public ImmutableArray<Finding> Findings { get; }

    public string? Failure { get; }

    public bool IsUnknown => ReferenceEquals(this, Unknown);

    /// <summary>True when callers can apply this summary: neither unknown nor failed.</summary>
    public bool IsUsable => !IsUnknown && Failure is null;

    /// <summary>True when both summaries have the same effect on callers: what they return and which parameters reach sinks.</summary>
    public bool HasSameEffects(MethodSummary other)
    {
        if (!SameTaint(Returned, other.Returned) ||
            ParameterSinks.Length != other.ParameterSinks.Length || !Fields.HasSameEffects(other.Fields) ||
            ParameterStores.Length != other.ParameterStores.Length)
        {
            return false;
        }

        foreach (var store in ParameterStores)
        {
            if (!other.ParameterStores.Any(candidate => candidate.Bit == store.Bit && SameTaint(candidate.Held, store.Held)))
            {
                return false;
            }
        }

        foreach (var sink in ParameterSinks)
        {
            var found = false;
            foreach (var candidate in other.ParameterSinks)
            {
                if (candidate.SameEffect(sink))
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameTaint(in Taint first, in Taint second) =>
        SameSource(first.Source, second.Source) && SameSource(first.KeySource, second.KeySource) &&
        first.Parameters == second.Parameters && first.KeyParameters == second.KeyParameters &&
        (first.Placement is null ? second.Placement is null : first.Placement.SameAs(second.Placement));

    private static bool SameSource(ProtectedSource? first, ProtectedSource? second) =>
        ReferenceEquals(first, second) ||
        (first is not null && second is not null && first.Name == second.Name && first.IsMarkedDirectly == second.IsMarkedDirectly);
}
