using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PolicyAnalyzers.Markers;
using PolicyAnalyzers.Policy;

namespace PolicyAnalyzers.Flow;

/// <summary>
/// Calls: sinks are checked, user methods are applied through their summaries, library methods propagate what
/// goes in to what comes out, with the catalog's exceptions (aggregates, projections, accumulators).
/// </summary>
internal sealed partial class FlowWalker
{
    private Taint EvalCall(IOperation call, IMethodSymbol method, IOperation? instance, ImmutableArray<IArgumentOperation> arguments)
    {
        var receiver = Eval(instance);
        var taints = new Taint[arguments.Length];
        List<(IOperation Element, Taint Taint)>?[]? paramsElements = null;
        var inputs = receiver;
        var hasDelegates = false;
        var effect = Policy.Effect(method);
        var sink = Policy.Sink(method);
        if (sink is not null && _page is not null && MetadataTagHelpers.Receives(call))
        {
            return Taint.None;
        }

        for (var i = 0; i < arguments.Length; i++)
        {
            var argument = arguments[i];
            if (IsExpressionTree(argument.Value))
            {
                if (sink is not null)
                {
                    // Html.DisplayFor(m => m.Email), asp-for="Email": a page renders what the expression reads.
                    taints[i] = EvalDelegate(argument, _page is not null ? Taint.FromParameter(Taint.ThisBit) : Taint.None, firstParameter: null, response: null);
                    inputs = inputs.Union(taints[i]);
                    continue;
                }

                if (effect is not (CallEffect.Project or CallEffect.Group))
                {
                    // x => x.Email given to EF's Where or a query helper is code, not data. A projection's selector
                    // (Queryable.Select) is still read, for what the query returns.
                    continue;
                }
            }

            if (IsDelegate(argument.Value))
            {
                hasDelegates = true;
                continue;
            }

            if (argument.Parameter?.RefKind == RefKind.Out)
            {
                continue;
            }

            if (ParamsElements(argument) is { } paramsValues)
            {
                // Each element of a params array or collection (C# 13: params ReadOnlySpan<object?>) is its own
                // argument at the call site.
                var elements = new List<(IOperation, Taint)>(paramsValues.Count);
                foreach (var element in paramsValues)
                {
                    var elementTaint = Eval(element);
                    elements.Add((element, elementTaint));
                    taints[i] = taints[i].Union(elementTaint);
                }

                paramsElements ??= new List<(IOperation, Taint)>?[arguments.Length];
                paramsElements[i] = elements;
            }
            else
            {
                taints[i] = Eval(argument.Value);
            }

            inputs = inputs.Union(taints[i]);
        }

        var projection = hasDelegates ? EvalDelegateArguments(call, method, effect, arguments, taints, inputs) : default;

        if (sink is not null && !Policy.IsInMemoryWriter(instance?.Type))
        {
            var atCallSite = ApiPolicy.AtCallSite(sink.Sink, instance, arguments);
            if (atCallSite.Kind == SinkKind.Serialization && IsText(method.ReturnType) && IsReturned(call) &&
                ReturnsResponse(out var audience))
            {
                // return File(Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(data)), ...): the text is the response.
                atCallSite = ApiPolicy.AsResponse(atCallSite, audience);
            }

            if (!(sink.CoversReceiver && instance is not null && CheckSink(instance, receiver, atCallSite, throughHelper: null)))
            {
                CheckSinkArguments(atCallSite, sink, arguments, taints, paramsElements, throughHelper: null);
            }

            // The sink reports the leak once; what it returns (a JSON string, a Task) is not reported again.
            return Taint.None;
        }

        if (method.MethodKind == MethodKind.LocalFunction)
        {
            return CallLocalFunction(method, arguments, taints, paramsElements);
        }

        var summary = IsInSource(method) ? Noted(_context.GetCalleeSummary(method, _chain, _cancellationToken)) : null;
        if (call is IInvocationOperation { IsVirtual: true } && DispatchTargets.IsDispatched(method))
        {
            // Through an interface or a virtual method (a service registered for dependency injection): what the
            // implementations in this compilation do.
            summary = Noted(_context.GetDispatchedSummary(method, summary, DispatchTargets.KnownReceiverType(instance, method), _chain, _cancellationToken));
        }

        if (summary is { IsUsable: true })
        {
            ApplyParameterSinks(method, summary, instance, receiver, arguments, taints, paramsElements);
            ApplyReceiverTakes(summary, instance, arguments, taints);
            ApplyParameterStores(summary, receiver, arguments, taints);
        }

        AccumulateIntoReceiver(method, instance, arguments, taints);
        if (effect == CallEffect.Lookup)
        {
            // dictionary.TryGetValue(key, out value): the value is the dictionary's, not the key's.
            var values = (instance is not null ? receiver : arguments.Length > 0 ? taints[0] : Taint.None).ValuesOnly();
            AssignOutArguments(arguments, values);
            return method.ReturnsVoid || IsDataFree(method.ReturnType) ? Taint.None : values;
        }

        AssignOutArguments(arguments, inputs);

        if (method.MethodKind == MethodKind.Constructor)
        {
            // A new object holds what it was built from: in the members its parameters are named after, for the
            // application's own types (records, DTOs), else in every member.
            return ConstructedFrom(method, arguments, taints).Union(receiver).Union(projection.All);
        }

        if (effect == CallEffect.Map && arguments.Length > 0)
        {
            return Mapped(method, arguments[0], taints[0]);
        }

        if (effect == CallEffect.Template && !method.ReturnsVoid)
        {
            // Liquid, Handlebars, Razor templates read the model's members by reflection: the text holds them all.
            var rendered = inputs.Union(projection.All);
            foreach (var argument in arguments)
            {
                rendered = rendered.Union(Taint.FromSource(_context.Protection.GetContainedProtection(StaticType(argument.Value), DataView.Template)));
            }

            return rendered;
        }

        if (effect == CallEffect.Include)
        {
            return inputs.Union(Included(method, arguments, inputs));
        }

        if (method.ReturnsVoid)
        {
            return Taint.None;
        }

        if (RazorPages.IsViewResult(method))
        {
            // return View(model): the view renders what it reads; the result itself carries nothing further.
            CheckViewRendering(call, arguments, taints);
            return Taint.None;
        }

        if (effect == CallEffect.NoData || _context.IsDeclassifier(method))
        {
            return Taint.None;
        }

        var result = Taint.FromSource(_context.Protection.GetMemberProtection(method));
        if (summary is { IsUsable: true })
        {
            result = result.Union(ApplySummaryReturn(summary, receiver, arguments, taints));
        }
        else if (projection.IsProjection)
        {
            result = result.Union(projection.Result);
        }
        else
        {
            result = result.Union(LibraryResult(method, instance, receiver, arguments, taints, inputs)).Union(projection.All);
            if (UntypedResult.Is(method.ReturnType) && method.MethodKind != MethodKind.DelegateInvoke &&
                _context.Protection.IsApplicationCode(method.ContainingAssembly))
            {
                result = result.Union(ObjectsHiddenInResult(arguments));
            }

            if (method.Name == "ToString" && instance is not null)
            {
                result = result.Union(Taint.FromSource(_context.Protection.GetContainedProtection(StaticType(instance), DataView.Text)));
            }
        }

        return result.Union(TypeTaint(method.MethodKind == MethodKind.Constructor ? method.ContainingType : call.Type));
    }

