using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PolicyAnalyzers.Diagnostics;
using PolicyAnalyzers.Markers;
using PolicyAnalyzers.Policy;

namespace PolicyAnalyzers.Flow;

/// <summary>
/// Follows protected data through one method body (with its lambdas and local functions) and produces the
/// method's summary. Flow-insensitive per symbol: a local carries whatever any assignment gave it, iterated to a
/// fixed point so loops and closures are covered; cost stays linear in the size of the body per pass.
/// </summary>
internal sealed partial class FlowWalker
{
    private const int MaxPasses = 6;
    private const int MaxDepth = 200;

    /// <summary>
    /// How deep the walkers on this thread are, together: a callee's summary is computed by a walker inside its
    /// caller's, so their depths add up on one stack. Past <see cref="FlowContext.MaxNestedDepth"/> callees count as
    /// library methods, which keeps the stack the analysis needs bounded whatever the code.
    /// </summary>
    [System.ThreadStatic]
    private static int DepthOnThread;

    private readonly FlowContext _context;
    private readonly IMethodSymbol? _root;
    private readonly SummaryChain _chain;
    private readonly CancellationToken _cancellationToken;
    private readonly ISymbol? _authorizer;
    private readonly bool _isEndpoint;
    private readonly ulong _parametersWithOwnProtection;

    /// <summary>The Razor page, view or component whose code this is, if any: what it writes goes into that page.</summary>
    private readonly RazorPage? _page;

    /// <summary>Who can reach <see cref="_page"/> (a Razor Page or a component; a view's is its action's).</summary>
    private readonly Audience? _pageAudience;

    private readonly bool _isGrpcMethod;

    /// <summary>A Razor Pages handler (<c>OnPost</c>): what it returns is the response, for the page model's audience.</summary>
    private readonly bool _isPageHandler;

    private readonly Dictionary<ISymbol, Taint> _state = new(SymbolEqualityComparer.Default);
    /// <summary>Symbols read in this pass by code that may run again or later (see <see cref="InDeferredCode"/>).</summary>
    private readonly HashSet<ISymbol> _readThisPass = new(SymbolEqualityComparer.Default);

    /// <summary>Symbols read anywhere in this pass: a local function declared after its call may assign them.</summary>
    private readonly HashSet<ISymbol> _readAnywhereThisPass = new(SymbolEqualityComparer.Default);
    private readonly List<Finding> _findings = new();
    private readonly HashSet<int> _reportedPositions = new();
    private readonly List<ParameterSink> _parameterSinks = new();
    private readonly Stack<Frame> _frames = new();
    private readonly Stack<Taint> _conditionalAccessReceivers = new();
    private readonly Dictionary<ISymbol, Taint> _fieldStores = new(SymbolEqualityComparer.Default);
    private readonly HashSet<INamedTypeSymbol> _provisionalTypes = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ISymbol> _provisionalReads = new(SymbolEqualityComparer.Default);
    private readonly HashSet<IParameterSymbol> _parametersReadThrough = new(SymbolEqualityComparer.Default);
    private readonly HashSet<IParameterSymbol> _parametersReadThroughAnywhere = new(SymbolEqualityComparer.Default);

    /// <summary>Parameters the body assigns, kept across passes: members read from them are not read through.</summary>
    private readonly HashSet<IParameterSymbol> _assignedParameters = new(SymbolEqualityComparer.Default);

    // Parameters given another object (ctx = new Context()): what is stored in them afterwards is not the caller's.
    private readonly HashSet<IParameterSymbol> _reassignedParameters = new(SymbolEqualityComparer.Default);

    // Parameters whose object received, in an untyped entry or member, protected data made from its own members
    // (ctx.Model["Customer"] = Part(ctx.Customer)): the caller's object holds it there, and its type does not say so.
    private Dictionary<IParameterSymbol, Taint>? _filledFromThemselves;

    // Locals declared as a member of a parameter (var model = ctx.Model): what is stored in them is stored in the
    // caller's object, in that member. A local assigned again is no alias, from then on and in later passes.
    // Created on the first alias: most methods have none, and a walker is made for every method.
    private Dictionary<ILocalSymbol, ParameterMemberAlias>? _parameterAliases;
    private HashSet<ILocalSymbol>? _reassignedAliases;
    private ulong _receiverTakes;
    private bool _needsAnotherPass;

    /// <summary>
    /// How many loops, lambdas and local functions the walk is inside: code there may run again, or after what
    /// follows it, so it may read what is assigned later. Straight-line code cannot, and its reads need no second pass.
    /// </summary>
    private int _deferredDepth;

