using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PolicyAnalyzers.Policy;

namespace PolicyAnalyzers.Flow;

/// <summary>
/// Everything the flow analysis shares across one compilation: the protection model, the sink resolver and the
/// method summaries. Created at compilation start, never stored in an analyzer field.
/// </summary>
internal sealed class FlowContext
{
    /// <summary>How many callee summaries may be computed inside one another before callees count as library methods.</summary>
    public const int MaxSummaryDepth = 32;

    /// <summary>
    /// How many operations deep the walkers of a caller and its callees may be, together, before callees count as
    /// library methods: with Roslyn's own recursion on top, this stays well inside a 1 MB thread stack.
    /// </summary>
    public const int MaxNestedDepth = 400;

    /// <summary>
    /// How many field states may be computed inside one another. Each starts a new chain of summaries, so without a
    /// bound a service calling the next one (a pipeline, a chain of repositories) walked the whole chain: for every
    /// new compilation, and in the IDE that is every edit. A deeper state counts as still in progress (provisional);
    /// it is computed when a method of its own type asks for it.
    /// </summary>
    public const int MaxFieldStateNesting = 2;

    private readonly ConcurrentDictionary<IMethodSymbol, MethodSummary> _summaries = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _methodsWithoutBody = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<(ITypeSymbol Type, DataView View), string> _renderedTypes = new(RenderedTypeComparer.Instance);
    private readonly ConcurrentDictionary<ISymbol, ConcurrentDictionary<string, bool>> _approvals = new(SymbolEqualityComparer.Default);

    private readonly ConcurrentDictionary<IMethodSymbol, bool> _declassifiers = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, FieldState> _fieldStates = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// Summaries computed while a field state they read was in progress, as if its fields held nothing. Without
    /// them, every call of such a method walked it again, and callers of callers multiplied the walks (800,000 walks
    /// of 5,000 methods on a real application); see <see cref="TryReuseProvisional"/>.
    /// </summary>
    private readonly ConcurrentDictionary<IMethodSymbol, (MethodSummary Summary, int Nesting)> _provisionalSummaries = new(SymbolEqualityComparer.Default);

    /// <summary>The types whose field state this thread is computing: reading one of them meanwhile gives a provisional answer.</summary>
    [ThreadStatic]
    private static HashSet<INamedTypeSymbol>? FieldStatesInProgress;

    private int _walks;

    /// <summary>How many times a method body was walked to summarise it: what the analysis costs, for tests.</summary>
    internal int Walks => Volatile.Read(ref _walks);

    public FlowContext(Compilation compilation, ApiPolicy policy)
    {
        Compilation = compilation;
        Policy = policy;
        Protection = new ProtectionModel(policy);
        Dispatch = new DispatchTargets(compilation);
    }

    /// <summary>The implementations and overrides a call through an interface or a virtual method can reach.</summary>
    public DispatchTargets Dispatch { get; }

    public Compilation Compilation { get; }

    /// <summary>What the engine knows about libraries: sinks, propagation, endpoints, serializers.</summary>
    public ApiPolicy Policy { get; }

    public ProtectionModel Protection { get; }

    /// <summary>Which properties only store their values (see <see cref="PropertyStorage"/>).</summary>
    public PropertyStorage Properties { get; } = new();

    /// <summary>
    /// Types whose values reach a serializer or an export, per view, with the first sink by name (so that PA0004's
    /// message does not depend on the order in which concurrent analysis met the sinks).
    /// </summary>
    public IEnumerable<KeyValuePair<(ITypeSymbol Type, DataView View), string>> RenderedTypes => _renderedTypes;

    public void NoteRendered(ITypeSymbol? type, Sink sink)
    {
        if (sink.Kind == SinkKind.Log || type is not (INamedTypeSymbol or IArrayTypeSymbol) || IsPlainValue(type))
        {
            return;
        }

        _renderedTypes.AddOrUpdate(
            (type, sink.View),
            sink.Name,
            (_, existing) => string.CompareOrdinal(sink.Name, existing) < 0 ? sink.Name : existing);
    }

    // Primitives and strings have no members to mark; collection interfaces (IEnumerable<T>) do, through T.
    private static bool IsPlainValue(ITypeSymbol type) =>
        type.SpecialType != SpecialType.None &&
        type.OriginalDefinition.SpecialType is not (SpecialType.System_Collections_Generic_IEnumerable_T
            or SpecialType.System_Collections_Generic_IList_T or SpecialType.System_Collections_Generic_ICollection_T
            or SpecialType.System_Collections_Generic_IReadOnlyList_T or SpecialType.System_Collections_Generic_IReadOnlyCollection_T);

    private sealed class RenderedTypeComparer : IEqualityComparer<(ITypeSymbol Type, DataView View)>
    {
        public static readonly RenderedTypeComparer Instance = new();