    /// <summary><c>ArgumentKind.ParamCollection</c>, which the Roslyn the analyzer compiles against (4.8) does not name.</summary>
    private const ArgumentKind ParamCollectionKind = (ArgumentKind)4;

    /// <summary>The values given to a params parameter at the call site, or null for any other argument.</summary>
    private static IReadOnlyList<IOperation>? ParamsElements(IArgumentOperation argument)
    {
        if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer })
        {
            return initializer.ElementValues;
        }

        if (argument.ArgumentKind == ParamCollectionKind)
        {
            var values = new List<IOperation>();
            foreach (var child in argument.Value.ChildOperations)
            {
                values.Add(child);
            }

            return values;
        }

        return null;
    }

    private static bool IsDelegate(IOperation value) => DelegateTarget(value) is not null;

    /// <summary>A lambda converted to an expression tree (<c>Expression&lt;Func&lt;T, R&gt;&gt;</c>): code that a query provider reads.</summary>
    private bool IsExpressionTree(IOperation value) =>
        value is IConversionOperation { Operand: IAnonymousFunctionOperation } conversion && Policy.IsDataFree(conversion.Type);

    /// <summary>The lambda or method group behind a delegate argument, through conversions such as Func to Delegate.</summary>
    internal static IOperation? DelegateTarget(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value switch
        {
            IDelegateCreationOperation creation => creation.Target,
            IAnonymousFunctionOperation function => function,
            _ => null,
        };
    }

    /// <summary>Evaluates lambdas and method groups passed to a call, with their parameters bound to the call's inputs.</summary>
    private Projection EvalDelegateArguments(
        IOperation call, IMethodSymbol method, CallEffect effect, ImmutableArray<IArgumentOperation> arguments, Taint[] taints, in Taint inputs)
    {
        var response = Policy.Endpoints.MappingResponse(method, arguments, call);
        var groups = effect == CallEffect.Group;
        var isProjection = groups || effect == CallEffect.Project;

        var values = Taint.None;
        var keys = Taint.None;
        var all = Taint.None;
        var hasValueSelector = false;

        for (var i = 0; i < arguments.Length; i++)
        {
            var argument = arguments[i];
            if (!IsDelegate(argument.Value))
            {
                continue;
            }

            var role = ApiPolicy.RoleOf(argument.Parameter);
            var handlerResponse = response is not null && Endpoints.IsHandlerParameter(argument.Parameter) ? response : null;

            // GroupBy's result selector receives the group key first.
            Taint? firstParameter = groups && ApiPolicy.ReceivesGroupKeyFirst(argument.Parameter) ? keys : null;
            var returned = EvalDelegate(argument, inputs, firstParameter, handlerResponse);
            taints[i] = returned;
            all = all.Union(returned);

            if (role == SelectorRole.Key)
            {
                keys = keys.Union(groups ? returned.Flatten().DirectlyMarkedOnly() : returned.Flatten());
            }
            else if (role == SelectorRole.Value)
            {
                values = values.Union(returned);
                hasValueSelector = true;
            }
        }

        if (!isProjection)
        {
            return new Projection(false, Taint.None, all);
        }

        // Without an element selector the elements are the source's own; CountBy's are counts.
        var elements = hasValueSelector ? values : method.Name == "CountBy" ? Taint.None : inputs;
        return new Projection(true, elements.Flatten().ValuesOnly().Union(keys.AsKeys()), all);
    }

    private Taint EvalDelegate(IArgumentOperation argument, in Taint bound, Taint? firstParameter, Sink? response)
    {
        var target = DelegateTarget(argument.Value) ?? argument.Value;
        switch (target)
        {
            case IAnonymousFunctionOperation function:
                var parameters = function.Symbol.Parameters;
                for (var i = 0; i < parameters.Length; i++)
                {
                    Join(parameters[i], i == 0 && firstParameter.HasValue ? firstParameter.Value : bound);
                }

                return EvalFunction(function, response);

            case IMethodReferenceOperation reference:
                return EvalMethodGroup(argument, reference, bound, response);

            default:
                return Eval(target);
        }
    }

    /// <summary>A method group passed as a delegate: applied to the bound inputs through its summary.</summary>
    private Taint EvalMethodGroup(IArgumentOperation argument, IMethodReferenceOperation reference, in Taint bound, Sink? response)
    {
        var receiver = Eval(reference.Instance);
        var method = reference.Method;
        if (_context.IsDeclassifier(method))
        {
            // Select(CaseReferences.Of): the declassifier's results, as for a call.
            return Taint.None;
        }

        var summary = IsInSource(method) ? Noted(_context.GetCalleeSummary(method, _chain, _cancellationToken)) : null;

        Taint returned;
        if (summary is { IsUsable: true })
        {
            returned = Taint.FromSource(summary.Returned.Source);
            if ((summary.Returned.AnyParameters & ~(1UL << Taint.ThisBit)) != 0)
            {
                returned = returned.Union(bound);
            }

            if ((summary.Returned.AnyParameters & (1UL << Taint.ThisBit)) != 0)
            {
                returned = returned.Union(receiver);
            }

            foreach (var parameterSink in summary.ParameterSinks)
            {
                CheckSink(argument.Value, parameterSink.Reached(parameterSink.Bit == Taint.ThisBit ? receiver : bound), parameterSink.Sink, HelperName(method), parameterSink.Whole);
            }
        }
        else
        {
            returned = bound.Union(receiver);
        }

        returned = returned.Union(Taint.FromSource(_context.Protection.GetMemberProtection(method)))
                           .Union(TypeTaint(method.ReturnType));
        if (response is not null)
        {
            _context.NoteRendered(method.ReturnType, response);
            var source = returned.AnySource ?? _context.Protection.GetContainedProtection(method.ReturnType, response.View);
            if (source is not null)
            {
                if (FindAuthorizer(method) is { } approval)
                {
                    // The handler method carries the approval: what it returns is listed under it.
                    _context.NoteApproval(approval);
                    _context.NoteApprovedFlow(approval, response.Describe(null));
                }
                else
                {
                    Report(argument.Value, source, response, HelperName(method));
                }
            }
        }

        return returned;
    }

    private void CheckSinkArguments(
        Sink sink, SinkMatch match, ImmutableArray<IArgumentOperation> arguments, Taint[] taints,
        List<(IOperation Element, Taint Taint)>?[]? paramsElements, string? throughHelper)
    {
        for (var i = 0; i < arguments.Length; i++)
        {
            if (!match.Covers(arguments[i].Parameter) || arguments[i].Parameter?.RefKind == RefKind.Out)
            {
                continue;
            }

            if (CheckArgument(arguments[i], taints[i], paramsElements?[i], sink, throughHelper))
            {
                // One diagnostic per call: the first argument that carries protected data.
                return;
            }
        }
    }

    private bool CheckArgument(
        IArgumentOperation argument, in Taint taint, List<(IOperation Element, Taint Taint)>? elements, Sink sink, string? throughHelper,
        bool containedByType = true)
    {
        if (elements is null)
        {
            return CheckSink(argument.Value, taint, sink, throughHelper, containedByType);
        }

        foreach (var (element, elementTaint) in elements)
        {
            if (CheckSink(element, elementTaint, sink, throughHelper, containedByType))
            {
                return true;
            }
        }

        return false;
    }

    private void ApplyParameterSinks(
        IMethodSymbol method, MethodSummary summary, IOperation? instance, in Taint receiver,
        ImmutableArray<IArgumentOperation> arguments, Taint[] taints, List<(IOperation Element, Taint Taint)>?[]? paramsElements)
    {
        if (summary.ParameterSinks.IsEmpty)
        {
            return;
        }

        var helper = HelperName(method);
        foreach (var parameterSink in summary.ParameterSinks)
        {
            if (parameterSink.Bit == Taint.ThisBit)
            {
                if (instance is not null)
                {
                    CheckSink(instance, ReadThroughArgument(instance, receiver, parameterSink), parameterSink.Sink, helper, containedByType: parameterSink.Whole);
                }

                continue;
            }

            for (var i = 0; i < arguments.Length; i++)
            {
                if (arguments[i].Parameter is { } parameter && Taint.ParameterBit(parameter.Ordinal) == parameterSink.Bit &&
                    CheckArgument(arguments[i], ReadThroughArgument(arguments[i].Value, taints[i], parameterSink), ReachedElements(paramsElements?[i], parameterSink), parameterSink.Sink, helper, parameterSink.Whole))
                {
                    break;
                }
            }
        }
    }

    /// <summary>
    /// What of an argument reaches a helper's sink: all of it, or the members the helper reads (then this method's
    /// own parameter, passed on, reaches the sink through those members too).
    /// </summary>
    private Taint ReadThroughArgument(IOperation argument, in Taint taint, in ParameterSink parameterSink)
    {
        if (parameterSink.Through is not { } through)
        {
            return taint;
        }

        return ReadThroughOwnParameter(argument, taint.ReadMembers(through), through);
    }

    private static List<(IOperation Element, Taint Taint)>? ReachedElements(List<(IOperation Element, Taint Taint)>? elements, ParameterSink parameterSink)
    {
        if (elements is null || parameterSink.Through is null)
        {
            return elements;
        }

        var reached = new List<(IOperation, Taint)>(elements.Count);
        foreach (var (element, taint) in elements)
        {
            reached.Add((element, parameterSink.Reached(taint)));
        }

        return reached;
    }

    private Taint ConstructedFrom(IMethodSymbol constructor, ImmutableArray<IArgumentOperation> arguments, Taint[] taints)
    {
        var type = constructor.ContainingType;
        var isOwnType = !type.DeclaringSyntaxReferences.IsEmpty;
        var built = Taint.None;
        for (var i = 0; i < arguments.Length; i++)
        {
            var member = isOwnType && arguments[i].Parameter is { } parameter ? DataMemberNamed(type, parameter.Name) : null;
            built = built.Union(member is null ? taints[i] : taints[i].InMember(member.Name));
        }

        return built;
    }

    /// <summary>
    /// An object mapper's result (Adapt&lt;T&gt;, Map&lt;T&gt;, ProjectTo&lt;T&gt;): the target's members that share a name
    /// with a member of the source that holds protected data hold it; a target that receives none is clean.
    /// </summary>
    private Taint Mapped(IMethodSymbol method, IArgumentOperation source, in Taint sourceTaint)
    {
        var sourceType = ElementType(StaticType(source.Value));
        var targetType = MappingTarget(method);
        var parameters = new Taint(null, sourceTaint.AnyParameters);
        if (sourceType is not INamedTypeSymbol from || targetType is not INamedTypeSymbol to)
        {
            return sourceTaint;
        }

        var mapped = Taint.None;
        foreach (var target in PublicDataMembers(to))
        {
            var member = DataMemberNamed(from, target.Name);
            var data = member is null ? null : MemberSource(member, from) ?? sourceTaint.ReadMember(member.Name).Source;
            if (data is not null)
            {
                mapped = mapped.Union(Taint.FromSource(data).InMember(target.Name));
            }
        }

        return mapped.Union(parameters);
    }

    /// <summary>
    /// What <c>query.Include(c =&gt; c.Author)</c> adds to the entities it returns: the protected data the navigation
    /// leads to, held in that navigation (ThenInclude: in the navigation the previous Include loaded).
    /// </summary>
    private Taint Included(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, in Taint query)
    {
        foreach (var argument in arguments)
        {
            if (NavigationRead(argument.Value) is not { } navigation || ElementType(navigation.Type) is not { } target)
            {
                continue;
            }

            var inner = _context.Protection.GetContainedProtection(target, DataView.SystemTextJson);
            if (inner is null)
            {
                return Taint.None;
            }

            var path = navigation.ContainingType.Name + "." + navigation.Name + (ApiPolicy.IsCollection(navigation.Type) ? "[]" : string.Empty);
            var suffix = inner.Name.StartsWith(target.Name, StringComparison.Ordinal) ? inner.Name.Substring(target.Name.Length) : "." + inner.Name;
            var loaded = Taint.FromSource(new ProtectedSource(path + suffix, isMarkedDirectly: true, inner.Member));
            return method.Name == "ThenInclude" && query.Members is { } loadedBefore
                ? new Taint(loaded.Source, 0, members: loadedBefore)
                : loaded.InMember(navigation.Name);
        }

        return Taint.None;
    }

    /// <summary>The property an Include's lambda reads off its parameter: <c>Author</c> in <c>c =&gt; c.Author</c>.</summary>
    private static IPropertySymbol? NavigationRead(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        if (value is not IAnonymousFunctionOperation lambda || lambda.Body.Operations.LastOrDefault() is not IReturnOperation { ReturnedValue: { } returned })
        {
            return null;
        }

        // c => c.Posts.Where(...): the navigation is the property read off the parameter, innermost.
        IPropertySymbol? navigation = null;
        for (var current = returned; current is not null;)
        {
            switch (current)
            {
                case IConversionOperation conversion:
                    current = conversion.Operand;
                    break;
                case IPropertyReferenceOperation property:
                    navigation = property.Property;
                    current = property.Instance;
                    break;
                case IInvocationOperation invocation:
                    current = invocation.Instance ?? (invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
                    break;
                default:
                    current = null;
                    break;
            }
        }

        return navigation;
    }

    /// <summary>The type a mapping call produces: its type argument named like a destination, else what it returns.</summary>
    private static ITypeSymbol? MappingTarget(IMethodSymbol method)
    {
        for (var i = method.TypeParameters.Length - 1; i >= 0; i--)
        {
            var name = method.TypeParameters[i].Name;
            if (name.IndexOf("Dest", StringComparison.Ordinal) >= 0 || name == "T" || name == "TResult")
            {
                return ElementType(method.TypeArguments[i]);
            }
        }

        return ElementType(method.ReturnType);
    }

    /// <summary>The element type of a collection or query, or the type itself.</summary>
    private static ITypeSymbol? ElementType(ITypeSymbol? type)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return array.ElementType;
            case INamedTypeSymbol { IsGenericType: true } named when ApiPolicy.IsCollection(named) && named.TypeArguments.Length == 1:
                return named.TypeArguments[0];
            default:
                return type;
        }
    }

    /// <summary>The public instance properties and fields of a type and its base types: what a mapper fills.</summary>
    private static IEnumerable<ISymbol> PublicDataMembers(INamedTypeSymbol type)
    {
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol { IsIndexer: false } or IFieldSymbol { IsImplicitlyDeclared: false, IsConst: false } &&
                    !member.IsStatic && member.DeclaredAccessibility == Accessibility.Public)
                {
                    yield return member;
                }
            }
        }
    }

    /// <summary>The public property or field of <paramref name="type"/> (or a base type) with that name, ignoring case.</summary>
    private static ISymbol? DataMemberNamed(INamedTypeSymbol type, string name)
    {
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol or IFieldSymbol { IsImplicitlyDeclared: false } &&
                    !member.IsStatic &&
                    string.Equals(member.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return member;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// What a library method returns: what went in. When it returns text or a number, an object that holds protected
    /// data in some members only counts as its ToString would print it (GetUserIdAsync(user) is not the user's name).
    /// </summary>
    private Taint LibraryResult(
        IMethodSymbol method, IOperation? instance, in Taint receiver, ImmutableArray<IArgumentOperation> arguments, Taint[] taints, in Taint inputs)
    {
        if (method.ReturnType.SpecialType == SpecialType.None)
        {
            return inputs;
        }

        var result = instance is null ? Taint.None : Shown(receiver, StaticType(instance), DataView.Text);
        for (var i = 0; i < arguments.Length; i++)
        {
            result = result.Union(Shown(taints[i], StaticType(arguments[i].Value), DataView.Text));
        }

        return result;
    }

    /// <summary>
    /// True when what the code being walked returns is an HTTP response: an endpoint's, or a Razor Page handler's
    /// (<c>OnPost</c> of a <c>PageModel</c>), with who can reach it when that is known.
    /// </summary>
    private bool ReturnsResponse(out Audience? audience)
    {
        audience = null;
        if (_frames.Count == 0)
        {
            return false;
        }

        if (_frames.Peek().Response is { } response)
        {
            audience = response.Audience;
            return true;
        }

        if (_frames.Count == 1 && _isPageHandler)
        {
            audience = _context.Policy.Audiences?.ForPageModel(_root!.ContainingType, null);
            return true;
        }

        return false;
    }

    /// <summary>What a serializer returns when it returns what it wrote: a string or bytes, not a task.</summary>
    private static bool IsText(ITypeSymbol type) =>
        type.SpecialType == SpecialType.System_String || type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte };

    /// <summary>True when <paramref name="call"/> is part of the expression its method returns, not of an earlier statement.</summary>
    private static bool IsReturned(IOperation call)
    {
        for (var current = call.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IReturnOperation:
                    return true;
                case IArgumentOperation or IConversionOperation or IMemberInitializerOperation or
                     IObjectOrCollectionInitializerOperation or ISimpleAssignmentOperation or IInterpolatedStringContentOperation:
                    continue;
                case IInvocationOperation or IObjectCreationOperation or IAwaitOperation or IInterpolatedStringOperation or
                     IBinaryOperation or IConditionalOperation or ICoalesceOperation:
                    // Only what carries the text on: Encoding.GetBytes, Content(json), new FileContentResult(...), a
                    // concatenation. Text handed to a method that answers something else (an id, a bool) is not sent.
                    if (current.Type is { } carried && (IsText(carried) || Endpoints.IsResponseObject(carried)))
                    {
                        continue;
                    }

                    return false;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>
    /// What a method of another project of the application that returns an untyped result (<c>object</c>,
    /// <c>IDictionary&lt;string, object&gt;</c>) was given as objects whose type declares protected members: the result
    /// holds them, and its type no longer says so. Not the receiver: <c>MemberwiseClone()</c> behind a typed
    /// <c>Clone()</c> is the same object, whose plain members stay plain. Not the framework or general-purpose packages:
    /// reflection reads one member, a query takes an object as its parameters, a delegate returns what it computes.
    /// </summary>
    private Taint ObjectsHiddenInResult(ImmutableArray<IArgumentOperation> arguments)
    {
        var hidden = Taint.None;
        foreach (var argument in arguments)
        {
            hidden = hidden.Union(Taint.FromSource(_context.Protection.GetContainedProtection(StaticType(argument.Value), DataView.SystemTextJson)));
        }

        return hidden;
    }

    /// <summary>
    /// A helper that stores into an object it was given (<c>Fill(ctx, applicant.Name)</c> setting <c>ctx.Recipient</c>,
    /// <c>AddLine(lines, name)</c>): the caller's variable now holds what was stored.
    /// </summary>
    private void ApplyParameterStores(
        MethodSummary summary, in Taint receiver, ImmutableArray<IArgumentOperation> arguments, Taint[] taints)
    {
        foreach (var store in summary.ParameterStores)
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter is { } parameter && Taint.ParameterBit(parameter.Ordinal) == store.Bit &&
                    argument.ArgumentKind != ArgumentKind.ParamArray &&
                    !(argument.Value.Type is { } type && Policy.IsListedOpaque(type)) &&
                    AssignmentRoot(argument.Value) is { } root)
                {
                    Join(root, AtCaller(store.Held, receiver, arguments, taints));
                }
            }
        }
    }

    /// <summary>A method that stores its arguments in its receiver's fields: the receiver now holds them.</summary>
    private void ApplyReceiverTakes(MethodSummary summary, IOperation? instance, ImmutableArray<IArgumentOperation> arguments, Taint[] taints)
    {
        var takes = summary.Fields.ReceiverTakes;
        if (takes == 0 || instance is null || (instance.Type is { } type && Policy.IsOpaque(type)) || AssignmentRoot(instance) is not { } root)
        {
            // A service (opaque: _mailer, _db) passes what it is given on; it is not a container of it.
            return;
        }

        var taken = Taint.None;
        for (var i = 0; i < arguments.Length; i++)
        {
            if (arguments[i].Parameter is { } parameter && (takes & (1UL << Taint.ParameterBit(parameter.Ordinal))) != 0)
            {
                taken = taken.Union(taints[i]);
            }
        }

        Join(root, taken);
    }

    private static Taint ApplySummaryReturn(MethodSummary summary, in Taint receiver, ImmutableArray<IArgumentOperation> arguments, Taint[]? argumentTaints) =>
        AtCaller(summary.Returned, receiver, arguments, argumentTaints);

    /// <summary>
    /// A callee's value as the caller sees it: its own protected data, and for each parameter it depends on, what the
    /// caller passed there, placed as the callee placed it.
    /// </summary>
    private static Taint AtCaller(in Taint calleeValue, in Taint receiver, ImmutableArray<IArgumentOperation> arguments, Taint[]? argumentTaints)
    {
        var result = new Taint(calleeValue.Source, 0, calleeValue.KeySource, 0, calleeValue.Members);
        var parameters = calleeValue.AnyParameters;
        if (parameters == 0)
        {
            return result;
        }

        if ((parameters & (1UL << Taint.ThisBit)) != 0)
        {
            result = result.Union(Placed(receiver, Taint.ThisBit, calleeValue));
        }

        if (argumentTaints is not null)
        {
            for (var i = 0; i < arguments.Length; i++)
            {
                if (arguments[i].Parameter is { } parameter && (parameters & (1UL << Taint.ParameterBit(parameter.Ordinal))) != 0)
                {
                    result = result.Union(Placed(argumentTaints[i], Taint.ParameterBit(parameter.Ordinal), calleeValue));
                }
            }
        }

        return result;
    }

    /// <summary>
    /// What a helper's result holds of an argument: the argument in some members (<c>new Box { Value = s }</c>), what
    /// some of its members hold (<c>return ctx.TemplateName</c>), or all of it.
    /// </summary>
    private static Taint Placed(in Taint argument, int bit, in Taint returned)
    {
        var mask = 1UL << bit;
        if (returned.Placement is not { } placement || (returned.KeyParameters & mask) != 0)
        {
            return argument;
        }

        return (placement.HeldBits & mask) != 0 ? argument.InMembers(placement.HeldIn!)
            : (placement.ReadBits & mask) != 0 ? argument.ReadMembers(placement.ReadThrough!)
            : argument;
    }

    /// <summary>
    /// A local function is a helper like any other: what its parameters carry to a sink is reported at the call that
    /// passes them (from its summary). What it captures from the enclosing code was seen where the body was walked,
    /// and what it returns is both.
    /// </summary>
    private Taint CallLocalFunction(
        IMethodSymbol function, ImmutableArray<IArgumentOperation> arguments, Taint[] taints,
        List<(IOperation Element, Taint Taint)>?[]? paramsElements)
    {
        // Its declaration may come later in the method: the call must see what the second pass knows.
        _deferredDepth++;
        var captured = Read(function);
        _deferredDepth--;
        var summary = Noted(_context.GetCalleeSummary(function, _chain, _cancellationToken));
        if (summary is not { IsUsable: true })
        {
            return captured;
        }

        ApplyParameterSinks(function, summary, instance: null, Taint.None, arguments, taints, paramsElements);
        ApplyParameterStores(summary, Taint.None, arguments, taints);
        return captured.Union(ApplySummaryReturn(summary, Taint.None, arguments, taints));
    }

    /// <summary>sb.Append(x), list.Add(x), dictionary[key] = value: the builder or collection now holds x.</summary>
    private void AccumulateIntoReceiver(IMethodSymbol method, IOperation? instance, ImmutableArray<IArgumentOperation> arguments, Taint[] taints)
    {
        if (instance is null || !Policy.IsAccumulation(method, instance.Type))
        {
            return;
        }

        var root = AssignmentRoot(instance);
        if (root is null)
        {
            return;
        }

        var isDictionary = ApiPolicy.IsDictionary(instance.Type);
        var added = Taint.None;
        for (var i = 0; i < arguments.Length; i++)
        {
            // A dictionary filled by hand is a grouping: labels read from a record's unmarked members are labels.
            added = added.Union(isDictionary && i == 0 && arguments.Length > 1 ? taints[i].Flatten().DirectlyMarkedOnly().AsKeys() : taints[i]);
        }

        Join(root, added);
    }

    private void AssignOutArguments(ImmutableArray<IArgumentOperation> arguments, in Taint inputs)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.RefKind is RefKind.Out or RefKind.Ref)
            {
                Assign(argument.Value, inputs.ValuesOnly());
            }
        }
    }

    private static string HelperName(IMethodSymbol method) => SymbolNames.Display(method);

    /// <summary>What the delegates passed to a call returned, and for LINQ projections what the result holds.</summary>
    private readonly struct Projection
    {
        public Projection(bool isProjection, Taint result, Taint all)
        {
            IsProjection = isProjection;
            Result = result;
            All = all;
        }

        public bool IsProjection { get; }

        public Taint Result { get; }

        public Taint All { get; }
    }
}