    /// <summary>The body has a goto, which may jump back: every read counts as deferred, from the second pass on.</summary>
    private bool _mayJumpBack;
    private int _depth;
    private int _operationsUntilCancellationCheck;

    private ApiPolicy Policy => _context.Policy;

    /// <summary>The depth of all the walkers on this thread, one inside another.</summary>
    internal static int NestedDepth => DepthOnThread;

    private FlowWalker(FlowContext context, ISymbol owner, SummaryChain chain, CancellationToken cancellationToken)
    {
        _context = context;

        // A partial method's body refers to the implementation's parameters, not the declaration's.
        _root = owner is IMethodSymbol method ? method.PartialImplementationPart ?? method : null;
        _chain = chain;
        _cancellationToken = cancellationToken;
        _authorizer = FindAuthorizer(owner);
        if (_authorizer is not null)
        {
            context.NoteApproval(_authorizer);
        }

        _isEndpoint = _root is not null && Endpoints.IsControllerAction(_root);
        _isGrpcMethod = _root is not null && !_isEndpoint && Endpoints.IsGrpcMethod(_root);
        _isPageHandler = _root is not null && !_isEndpoint && Endpoints.IsPageHandler(_root);
        _page = context.Policy.Pages?.Of(_root?.ContainingType ?? owner.ContainingType);
        _pageAudience = _page is null || context.Policy.Audiences is not { } audiences ? null
            : _page.Kind == PageKind.Component ? audiences.ForComponent(_page.Type)
            : _page.Kind == PageKind.RazorPage ? audiences.ForPageModel(_page.Type, _page.Path)
            : null;

        if (_root is not null)
        {
            foreach (var parameter in _root.Parameters)
            {
                var own = OwnProtection(parameter);
                var bit = Taint.ParameterBit(parameter.Ordinal);
                if (own is not null)
                {
                    _parametersWithOwnProtection |= 1UL << bit;
                }

                _state[parameter] = new Taint(own, 1UL << bit);
            }
        }
    }

    /// <summary>Analyses a method body and summarises it for its callers.</summary>
    public static MethodSummary Summarize(
        FlowContext context, IMethodSymbol method, ImmutableArray<IOperation> bodies, SummaryChain chain,
        CancellationToken cancellationToken)
    {
        var walker = new FlowWalker(context, method, chain, cancellationToken);
        var returned = walker.Run(bodies);
        return new MethodSummary(
            returned, walker._parameterSinks.ToImmutableArray(), walker._findings.ToImmutableArray(), fields: walker.FieldEffects(),
            parameterStores: walker.ParameterStores());
    }

    /// <summary>Analyses code outside a method body (field and property initializers) for findings only.</summary>
    public static ImmutableArray<Finding> AnalyzeInitializer(
        FlowContext context, ISymbol owner, ImmutableArray<IOperation> bodies, CancellationToken cancellationToken)
    {
        var walker = new FlowWalker(context, owner, new SummaryChain(), cancellationToken);
        walker.Run(bodies);
        return walker._findings.ToImmutableArray();
    }

    private Taint Run(ImmutableArray<IOperation> bodies)
    {
        var returned = Taint.None;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            _findings.Clear();
            _reportedPositions.Clear();
            _parameterSinks.Clear();
            _readThisPass.Clear();
            _readAnywhereThisPass.Clear();
            _fieldStores.Clear();
            _provisionalTypes.Clear();
            _provisionalReads.Clear();
            _receiverTakes = 0;
            _parametersReadThrough.Clear();
            _parametersReadThroughAnywhere.Clear();
            _needsAnotherPass = false;

            var rootFrame = new Frame(
                _isEndpoint ? Policy.Endpoints.ActionResponse(_root!) : _isGrpcMethod ? Policy.Endpoints.GrpcResponse(_root!) : null,
                _authorizer);
            _frames.Push(rootFrame);
            foreach (var body in bodies)
            {
                Eval(body);
            }

            _frames.Pop();
            returned = rootFrame.Returned;
            if (!_needsAnotherPass)
            {
                break;
            }
        }