        public bool Equals((ITypeSymbol Type, DataView View) x, (ITypeSymbol Type, DataView View) y) =>
            x.View == y.View && SymbolEqualityComparer.Default.Equals(x.Type, y.Type);

        public int GetHashCode((ITypeSymbol Type, DataView View) key) =>
            (SymbolEqualityComparer.Default.GetHashCode(key.Type) * 31) + (int)key.View;
    }

    /// <summary>Every [AuthorizedDisclosure] met, with the sinks its approved flows reach: the inventory (PA0006).</summary>
    public IEnumerable<KeyValuePair<ISymbol, ConcurrentDictionary<string, bool>>> Approvals => _approvals;

    public void NoteApproval(ISymbol approval) =>
        _approvals.GetOrAdd(approval, _ => new ConcurrentDictionary<string, bool>(StringComparer.Ordinal));

    public void NoteApprovedFlow(ISymbol approval, string sink) =>
        _approvals.GetOrAdd(approval, _ => new ConcurrentDictionary<string, bool>(StringComparer.Ordinal)).TryAdd(sink, true);

    /// <summary>[Declassifier] methods and the ones configured as such: their results are not protected.</summary>
    public bool IsDeclassifier(IMethodSymbol method)
    {
        method = method.OriginalDefinition;
        if (_declassifiers.TryGetValue(method, out var known))
        {
            return known;
        }

        return _declassifiers.GetOrAdd(method, Policy.IsDeclassifier(method));
    }

    /// <summary>The summary of a method whose body the analyzer driver handed over, computed once.</summary>
    public MethodSummary GetSummary(IMethodSymbol method, ImmutableArray<IOperation> bodies, CancellationToken cancellationToken)
    {
        var key = method.OriginalDefinition;
        if (_summaries.TryGetValue(key, out var summary) || TryReuseProvisional(key, out summary))
        {
            return summary;
        }

        var (result, _) = SummarizeInChain(key, bodies, new SummaryChain(), cancellationToken, isCallee: false);
        if (result.IsProvisional)
        {
            _provisionalSummaries[key] = (result, FieldStateNesting);
            return result;
        }

        return _summaries.GetOrAdd(key, result);
    }

    /// <summary>
    /// The summary of a method called from the body under analysis; null when it has no body in this compilation
    /// (a library method), <see cref="MethodSummary.Unknown"/> while it is being summarised up the chain.
    /// </summary>
    public MethodSummary? GetCalleeSummary(IMethodSymbol method, SummaryChain chain, CancellationToken cancellationToken)
    {
        var key = method.OriginalDefinition;
        if (_summaries.TryGetValue(key, out var summary))
        {
            return summary;
        }

        if (_methodsWithoutBody.ContainsKey(key))
        {
            return null;
        }

        if (TryReuseProvisional(key, out summary))
        {
            return summary;
        }

        // Deep inside other summaries, or near the end of the thread's stack: the callee counts as a library
        // method, as past the depth limit (see StackGuard).
        if (FlowWalker.NestedDepth >= MaxNestedDepth || !StackGuard.HasRoom())
        {
            return MethodSummary.Unknown;
        }

        IOperation? body;
        try
        {
            body = BodyOf(key, cancellationToken);
        }
        catch (InsufficientExecutionStackException)
        {
            // Binding a deeply nested callee ran out of stack here; the driver binds it again on its own thread.
            return MethodSummary.Unknown;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Roslyn could not build the callee's operations (it throws on some broken code): that is the callee's
            // failure, not its callers', who go on as if it were a library method.
            return _summaries.GetOrAdd(key, MethodSummary.Failed(exception));
        }

        if (body is null)
        {
            // Abstract, extern, auto-property accessors: remembered so that every read does not look again.
            _methodsWithoutBody.TryAdd(key, true);
            return null;
        }

        var index = chain.IndexOf(key);
        if (index >= 0)
        {
            // Recursion: the cycle is summarised as a whole (see SummaryChain).
            return chain.Recur(index);
        }

        if (chain.Count > 0 && chain.TryGetThisRound(key, out var thisRound))
        {
            return thisRound;
        }

        if (chain.Count >= MaxSummaryDepth)
        {
            return MethodSummary.Unknown;
        }

        var (result, isFinal) = SummarizeInChain(key, ImmutableArray.Create(body), chain, cancellationToken, isCallee: true);

        // A summary cut short for lack of stack, one inside a cycle not yet settled, or one that read a field state
        // still being computed is not the method's summary: not cached, so that the final one is.
        if (result.IsUnknown || !isFinal)
        {
            return result;
        }

        if (result.IsProvisional)
        {
            _provisionalSummaries[key] = (result, FieldStateNesting);
            return result;
        }

        return _summaries.GetOrAdd(key, result);
    }

