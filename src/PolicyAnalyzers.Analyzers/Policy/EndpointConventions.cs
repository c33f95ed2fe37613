using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using PolicyAnalyzers.Markers;

namespace PolicyAnalyzers.Policy;

/// <summary>
/// <c>RequireAuthorization</c>, <c>AllowAnonymous</c> and <c>WithMetadata</c> on endpoint builders: on what a
/// mapping returns (<c>app.MapGet(...).RequireAuthorization()</c>) and on the route groups it is mapped on
/// (<c>app.MapGroup("/admin").RequireAuthorization("Staff")</c>, groups of groups). A builder is followed through
/// fluent calls, locals (<c>var admin = ...; admin.RequireAuthorization();</c> anywhere in the method), the
/// parameters of the application's helper methods (<c>group.MapAdminApi()</c>) and what they return
/// (<c>app.MapOrdersApi().RequireAuthorization()</c>), at their call sites in the compilation. Where a builder may
/// come from several places, each must require authorization; a field, a property or a helper with callers outside
/// the compilation has no conventions (the audience is then public, unless the fallback policy applies).
/// </summary>
internal sealed class EndpointConventions
{
    private const int MaxDepth = 12;
    private const int MaxChain = 64;

    private readonly Compilation _compilation;
    private readonly CallSiteIndex _callSites;
    private readonly ConcurrentDictionary<(SyntaxTree Tree, TextSpan Span), AccessEvidence> _groups = new();
    private readonly ConcurrentDictionary<(SyntaxTree Tree, TextSpan Span, int Ordinal), bool> _returnsParameter = new();
    private readonly ConcurrentDictionary<(SyntaxTree Tree, TextSpan Span), ImmutableArray<IInvocationOperation>> _callSitesOf = new();
    private readonly ConcurrentDictionary<(SyntaxTree Tree, TextSpan Span), IOperation?> _bodies = new();
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();

    public EndpointConventions(Compilation compilation)
    {
        _compilation = compilation;
        _callSites = new CallSiteIndex(compilation);
    }

    /// <summary>
    /// The conventions for the endpoints a mapping call creates (MapGet, MapControllers, MapGrpcService...): those
    /// called on what it returns, and those of the route groups it is mapped on.
    /// </summary>
    public AccessEvidence ForEndpoint(IInvocationOperation mapping)
    {
        var walk = new Walk();
        return AccessEvidence.Union(GroupsOf(BuilderOf(mapping), walk), Applied(mapping, walk, followReturns: true));
    }

    /// <summary>The builder a call is made on: the receiver of an extension method's first parameter, or the instance.</summary>
    public static IOperation? BuilderOf(IInvocationOperation invocation)
    {
        if (!invocation.TargetMethod.IsExtensionMethod)
        {
            return invocation.Instance;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == 0)
            {
                return argument.Value;
            }
        }