        return returned;
    }

    private ProtectedSource? OwnProtection(IParameterSymbol parameter) =>
        _context.Protection.GetMemberProtection(parameter) ?? _context.Protection.GetValueProtection(parameter.Type);

    /// <summary>The innermost [AuthorizedDisclosure] method, lambda, local function or class around the code, if any.</summary>
    private static ISymbol? FindAuthorizer(ISymbol owner)
    {
        for (var symbol = owner; symbol is not null and not INamespaceSymbol; symbol = symbol.ContainingSymbol)
        {
            if (IsAuthorizedDisclosure(symbol))
            {
                return symbol;
            }
        }

        return null;
    }

    private static bool IsAuthorizedDisclosure(ISymbol symbol) =>
        (symbol is IMethodSymbol || symbol is INamedTypeSymbol) && MarkerAttributes.Has(symbol, MarkerAttributes.AuthorizedDisclosure);

    /// <summary>The approval that covers the code being walked, if any.</summary>
    private ISymbol? Authorizer => _frames.Count == 0 ? _authorizer : _frames.Peek().AuthorizedBy;

    /// <summary>A new frame's approval: its own [AuthorizedDisclosure], else its parent's.</summary>
    private ISymbol? AuthorizerOf(ISymbol function)
    {
        if (IsAuthorizedDisclosure(function))
        {
            _context.NoteApproval(function);
            return function;
        }

        return Authorizer;
    }

    private Taint Read(ISymbol symbol)
    {
        _readAnywhereThisPass.Add(symbol);
        if (InDeferredCode)
        {
            _readThisPass.Add(symbol);
        }

        return _state.TryGetValue(symbol, out var taint) ? taint : Taint.None;
    }

    private bool InDeferredCode => _deferredDepth > 0 || _mayJumpBack;

    private void Join(ISymbol symbol, in Taint taint)
    {
        if (taint.IsNone)
        {
            return;
        }

        if (symbol is IFieldSymbol or IPropertySymbol)
        {
            if (Policy.IsOpaque(symbol is IFieldSymbol field ? field.Type : ((IPropertySymbol)symbol).Type))
            {
                // _db.Customers.Add(customer) stores in the database, not in the service's DbContext field.
                return;
            }

            NoteFieldStore(symbol, taint);
        }

        if (_state.TryGetValue(symbol, out var current))
        {
            if (current.Includes(taint))
            {
                return;
            }

            _state[symbol] = current.Union(taint);
        }
        else
        {
            _state[symbol] = taint;
        }

        if (_parameterAliases is not null && symbol is ILocalSymbol local && _parameterAliases.TryGetValue(local, out var alias))
        {
            Join(alias.Parameter, taint.InMember(alias.Member));
        }

        // A symbol read earlier in this pass, by code that may run again or later, with less taint: its readers
        // must see the new value.
        if (_readThisPass.Contains(symbol) || (_deferredDepth > 0 && _readAnywhereThisPass.Contains(symbol)))
        {
            _needsAnotherPass = true;
        }
    }

    /// <summary>
    /// A value stored in a field or auto-property: protected data goes into the type's field state, parameters into
    /// what the method stores in its receiver (so that <c>exporter.Add(name)</c> leaves the exporter holding the name).
    /// </summary>
    private void NoteFieldStore(ISymbol member, in Taint taint)
    {
        if (taint.AnySource is not null)
        {
            var data = taint.DataOnly();
            var key = member.OriginalDefinition;
            _fieldStores[key] = _fieldStores.TryGetValue(key, out var stored) ? stored.Union(data) : data;
        }

        if (!member.IsStatic)
        {
            _receiverTakes |= taint.AnyParameters & ~(1UL << Taint.ThisBit);
        }
    }

    /// <summary>What other methods of its type store in a field of this instance or a static field.</summary>
    private Taint FieldStateOf(ISymbol member, ITypeSymbol? memberType)
    {
        if (member is not (IFieldSymbol or IPropertySymbol) ||
            member.ContainingType is not { } type ||
            type.Locations.IsEmpty || !type.Locations[0].IsInSource ||
            (memberType is not null && (Policy.IsDataFree(memberType) || Policy.IsOpaque(memberType))))
        {
            return Taint.None;
        }

        if (Policy.Pages?.Of(type) is { Kind: PageKind.View })
        {
            // An MVC view's fields hold the tag helpers and execution contexts that its one generated method sets
            // and reads, and that method follows its own stores as it runs: a field state would walk it twice.
            return Taint.None;
        }

        var (state, isProvisional) = _context.GetFieldState(type.OriginalDefinition, _cancellationToken);
        if (isProvisional)
        {
            _provisionalTypes.Add(type.OriginalDefinition);
            _provisionalReads.Add(member.OriginalDefinition);
        }

        return state.Of(member.OriginalDefinition);
    }

    /// <summary>A callee's summary; one that read a field state still being computed makes this one provisional too.</summary>
    private MethodSummary? Noted(MethodSummary? summary)
    {
        if (summary is { IsProvisional: true })
        {
            _provisionalTypes.UnionWith(summary.Fields.ProvisionalTypes);
            _provisionalReads.UnionWith(summary.Fields.ProvisionalReads);
        }

        return summary;
    }

    /// <summary>
    /// What the method left in the objects its parameters refer to, for parameters that still refer to the caller's
    /// object (never reassigned, not ref) and are containers rather than services.
    /// </summary>
    private ImmutableArray<ParameterStore> ParameterStores()
    {
        if (_root is null)
        {
            return ImmutableArray<ParameterStore>.Empty;
        }

        List<ParameterStore>? stores = null;
        foreach (var parameter in _root.Parameters)
        {
            var own = 1UL << Taint.ParameterBit(parameter.Ordinal);
            if (!IsOwnPlainParameter(parameter) || !parameter.Type.IsReferenceType || Policy.IsListedOpaque(parameter.Type) ||
                _reassignedParameters.Contains(parameter) || !_state.TryGetValue(parameter, out var state))
            {
                continue;
            }

            var held = state.WithoutParameters(own);
            if (held.Source is { } source && !IsOfAnotherParameter(source, parameter))
            {
                // Protected data that came from no other argument, and that the object's own members' types show:
                // found by the method (stored in a field, it is in the type's field state already), read from the
                // object's typed members (the caller's anyway), or a type a switch over an object parameter may find
                // (case Customer c), which the caller's own argument says whether it is. What came from the other
                // arguments is carried as their bits.
                held = held.WithoutSource();
            }

            if (_filledFromThemselves is not null && _filledFromThemselves.TryGetValue(parameter, out var filled))
            {
                held = held.Union(filled);
            }

            if (!held.IsNone)
            {
                (stores ??= new List<ParameterStore>()).Add(new ParameterStore(Taint.ParameterBit(parameter.Ordinal), held));
            }
        }

        return stores is null ? ImmutableArray<ParameterStore>.Empty : stores.ToImmutableArray();
    }

    /// <summary>True when <paramref name="source"/> is data of the type of a parameter other than <paramref name="storedInto"/> (<c>applicant.Name</c>).</summary>
    private bool IsOfAnotherParameter(ProtectedSource source, IParameterSymbol storedInto)
    {
        foreach (var other in _root!.Parameters)
        {
            if (!SymbolEqualityComparer.Default.Equals(other, storedInto) &&
                (source.Name == other.Type.Name || source.Name.StartsWith(other.Type.Name + ".", System.StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private FieldEffects FieldEffects() =>
        _fieldStores.Count == 0 && _receiverTakes == 0 && _provisionalTypes.Count == 0
            ? Flow.FieldEffects.None
            : new FieldEffects(
                _fieldStores.ToImmutableDictionary(SymbolEqualityComparer.Default),
                _receiverTakes,
                _provisionalTypes.ToImmutableArray(),
                _provisionalReads.ToImmutableArray());

    /// <summary>Reports protected data (or records a parameter flow) reaching a sink through <paramref name="value"/>.</summary>
    private bool CheckSink(IOperation value, in Taint given, Sink sink, string? throughHelper, bool containedByType = true)
    {
        if (sink.WritesPage && _page is not null)
        {
            sink = RazorPages.RenderSink(_page, _pageAudience);
        }

        var type = StaticType(value);
        _context.NoteRendered(type, sink);
        var taint = Shown(given, type, sink.View);

        // Ok(records) or Results.Json(records) was checked where it was created; returning it is not a second leak.
        var source = taint.AnySource ??
                     (!containedByType || Endpoints.IsResponseObject(type) ? null : _context.Protection.GetContainedProtection(type, sink.View));
        if (taint.AnySource is null && source is not null && ConstructionProof.HoldsNoProtectedData(_context, value, sink.View, _cancellationToken))
        {
            // Its type declares protected members, but this value was built here without filling them.
            source = null;
        }

        RecordParameterSinks(taint, sink, type);
        if (source is null)
        {
            return false;
        }

        Report(value, source, sink, throughHelper);
        return true;
    }

    /// <summary>
    /// An object that holds protected data in some members shows it only if the view writes one of them: a class
    /// without ToString prints its name, a serializer skips the members it ignores.
    /// </summary>
    private Taint Shown(in Taint taint, ITypeSymbol? type, DataView view)
    {
        // Only the object itself can say which members a writer shows; a span, a task or an object parameter of the
        // framework holding it says nothing (string.Join(",", row) formats the row).
        if (taint.Members is null || type is not INamedTypeSymbol named || ApiPolicy.IsCollection(named) || named.SpecialType != SpecialType.None ||
            (SymbolNames.IsFrameworkNamespace(named.ContainingNamespace) && !named.IsTupleType))
        {
            return taint;
        }

        if (!Policy.Serializers.RendersMembers(named, view))
        {
            return taint.ShowingOnly(_ => false);
        }

        var visible = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in Policy.Serializers.Visible(named, view))
        {
            visible.Add(member is IFieldSymbol { CorrespondingTupleField: { } tupleField } ? tupleField.Name : member.Name);
        }

        return taint.ShowingOnly(visible.Contains);
    }

    private void Report(IOperation at, ProtectedSource source, Sink sink, string? throughHelper)
    {
        if (Authorizer is { } authorizer)
        {
            // Approved: not reported, but listed in the inventory of what the approval covers.
            _context.NoteApprovedFlow(authorizer, sink.Describe(throughHelper));
            return;
        }

        // One finding per place the user sees: generated code maps many statements to one .cshtml line.
        var location = VisibleLocation.Of(at.Syntax, _cancellationToken);
        if (!_reportedPositions.Add(location.SourceSpan.Start))
        {
            return;
        }

        var audience = sink.Kind == SinkKind.Response ? sink.Audience ?? EnclosingAudience() : null;
        _findings.Add(new Finding(location, source, sink, throughHelper, audience is { IsSignedIn: true } ? audience.Requirement : null));
    }

    /// <summary>Who can reach the endpoint or page this code runs in: the innermost handler's, the action's, the page's.</summary>
    private Audience? EnclosingAudience()
    {
        foreach (var frame in _frames)
        {
            if (frame.Response?.Audience is { } audience)
            {
                return audience;
            }
        }

        return _pageAudience;
    }

    private void RecordParameterSinks(in Taint taint, Sink sink, ITypeSymbol? sunkType)
    {
        // Parameters protected by their own type or marker are reported inside this method, not at each caller.
        var parameters = taint.AnyParameters & ~_parametersWithOwnProtection;
        if (parameters == 0 || Authorizer is not null || _root is null)
        {
            return;
        }

        var readThrough = taint.Placement is { } placement ? placement.ReadBits & ~taint.KeyParameters : 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if ((parameters & (1UL << bit)) == 0)
            {
                continue;
            }

            var reached = new ParameterSink(
                bit, sink, IsParameterObject(bit, sunkType), (readThrough & (1UL << bit)) != 0 ? taint.Placement!.ReadThrough : null);
            var existing = ParameterSinkIndex(bit, sink.Kind);
            if (existing < 0)
            {
                _parameterSinks.Add(reached);
            }
            else
            {
                _parameterSinks[existing] = _parameterSinks[existing].Widen(reached);
            }
        }
    }

    /// <summary>True when the value written has the parameter's own type: the object itself, not a value derived from it.</summary>
    private bool IsParameterObject(int bit, ITypeSymbol? sunkType)
    {
        if (sunkType is null || _root is null)
        {
            return false;
        }

        var parameterType = bit == Taint.ThisBit
            ? _root.ContainingType
            : bit < _root.Parameters.Length ? _root.Parameters[bit].Type : null;
        if (parameterType is null)
        {
            return true;
        }

        for (var type = parameterType; type is not null; type = type.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(type, sunkType))
            {
                return true;
            }
        }

        foreach (var implemented in parameterType.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented, sunkType))
            {
                return true;
            }
        }

        return sunkType.SpecialType == SpecialType.System_Object;
    }

    private int ParameterSinkIndex(int bit, SinkKind kind)
    {
        for (var i = 0; i < _parameterSinks.Count; i++)
        {
            if (_parameterSinks[i].Bit == bit && _parameterSinks[i].Sink.Kind == kind)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The type of the value before it was converted to object or an interface for the call.</summary>
    internal static ITypeSymbol? StaticType(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    continue;
                case IArgumentOperation argument:
                    operation = argument.Value;
                    continue;
                default:
                    return operation.Type;
            }
        }
    }

    private void CheckCancellation()
    {
        if (--_operationsUntilCancellationCheck <= 0)
        {
            _operationsUntilCancellationCheck = 256;
            _cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>A function whose returns are being collected: the method itself, a lambda or a local function.</summary>
    private sealed class Frame
    {
        public Frame(Sink? response, ISymbol? authorizedBy)
        {
            Response = response;
            AuthorizedBy = authorizedBy;
        }

        /// <summary>The [AuthorizedDisclosure] this code is under: its flows are approved, neither reported nor summarised.</summary>
        public ISymbol? AuthorizedBy { get; }

        /// <summary>Set for HTTP endpoints: what they return is written to the response.</summary>
        public Sink? Response { get; }

        public Taint Returned { get; set; }
    }
}