    /// <summary>
    /// A provisional summary that can stand for another walk of the method. Once the field states it waited for are
    /// known and none of the fields it read (as empty) holds data in them, it is final and kept: most fields a method
    /// reads hold services, not data. While a state it waited for is unknown, it is the answer, still provisional:
    /// inside field states, walking again would compute states ever deeper (a chain of services each holding the next
    /// walked the whole chain), and at the depth it was computed at, a walk would find the same. Outside field states,
    /// one computed inside them is walked again, since the walk gets further.
    /// </summary>
    private bool TryReuseProvisional(IMethodSymbol key, out MethodSummary summary)
    {
        summary = null!;
        if (!_provisionalSummaries.TryGetValue(key, out var kept))
        {
            return false;
        }

        var provisional = kept.Summary;
        var nesting = FieldStateNesting;

        var stillWaiting = false;
        foreach (var type in provisional.Fields.ProvisionalTypes)
        {
            if (!_fieldStates.ContainsKey(type))
            {
                if (nesting == 0 && kept.Nesting > 0)
                {
                    return false;
                }

                stillWaiting = true;
            }
        }

        foreach (var field in provisional.Fields.ProvisionalReads)
        {
            if (field.ContainingType?.OriginalDefinition is { } type && _fieldStates.TryGetValue(type, out var state) &&
                state.Fields.ContainsKey(field))
            {
                return false;
            }
        }

        if (stillWaiting)
        {
            summary = provisional;
            return true;
        }

        summary = _summaries.GetOrAdd(key, provisional.AsFinal());
        _provisionalSummaries.TryRemove(key, out _);
        return true;
    }

    /// <summary>
    /// The summary of a call through an interface or a virtual method: what the method's own body and the
    /// implementations and overrides in this compilation do, together. Null when none of them has a body here (a
    /// library interface implemented elsewhere), so the call counts as a library call.
    /// </summary>
    /// <param name="receiverType">What the receiver is known to be (<see cref="DispatchTargets.KnownReceiverType"/>), if anything: only its bodies are reached.</param>
    public MethodSummary? GetDispatchedSummary(
        IMethodSymbol method, MethodSummary? own, INamedTypeSymbol? receiverType, SummaryChain chain, CancellationToken cancellationToken)
    {
        var targets = Dispatch.Find(method, receiverType ?? method.ContainingType, cancellationToken);
        if (targets.IsEmpty)
        {
            return receiverType is null ? own : null;
        }

        var summaries = new List<MethodSummary>(targets.Length);

        foreach (var target in targets)
        {
            if (GetCalleeSummary(target, chain, cancellationToken) is { IsUsable: true } summary)
            {
                summaries.Add(summary);
            }
        }

        return summaries.Count switch
        {
            0 => own,
            1 => summaries[0],
            _ => MethodSummary.Union(summaries),
        };
    }

    /// <summary>
    /// What the methods of <paramref name="type"/> store in its fields: computed once, from the summaries of all its
    /// methods (each summarised on its own, as the driver would). A method that reads the type's fields while this
    /// runs gets a provisional, empty state; its summary is kept only if none of the fields it read holds data.
    /// A value copied from one field of the type into another is followed one step, not further.
    /// </summary>
    public (FieldState State, bool IsProvisional) GetFieldState(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (_fieldStates.TryGetValue(type, out var state))
        {
            return (state, false);
        }

        var inProgress = FieldStatesInProgress ??= new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        if (inProgress.Contains(type) || inProgress.Count >= MaxFieldStateNesting || FlowWalker.NestedDepth >= MaxNestedDepth || !StackGuard.HasRoom())
        {
            return (FieldState.Empty, true);
        }

        var stores = new Dictionary<ISymbol, Taint>(SymbolEqualityComparer.Default);
        var pending = new List<IMethodSymbol>();
        var memberNames = FieldWriteSites.MemberNames(type);
        inProgress.Add(type);
        try
        {
            foreach (var member in type.GetMembers())
            {
                if (member is not IMethodSymbol { IsAbstract: false } method || method.DeclaringSyntaxReferences.IsEmpty ||
                    !FieldWriteSites.MayStore(method, memberNames, cancellationToken))
                {
                    continue;
                }

                var summary = GetCalleeSummary(method, new SummaryChain(), cancellationToken);
                if (summary is not { IsUsable: true })
                {
                    continue;
                }

                foreach (var store in summary.Fields.Stores)
                {
                    if (SymbolEqualityComparer.Default.Equals(store.Key.ContainingType?.OriginalDefinition, type))
                    {
                        stores[store.Key] = stores.TryGetValue(store.Key, out var stored) ? stored.Union(store.Value) : store.Value;
                    }
                }

                if (summary.IsProvisional)
                {
                    pending.Add(method.OriginalDefinition);
                }
            }
        }
        finally
        {
            inProgress.Remove(type);
        }

        state = _fieldStates.GetOrAdd(type, stores.Count == 0 ? FieldState.Empty : new FieldState(stores.ToImmutableDictionary(SymbolEqualityComparer.Default)));

        // Its methods' summaries that waited for this state, and read none of the fields that hold data, are right as they are.
        foreach (var method in pending)
        {
            TryReuseProvisional(method, out _);
        }

        return (state, false);
    }