        return null;
    }

    public static IOperation? Strip(IOperation? operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>
    /// The route groups an IEndpointRouteBuilder value may be, each with its conventions: one is reached, so they
    /// meet. A group met again inside its own walk (a group nested in itself through a variable) adds nothing:
    /// every real chain of groups ends at the application, through the others.
    /// </summary>
    private AccessEvidence GroupsOf(IOperation? routes, Walk walk)
    {
        var sources = new List<IInvocationOperation?>();
        Sources(routes, sources, walk);
        AccessEvidence? result = null;
        foreach (var source in sources)
        {
            var evidence = source is null ? AccessEvidence.None : GroupEvidence(source, walk);
            if (evidence is not null)
            {
                result = result is null ? evidence : AccessEvidence.Meet(result, evidence);
            }
        }

        return result ?? AccessEvidence.None;
    }

    // A MapGroup call: the conventions applied to the group, and those of the groups it is nested in; null inside its own walk.
    private AccessEvidence? GroupEvidence(IInvocationOperation mapGroup, Walk walk)
    {
        var key = (mapGroup.Syntax.SyntaxTree, mapGroup.Syntax.Span);
        if (_groups.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (!walk.Enter(Step.Group, key))
        {
            return null;
        }

        var cutBefore = walk.Cut;
        walk.Cut = false;
        var evidence = AccessEvidence.Union(GroupsOf(BuilderOf(mapGroup), walk), Applied(mapGroup, walk, followReturns: true));
        if (!walk.Cut)
        {
            _groups.TryAdd(key, evidence);
        }

        walk.Cut |= cutBefore;
        walk.Exit(Step.Group, key);
        return evidence;
    }

    /// <summary>
    /// Where a route builder value comes from: MapGroup calls, or null for the application itself or an unknown
    /// source. A value that flows back into itself (a recursive helper, <c>g = Wrap(g)</c>) adds no source of its own.
    /// </summary>
    private void Sources(IOperation? operation, List<IInvocationOperation?> sources, Walk walk)
    {
        operation = Strip(operation);
        if (operation is null || walk.Depth > MaxDepth)
        {
            walk.Cut |= operation is not null;
            sources.Add(null);
            return;
        }

        // WebApplication and other concrete route builders that are not groups carry no group conventions.
        if (operation.Type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } type && !AuthorizationTypes.IsEndpointConventionBuilder(type))
        {
            sources.Add(null);
            return;
        }

        walk.Depth++;
        switch (operation)
        {
            case IInvocationOperation invocation when IsMapGroup(invocation):
                sources.Add(invocation);
                break;
            case IInvocationOperation invocation when PassedThrough(invocation) is { } builder:
                Sources(builder, sources, walk);
                break;
            case IInvocationOperation invocation when IsSourceMethod(invocation.TargetMethod):
                ReturnedSources(invocation.TargetMethod, sources, walk);
                break;
            case ILocalReferenceOperation local when Key(local.Local) is { } key:
                if (walk.Enter(Step.Definitions, key))
                {
                    foreach (var definition in Definitions(local))
                    {
                        Sources(definition, sources, walk);
                    }

                    walk.Exit(Step.Definitions, key);
                }

                break;
            case IParameterReferenceOperation parameter:
                ParameterSources(parameter.Parameter, sources, walk);
                break;
            default:
                sources.Add(null);
                break;
        }

        walk.Depth--;
    }

    // A helper that builds the group and returns it: `static RouteGroupBuilder MapApi(this IEndpointRouteBuilder app) => app.MapGroup("/api");`
    private void ReturnedSources(IMethodSymbol method, List<IInvocationOperation?> sources, Walk walk)
    {
        var body = Body(method);
        var key = Key(method);
        if (body is null || key is null)
        {
            sources.Add(null);
            return;
        }

        if (!walk.Enter(Step.Returns, key.Value))
        {
            return;
        }

        var any = false;
        foreach (var returned in Returns(body))
        {
            any = true;
            Sources(returned.ReturnedValue, sources, walk);
        }

        if (!any)
        {
            sources.Add(null);
        }

        walk.Exit(Step.Returns, key.Value);
    }

    // The arguments every call site passes; a helper whose callers are not all known has an unknown source.
    private void ParameterSources(IParameterSymbol parameter, List<IInvocationOperation?> sources, Walk walk)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol method || !HasKnownCallers(method) || Key(method) is not { } key)
        {
            sources.Add(null);
            return;
        }

        if (!walk.Enter(Step.Arguments, key, parameter.Ordinal))
        {
            return;
        }

        foreach (var call in CallSites(method))
        {
            IOperation? argument = null;
            foreach (var candidate in call.Arguments)
            {
                if (candidate.Parameter?.Ordinal == parameter.Ordinal)
                {
                    argument = candidate.Value;
                }
            }

            Sources(argument, sources, walk);
        }

        walk.Exit(Step.Arguments, key, parameter.Ordinal);
    }

    /// <summary>The conventions applied to the builder <paramref name="builder"/> evaluates to, from there on.</summary>
    private AccessEvidence Applied(IOperation builder, Walk walk, bool followReturns)
    {
        if (walk.Depth > MaxDepth)
        {
            walk.Cut = true;
            return AccessEvidence.None;
        }

        walk.Depth++;
        var evidence = AccessEvidence.None;
        var current = builder;
        for (var step = 0; step < MaxChain; step++)
        {
            var parent = current.Parent;
            while (parent is IConversionOperation)
            {
                current = parent;
                parent = parent.Parent;
            }

            if (parent is IArgumentOperation { Parent: IInvocationOperation invocation } argument)
            {
                var isBuilder = invocation.TargetMethod.IsExtensionMethod && argument.Parameter?.Ordinal == 0;
                if (isBuilder)
                {
                    evidence = AccessEvidence.Union(evidence, Convention(invocation));
                }

                if (IsSourceMethod(invocation.TargetMethod) && argument.Parameter is { } parameter)
                {
                    evidence = AccessEvidence.Union(evidence, ParameterConventions(invocation.TargetMethod, parameter.Ordinal, walk));
                    if (ReturnsParameter(invocation.TargetMethod, parameter.Ordinal))
                    {
                        current = invocation;
                        continue;
                    }
                }
                else if (isBuilder && IsFluent(invocation))
                {
                    current = invocation;
                    continue;
                }
            }
            else if (parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator })
            {
                evidence = AccessEvidence.Union(evidence, LocalConventions(declarator.Symbol, declarator, walk, followReturns));
            }
            else if (parent is ISimpleAssignmentOperation assignment && assignment.Value == current && Strip(assignment.Target) is ILocalReferenceOperation target)
            {
                evidence = AccessEvidence.Union(evidence, LocalConventions(target.Local, assignment, walk, followReturns));
            }
            else if (parent is IReturnOperation returned && followReturns)
            {
                evidence = AccessEvidence.Union(evidence, ReturnedConventions(returned, walk));
            }

            break;
        }

        walk.Depth--;
        return evidence;
    }

    // Conventions on any use of the local in its method: `admin.RequireAuthorization();` as a statement of its own.
    private AccessEvidence LocalConventions(ILocalSymbol local, IOperation anywhereInBody, Walk walk, bool followReturns)
    {
        var key = Key(local);
        if (key is null || !walk.Enter(Step.Uses, key.Value))
        {
            return AccessEvidence.None;
        }

        var evidence = AccessEvidence.None;
        foreach (var operation in Root(anywhereInBody).Descendants())
        {
            if (operation is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                evidence = AccessEvidence.Union(evidence, Applied(reference, walk, followReturns));
            }
        }

        walk.Exit(Step.Uses, key.Value);
        return evidence;
    }

    // Conventions a helper applies to the builder it is given: `static void Secure(RouteGroupBuilder g) => g.RequireAuthorization();`
    private AccessEvidence ParameterConventions(IMethodSymbol method, int ordinal, Walk walk)
    {
        var body = Body(method);
        var key = Key(method);
        if (body is null || key is null || !walk.Enter(Step.Uses, key.Value, ordinal))
        {
            return AccessEvidence.None;
        }

        var evidence = AccessEvidence.None;
        foreach (var operation in body.Descendants())
        {
            if (operation is IParameterReferenceOperation reference &&
                reference.Parameter.Ordinal == ordinal &&
                SameDeclaration(reference.Parameter.ContainingSymbol, method))
            {
                // What it returns is followed from the call site.
                evidence = AccessEvidence.Union(evidence, Applied(reference, walk, followReturns: false));
            }
        }

        walk.Exit(Step.Uses, key.Value, ordinal);
        return evidence;
    }

    // A builder returned by a helper: the conventions each caller applies to the result; every caller's group is a different one.
    private AccessEvidence ReturnedConventions(IReturnOperation returned, Walk walk)
    {
        if (EnclosingMethod(returned) is not { } method || !HasKnownCallers(method) || Key(method) is not { } key || !walk.Enter(Step.Callers, key))
        {
            return AccessEvidence.None;
        }

        AccessEvidence? result = null;
        foreach (var call in CallSites(method))
        {
            var evidence = Applied(call, walk, followReturns: true);
            result = result is null ? evidence : AccessEvidence.Meet(result, evidence);
        }

        walk.Exit(Step.Callers, key);
        return result ?? AccessEvidence.None;
    }

    private static AccessEvidence Convention(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.Name is not ("RequireAuthorization" or "AllowAnonymous" or "WithMetadata") || !IsAspNetCore(method.ContainingType))
        {
            return AccessEvidence.None;
        }

        if (method.Name == "AllowAnonymous")
        {
            return AccessEvidence.Anonymous;
        }

        var evidence = AccessEvidence.None;
        var parts = new List<string>();
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == 0)
            {
                continue;
            }

            var value = Strip(argument.Value);
            var items = value is IArrayCreationOperation array ? (IEnumerable<IOperation>?)array.Initializer?.ElementValues : new[] { value! };
            foreach (var item in items ?? Array.Empty<IOperation>())
            {
                var element = Strip(item);
                if (element is IObjectCreationOperation creation && AuthorizationTypes.IsAllowAnonymous(creation.Type))
                {
                    evidence = AccessEvidence.Union(evidence, AccessEvidence.Anonymous);
                }
                else if (element is IObjectCreationOperation authorize && AuthorizationTypes.IsAuthorizeData(authorize.Type))
                {
                    parts.Add(AuthorizationPhrases.FromCreation(authorize));
                }
                else if (method.Name == "RequireAuthorization" && element is not null)
                {
                    parts.Add(element.ConstantValue.Value is string policy ? AuthorizationPhrases.Policy(policy) : AuthorizationPhrases.FromPolicyCode(element));
                }
            }
        }

        if (method.Name == "RequireAuthorization" && parts.Count == 0)
        {
            parts.Add(AccessEvidence.SignedInUsers);
        }

        foreach (var part in parts)
        {
            evidence = AccessEvidence.Union(evidence, AccessEvidence.Requiring(part));
        }

        return evidence;
    }

    private static bool IsAspNetCore(INamedTypeSymbol? type)
    {
        var ns = type?.ContainingNamespace;
        while (ns is { ContainingNamespace.IsGlobalNamespace: false })
        {
            ns = ns.ContainingNamespace;
        }

        return ns?.Name == "Microsoft";
    }

    private static bool IsMapGroup(IInvocationOperation invocation) =>
        invocation.TargetMethod.Name == "MapGroup" && SymbolNames.Is(invocation.Type, "Microsoft.AspNetCore.Routing", "RouteGroupBuilder");

    // A library convention returns the builder it was given (`TBuilder WithTags<TBuilder>(this TBuilder builder, ...)`).
    private static bool IsFluent(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        return method.IsExtensionMethod &&
               method.Parameters.Length > 0 &&
               SymbolEqualityComparer.Default.Equals(method.ReturnType, method.Parameters[0].Type) &&
               AuthorizationTypes.IsEndpointConventionBuilder(method.ReturnType);
    }

    // The builder argument a call returns unchanged: a library convention, or a helper of the application that returns its parameter.
    private IOperation? PassedThrough(IInvocationOperation invocation)
    {
        if (IsSourceMethod(invocation.TargetMethod))
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter is { } parameter && ReturnsParameter(invocation.TargetMethod, parameter.Ordinal))
                {
                    return argument.Value;
                }
            }

            return null;
        }

        return IsFluent(invocation) ? BuilderOf(invocation) : null;
    }

    private bool ReturnsParameter(IMethodSymbol method, int ordinal)
    {
        if (Key(method) is not { } key)
        {
            return false;
        }

        return _returnsParameter.GetOrAdd((key.Tree, key.Span, ordinal), _ =>
        {
            var body = Body(method);
            var any = false;
            foreach (var returned in body is null ? Array.Empty<IReturnOperation>() : Returns(body))
            {
                if (Strip(returned.ReturnedValue) is not IParameterReferenceOperation reference || reference.Parameter.Ordinal != ordinal)
                {
                    return false;
                }

                any = true;
            }

            return any;
        });
    }

    // The return statements of the body itself, not of lambdas or local functions inside it.
    private static IEnumerable<IReturnOperation> Returns(IOperation body)
    {
        foreach (var operation in body.Descendants())
        {
            if (operation is IReturnOperation { ReturnedValue: not null } returned && operation.Kind == OperationKind.Return && BelongsTo(returned, body))
            {
                yield return returned;
            }
        }
    }

    private static bool BelongsTo(IOperation operation, IOperation body)
    {
        for (var current = operation.Parent; current is not null && current != body; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return false;
            }
        }

        return true;
    }

    private IMethodSymbol? EnclosingMethod(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IAnonymousFunctionOperation:
                    return null;
                case ILocalFunctionOperation localFunction:
                    return localFunction.Symbol;
                case IMethodBodyOperation or IConstructorBodyOperation:
                    return current.SemanticModel?.GetDeclaredSymbol(current.Syntax) as IMethodSymbol;
            }
        }

        return null;
    }

    private static bool IsSourceMethod(IMethodSymbol method) =>
        method.MethodKind is MethodKind.Ordinary or MethodKind.LocalFunction && !method.DeclaringSyntaxReferences.IsEmpty;

    /// <summary>
    /// True when every call to the method is in this compilation: a non-virtual helper of the application, visible
    /// only inside it (or in an executable, which nothing references), and never used as a delegate.
    /// </summary>
    private bool HasKnownCallers(IMethodSymbol method)
    {
        if (!IsSourceMethod(method) || method.IsVirtual || method.IsAbstract || method.IsOverride || _callSites.IsUsedOtherwise(method.Name))
        {
            return false;
        }

        return _compilation.Options.OutputKind is not (OutputKind.DynamicallyLinkedLibrary or OutputKind.NetModule) || !IsVisibleOutside(method);
    }

    private static bool IsVisibleOutside(ISymbol symbol)
    {
        for (var current = symbol; current is not null && current is not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }

    // Bound once per helper: endpoints mapped in one helper all ask for its callers.
    private ImmutableArray<IInvocationOperation> CallSites(IMethodSymbol method)
    {
        if (Key(method) is not { } key)
        {
            return ImmutableArray<IInvocationOperation>.Empty;
        }

        return _callSitesOf.GetOrAdd(key, _ =>
        {
            var calls = ImmutableArray.CreateBuilder<IInvocationOperation>();
            foreach (var syntax in _callSites.Invocations(method.Name))
            {
                if (Model(syntax.SyntaxTree).GetOperation(syntax) is IInvocationOperation call &&
                    SameDeclaration((call.TargetMethod.ReducedFrom ?? call.TargetMethod).OriginalDefinition, method.OriginalDefinition))
                {
                    calls.Add(call);
                }
            }

            return calls.ToImmutable();
        });
    }

    // One semantic model per file: outside the analyzer driver (which shares its own), each new model binds again.
    private SemanticModel Model(SyntaxTree tree) =>
#pragma warning disable RS1030 // The analyzer driver shares its semantic models with Compilation.GetSemanticModel.
        _models.GetOrAdd(tree, t => _compilation.GetSemanticModel(t));
#pragma warning restore RS1030

    // A local's definitions: its initializer and what is assigned to it; null where it is written some other way (out, ref, deconstruction).
    private static IEnumerable<IOperation?> Definitions(ILocalReferenceOperation reference)
    {
        var local = reference.Local;
        foreach (var operation in Root(reference).Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    if (declarator.Initializer is { } initializer)
                    {
                        yield return initializer.Value;
                    }

                    break;
                case ISimpleAssignmentOperation assignment when IsLocal(assignment.Target, local):
                    yield return assignment.Value;
                    break;
                case ICoalesceAssignmentOperation coalesce when IsLocal(coalesce.Target, local):
                    yield return coalesce.Value;
                    break;
                case IArgumentOperation { Parameter.RefKind: RefKind.Out or RefKind.Ref } argument when IsLocal(argument.Value, local):
                case IDeconstructionAssignmentOperation deconstruction when ContainsLocal(deconstruction.Target, local):
                    yield return null;
                    break;
            }
        }
    }

    private static bool IsLocal(IOperation? operation, ILocalSymbol local)
    {
        operation = Strip(operation);
        if (operation is IDeclarationExpressionOperation declaration)
        {
            operation = declaration.Expression;
        }

        return operation is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local);
    }

    private static bool ContainsLocal(IOperation target, ILocalSymbol local)
    {
        foreach (var operation in target.DescendantsAndSelf())
        {
            if (operation is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                return true;
            }
        }

        return false;
    }

    private static IOperation Root(IOperation operation)
    {
        while (operation.Parent is { } parent)
        {
            operation = parent;
        }

        return operation;
    }

    private IOperation? Body(IMethodSymbol method) =>
        Key(method) is not { } key ? null : _bodies.GetOrAdd(key, _ =>
        {
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                var syntax = reference.GetSyntax();
                if (_compilation.ContainsSyntaxTree(syntax.SyntaxTree) && Model(syntax.SyntaxTree).GetOperation(syntax) is { } body)
                {
                    return body;
                }
            }

            return null;
        });

    private static (SyntaxTree Tree, TextSpan Span)? Key(ISymbol symbol) =>
        symbol.DeclaringSyntaxReferences.IsEmpty ? null : (symbol.DeclaringSyntaxReferences[0].SyntaxTree, symbol.DeclaringSyntaxReferences[0].Span);

    // Local functions and their parameters are different symbols in different semantic models; their declarations are not.
    private static bool SameDeclaration(ISymbol? first, ISymbol? second)
    {
        if (SymbolEqualityComparer.Default.Equals(first, second))
        {
            return true;
        }

        return first is not null && second is not null && Key(first) is { } a && Key(second) is { } b && a.Tree == b.Tree && a.Span == b.Span;
    }

    /// <summary>What a walk is doing with a declaration: a cycle is the same step on the same declaration again.</summary>
    private enum Step
    {
        Group,
        Definitions,
        Uses,
        Arguments,
        Returns,
        Callers,
    }

    /// <summary>One question's walk: how deep it is, what it is inside (to stop at cycles), and whether it stopped early.</summary>
    private sealed class Walk
    {
        private readonly HashSet<(Step Step, SyntaxTree Tree, TextSpan Span, int Ordinal)> _active = new();

        public int Depth { get; set; }

        /// <summary>True when the walk stopped at a cycle or at its depth: what it found then is not cached.</summary>
        public bool Cut { get; set; }

        public bool Enter(Step step, (SyntaxTree Tree, TextSpan Span) declaration, int ordinal = -1)
        {
            if (_active.Add((step, declaration.Tree, declaration.Span, ordinal)))
            {
                return true;
            }

            Cut = true;
            return false;
        }

        public void Exit(Step step, (SyntaxTree Tree, TextSpan Span) declaration, int ordinal = -1) =>
            _active.Remove((step, declaration.Tree, declaration.Span, ordinal));
    }
}