    /// <summary>How many field states this thread is computing, one inside another.</summary>
    private static int FieldStateNesting => FieldStatesInProgress?.Count ?? 0;

    /// <summary>How many rounds a cycle of methods gets to settle; summaries only grow, so few are needed.</summary>
    private const int MaxCycleRounds = 8;

    /// <summary>
    /// Summarises a method on the chain; when it heads a cycle, again until its summary stops changing, and then the
    /// summaries of the cycle's other methods are final too. Returns whether the result is final.
    /// </summary>
    private (MethodSummary Summary, bool IsFinal) SummarizeInChain(
        IMethodSymbol key, ImmutableArray<IOperation> bodies, SummaryChain chain, CancellationToken cancellationToken, bool isCallee)
    {
        var index = chain.Push(key);
        try
        {
            for (var round = 1; ; round++)
            {
                chain.ResetTop(again: round > 1);
                var summary = SummarizeSafely(key, bodies, chain, cancellationToken, isCallee);
                var lowest = chain.LowestCycleTargetOfTop;
                if (lowest == int.MaxValue || summary.IsUnknown || summary.Failure is not null)
                {
                    return (summary, true);
                }

                if (lowest < index)
                {
                    // Inside a cycle headed further up: provisional until the head settles.
                    chain.SetProvisional(key, summary);
                    chain.RememberThisRound(key, summary, lowest);
                    return (summary, false);
                }

                var settled = chain.TryGetProvisional(key, out var previous) && previous.HasSameEffects(summary);
                chain.SetProvisional(key, summary);
                if (settled || round == MaxCycleRounds)
                {
                    foreach (var (member, memberSummary) in chain.TakeSettled(index))
                    {
                        if (SymbolEqualityComparer.Default.Equals(member, key))
                        {
                            continue;
                        }

                        if (memberSummary.IsProvisional)
                        {
                            _provisionalSummaries[member] = (memberSummary, FieldStateNesting);
                        }
                        else
                        {
                            _summaries.TryAdd(member, memberSummary);
                        }
                    }

                    return (summary, true);
                }
            }
        }
        finally
        {
            chain.Pop();
        }
    }

    // A failure in one method must not fail the analysis of its callers: it becomes that method's PA0999.
    private MethodSummary SummarizeSafely(
        IMethodSymbol method, ImmutableArray<IOperation> bodies, SummaryChain chain, CancellationToken cancellationToken,
        bool isCallee)
    {
        Interlocked.Increment(ref _walks);
        try
        {
            return FlowWalker.Summarize(this, method, bodies, chain, cancellationToken);
        }
        catch (InsufficientExecutionStackException) when (isCallee)
        {
            // Out of stack deep inside a caller's analysis: not this method's fault, and not its PA0999.
            return MethodSummary.Unknown;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return MethodSummary.Failed(exception);
        }
    }

    /// <summary>The operations of a source method's body, or null for an abstract, extern or metadata method.</summary>
    public IOperation? BodyOf(IMethodSymbol method, CancellationToken cancellationToken)
    {
        var implementation = method.PartialImplementationPart ?? method;
        if (implementation.IsAbstract || implementation.IsExtern || implementation.DeclaringSyntaxReferences.IsEmpty)
        {
            return null;
        }

        var syntax = implementation.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        var hasBody = syntax switch
        {
            BaseMethodDeclarationSyntax declaration => declaration.Body is not null || declaration.ExpressionBody is not null,
            AccessorDeclarationSyntax accessor => accessor.Body is not null || accessor.ExpressionBody is not null,
            LocalFunctionStatementSyntax local => local.Body is not null || local.ExpressionBody is not null,
            ArrowExpressionClauseSyntax => true,
            _ => false,
        };

        if (!hasBody || !Compilation.ContainsSyntaxTree(syntax.SyntaxTree))
        {
            return null;
        }

        // The analyzer driver shares its semantic models with Compilation.GetSemanticModel while analyzers run, so
        // this does not rebind the file; each callee is summarised once per compilation.
#pragma warning disable RS1030
        var model = Compilation.GetSemanticModel(syntax.SyntaxTree);
#pragma warning restore RS1030
        var operation = model.GetOperation(syntax, cancellationToken);

        // A local function's summary is of its body alone; the statement that declares it belongs to its parent.
        return operation is ILocalFunctionOperation localFunction ? localFunction.Body ?? localFunction.IgnoredBody : operation;
    }
}
