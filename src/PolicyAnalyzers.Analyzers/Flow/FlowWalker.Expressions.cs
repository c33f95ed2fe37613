using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PolicyAnalyzers.Markers;
using PolicyAnalyzers.Policy;

namespace PolicyAnalyzers.Flow;

/// <summary>Evaluation of statements and expressions other than calls.</summary>
internal sealed partial class FlowWalker
{
    private Taint Eval(IOperation? operation)
    {
        if (operation is null || operation.ConstantValue.HasValue)
        {
            // Literals, constants and nameof carry no data.
            return Taint.None;
        }

        CheckCancellation();
        if (_depth >= MaxDepth)
        {
            return Taint.None;
        }

        if ((_depth & 15) == 15 && !StackGuard.HasRoom())
        {
            // Out of stack (summaries nest walkers inside walkers, and a thread may have 1 MB): deeper operations
            // are not evaluated, as past the depth limit, rather than the member failing (see StackGuard).
            return Taint.None;
        }

        _depth++;
        DepthOnThread++;
        try
        {
            var taint = EvalCore(operation);
            return IsDataFree(operation.Type) ? Taint.None : taint;
        }
        finally
        {
            _depth--;
            DepthOnThread--;
        }
    }

    // Dispatches on Kind: one switch instead of a chain of interface type tests on every operation.
    private Taint EvalCore(IOperation operation)
    {
        switch (operation.Kind)
        {
            case OperationKind.Literal:
            case OperationKind.NameOf:
            case OperationKind.TypeOf:
            case OperationKind.SizeOf:
            case OperationKind.DefaultValue:
            case OperationKind.IsType:
                return Taint.None;

            case OperationKind.LocalReference:
            {
                var local = ((ILocalReferenceOperation)operation).Local;
                return Read(local).Union(TypeTaint(local.Type));
            }

            case OperationKind.ParameterReference:
            {
                NoteParameterUse((IParameterReferenceOperation)operation);
                var parameter = ((IParameterReferenceOperation)operation).Parameter;
                var receiver = parameter.ContainingSymbol is INamedTypeSymbol && _root is { IsStatic: false }
                    ? Taint.FromParameter(Taint.ThisBit)   // extension(ILogger log) { ... }: 'log' is the receiver
                    : Taint.None;
                return receiver.Union(Read(parameter)).Union(TypeTaint(parameter.Type));
            }

            case OperationKind.InstanceReference:
                return EvalInstance((IInstanceReferenceOperation)operation);

            case OperationKind.FieldReference:
            {
                var field = (IFieldReferenceOperation)operation;
                return EvalMemberRead(field, field.Field, field.Instance);
            }

            case OperationKind.PropertyReference:
            {
                var property = (IPropertyReferenceOperation)operation;
                return property.Arguments.IsEmpty
                    ? EvalMemberRead(property, property.Property, property.Instance)
                    : EvalIndexer(property);
            }

            case OperationKind.ArrayElementReference:
            {
                var element = (IArrayElementReferenceOperation)operation;
                EvalAll(element.Indices);
                return Eval(element.ArrayReference).ValuesOnly();
            }

            case OperationKind.Invocation:
            {
                var invocation = (IInvocationOperation)operation;
                return EvalCall(invocation, invocation.TargetMethod, invocation.Instance, invocation.Arguments);
            }

            case OperationKind.ObjectCreation:
                return EvalObjectCreation((IObjectCreationOperation)operation);

            case OperationKind.AnonymousObjectCreation:
                return EvalInitializers(((IAnonymousObjectCreationOperation)operation).Initializers);

            case OperationKind.ObjectOrCollectionInitializer:
                return EvalInitializers(((IObjectOrCollectionInitializerOperation)operation).Initializers);

            case OperationKind.MemberInitializer:
                return Eval(((IMemberInitializerOperation)operation).Initializer);

            case OperationKind.With:
            {
                var with = (IWithOperation)operation;
                return Eval(with.Operand).Union(Eval(with.Initializer));
            }

            case OperationKind.ArrayCreation:
            {
                var array = (IArrayCreationOperation)operation;
                EvalAll(array.DimensionSizes);
                return Eval(array.Initializer).Union(TypeTaint(array.Type));
            }

            case OperationKind.ArrayInitializer:
                return EvalAll(((IArrayInitializerOperation)operation).ElementValues);

            case OperationKind.Tuple:
            {
                var elements = ((ITupleOperation)operation).Elements;
                var tuple = Taint.None;
                for (var i = 0; i < elements.Length; i++)
                {
                    tuple = tuple.Union(Eval(elements[i]).InMember("Item" + (i + 1)));
                }

                return tuple;
            }

            case OperationKind.InterpolatedString:
                return EvalInterpolation((IInterpolatedStringOperation)operation);

            case OperationKind.Interpolation:
            {
                var interpolation = (IInterpolationOperation)operation;
                EvalAll(interpolation.Alignment, interpolation.FormatString);
                return EvalAsText(interpolation.Expression);
            }

            case OperationKind.Binary:
                return EvalBinary((IBinaryOperation)operation);

            case OperationKind.Unary:
                return Eval(((IUnaryOperation)operation).Operand);

            case OperationKind.Conversion:
            {
                // A lambda converted to an expression tree is code, not a value: not walked.
                var conversion = (IConversionOperation)operation;
                return conversion.Operand is IAnonymousFunctionOperation && IsDataFree(conversion.Type)
                    ? Taint.None
                    : Eval(conversion.Operand);
            }

            case OperationKind.Await:
                return Eval(((IAwaitOperation)operation).Operation);

            case OperationKind.Coalesce:
            {
                var coalesce = (ICoalesceOperation)operation;
                return Eval(coalesce.Value).Union(Eval(coalesce.WhenNull));
            }

            case OperationKind.Conditional:
            {
                var conditional = (IConditionalOperation)operation;
                Eval(conditional.Condition);
                return Eval(conditional.WhenTrue).Union(Eval(conditional.WhenFalse));
            }

            case OperationKind.ConditionalAccess:
            {
                var conditionalAccess = (IConditionalAccessOperation)operation;
                _conditionalAccessReceivers.Push(Eval(conditionalAccess.Operation));
                try
                {
                    return Eval(conditionalAccess.WhenNotNull);
                }
                finally
                {
                    _conditionalAccessReceivers.Pop();
                }
            }

            case OperationKind.ConditionalAccessInstance:
                return _conditionalAccessReceivers.Count > 0 ? _conditionalAccessReceivers.Peek() : Taint.None;

            case OperationKind.SimpleAssignment:
            {
                var assignment = (ISimpleAssignmentOperation)operation;
                var value = Eval(assignment.Value);
                if (!CheckSetterSink(assignment.Target, assignment.Value, value))
                {
                    Assign(assignment.Target, value);
                }

                return value;
            }

            case OperationKind.CompoundAssignment:
            {
                var compound = (ICompoundAssignmentOperation)operation;
                var value = Eval(compound.Target).Union(Eval(compound.Value));
                if (!CheckSetterSink(compound.Target, compound.Value, value))
                {
                    Assign(compound.Target, value);
                }

                return value;
            }

            case OperationKind.CoalesceAssignment:
            {
                var coalesceAssignment = (ICoalesceAssignmentOperation)operation;
                var value = Eval(coalesceAssignment.Target).Union(Eval(coalesceAssignment.Value));
                Assign(coalesceAssignment.Target, value);
                return value;
            }

            case OperationKind.Increment:
            case OperationKind.Decrement:
                return Eval(((IIncrementOrDecrementOperation)operation).Target);

            case OperationKind.DeconstructionAssignment:
                return EvalDeconstruction((IDeconstructionAssignmentOperation)operation);

            case OperationKind.DeclarationExpression:
                return Eval(((IDeclarationExpressionOperation)operation).Expression);

            case OperationKind.VariableDeclarator:
            {
                var declarator = (IVariableDeclaratorOperation)operation;
                if (declarator.Initializer is not null)
                {
                    Join(declarator.Symbol, Eval(declarator.Initializer.Value));
                    NoteParameterMemberAlias(declarator.Symbol, declarator.Initializer.Value);
                }

                return Taint.None;
            }

            case OperationKind.Return:
            case OperationKind.YieldReturn:
                EvalReturn((IReturnOperation)operation);
                return Taint.None;

            case OperationKind.Loop:
                _deferredDepth++;
                try
                {
                    if (operation is IForEachLoopOperation forEach)
                    {
                        EvalForEach(forEach);
                        return Taint.None;
                    }

                    return EvalChildren(operation);
                }
                finally
                {
                    _deferredDepth--;
                }

            case OperationKind.Branch when ((IBranchOperation)operation).BranchKind == BranchKind.GoTo && !_mayJumpBack:
                _mayJumpBack = true;
                _needsAnotherPass = true;
                return Taint.None;

            case OperationKind.IsPattern:
            {
                var isPattern = (IIsPatternOperation)operation;
                BindPattern(isPattern.Pattern, Eval(isPattern.Value));
                return Taint.None;
            }

            case OperationKind.SwitchExpression:
                return EvalSwitchExpression((ISwitchExpressionOperation)operation);

            case OperationKind.Switch:
                EvalSwitch((ISwitchOperation)operation);
                return Taint.None;

            case OperationKind.AnonymousFunction:
                return EvalFunction((IAnonymousFunctionOperation)operation, response: null);

            case OperationKind.DelegateCreation:
                return Eval(((IDelegateCreationOperation)operation).Target);

            case OperationKind.MethodReference:
                return Eval(((IMethodReferenceOperation)operation).Instance);

            case OperationKind.LocalFunction:
                EvalLocalFunction((ILocalFunctionOperation)operation);
                return Taint.None;

            case OperationKind.Throw:
                Eval(((IThrowOperation)operation).Exception);
                return Taint.None;

            case OperationKind.Argument:
                return Eval(((IArgumentOperation)operation).Value);

            case OperationKind.TranslatedQuery:
                return Eval(((ITranslatedQueryOperation)operation).Operation);

            default:
                return EvalChildren(operation);
        }
    }

    private Taint EvalChildren(IOperation operation)
    {
        var taint = Taint.None;
        foreach (var child in operation.ChildOperations)
        {
            taint = taint.Union(Eval(child));
        }

        return taint;
    }

    private Taint EvalAll(IEnumerable<IOperation> operations)
    {
        var taint = Taint.None;
        foreach (var operation in operations)
        {
            taint = taint.Union(Eval(operation));
        }

        return taint;
    }

    private void EvalAll(IOperation? first, IOperation? second)
    {
        Eval(first);
        Eval(second);
    }

    /// <summary>The value as text: formatting an object calls ToString, which prints a record's members.</summary>
    private Taint EvalAsText(IOperation operation)
    {
        var type = StaticType(operation);
        var taint = Shown(Eval(operation), type, DataView.Text);
        if (taint.AnySource is not null)
        {
            return taint;
        }

        if (type is null || type.SpecialType == SpecialType.System_String)
        {
            return taint;
        }

        return taint.Union(Taint.FromSource(_context.Protection.GetContainedProtection(type, DataView.Text)));
    }

    private Taint EvalInterpolation(IInterpolatedStringOperation interpolated)
    {
        var taint = Taint.None;
        foreach (var part in interpolated.Parts)
        {
            switch (part)
            {
                case IInterpolationOperation:
                    taint = taint.Union(Eval(part));
                    break;

                // $"..." passed to an interpolated string handler (StringBuilder.AppendLine, loggers): each hole
                // is an AppendFormatted(value) call on the handler.
                case IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation append }:
                    foreach (var argument in append.Arguments)
                    {
                        taint = taint.Union(EvalAsText(argument.Value));
                    }

                    break;
            }
        }

        return taint.Flatten();
    }

    // Long concatenations are left-deep trees: walk the left spine without recursion.
    private Taint EvalBinary(IBinaryOperation binary)
    {
        var spine = new List<IBinaryOperation>();
        IOperation left = binary;
        while (left is IBinaryOperation nested && !nested.ConstantValue.HasValue)
        {
            spine.Add(nested);
            left = nested.LeftOperand;
        }

        var textual = binary.Type?.SpecialType == SpecialType.System_String;
        var taint = textual ? EvalAsText(left) : Eval(left);
        for (var i = spine.Count - 1; i >= 0; i--)
        {
            var level = spine[i];
            var right = textual ? EvalAsText(level.RightOperand) : Eval(level.RightOperand);
            taint = IsDataFree(level.Type) ? Taint.None : taint.Union(right).Flatten();
        }

        return taint;
    }

    private Taint EvalInstance(IInstanceReferenceOperation instance)
    {
        if (instance.ReferenceKind != InstanceReferenceKind.ContainingTypeInstance)
        {
            return Taint.None;
        }

        var receiver = _root is { IsStatic: false } ? Taint.FromParameter(Taint.ThisBit) : Taint.None;
        return receiver.Union(TypeTaint(instance.Type));
    }

    private Taint EvalMemberRead(IOperation read, ISymbol member, IOperation? instance)
    {
        var receiver = Eval(instance);
        if (IsDataFree(read.Type))
        {
            return Taint.None;
        }

        var receiverType = instance?.Type ?? member.ContainingType;
        switch (Policy.RoleOf(member, receiverType))
        {
            case MemberRole.Keys:
                return receiver.KeysAsValue();
            case MemberRole.Values:
                return receiver.ValuesOnly();
            case MemberRole.NoData:
                return Taint.None;
        }

        // A marked member, or any member of a protected type, is protected whatever the receiver; the receiver's
        // parameters are not carried along, so a group label read from a record parameter stays a label at callers.
        Taint taint;
        var memberSource = MemberSource(member, receiverType);
        if (memberSource is not null)
        {
            taint = Taint.FromSource(memberSource);
        }
        else if (member is IPropertySymbol { GetMethod: { } getter } && GetterSummary(getter, instance) is { IsUsable: true } summary)
        {
            taint = ApplySummaryReturn(summary, receiver, arguments: default, argumentTaints: null);
        }
        else if (receiver.Members is null && IsScalar(read.Type) && IsObjectWithMembers(receiverType))
        {
            // An object known only to hold protected data somewhere (an entity that reached here through object[] or
            // a query): a number, date or id read from an unmarked member is not that data (order.Id, address.CountryId).
            // Text, dates and collections are not such objects: a protected date's Year is still the date's.
            // Marked members and members of protected types were decided above. Not carried to callers either: an
            // entity passed in (the customer of an order) would make every id a helper logs a leak.
            taint = Taint.None;
        }
        else
        {
            // An object built from protected values holds them in some members only (model.Email, not model.Id).
            var name = MemberName(member);
            taint = ReadThroughOwnParameter(instance, receiver.ReadMember(name).Flatten(), MemberNames.Of(name), member);
        }

        if (instance is null or IInstanceReferenceOperation)
        {
            // Fields and properties of this instance assigned earlier in the body, or by other methods of the type.
            taint = taint.Union(Read(member)).Union(FieldStateOf(member, read.Type));
        }
        else if (_page is { Kind: PageKind.RazorPage } && IsPageModel(member.ContainingType))
        {
            // A Razor Page renders its PageModel's properties, which its handlers (OnGet) filled in.
            taint = taint.Union(FieldStateOf(member, read.Type));
        }

        return taint.Union(TypeTaint(read.Type));
    }

    /// <summary>
    /// A member read straight from one of this method's parameters (<c>ctx.TemplateName</c>) depends on the parameter
    /// through that member only: a caller passing a context that holds a customer in another member does not pass
    /// the customer on. Not for a parameter the method assigns: it may hold something else by then.
    /// </summary>
    private Taint ReadThroughOwnParameter(IOperation? instance, in Taint taint, MemberNames members, ISymbol? member = null)
    {
        while (instance is IConversionOperation conversion)
        {
            instance = conversion.Operand;
        }

        if (instance is not IParameterReferenceOperation { Parameter: { } parameter } || !IsOwnPlainParameter(parameter) ||
            _assignedParameters.Contains(parameter) || (member is not null && !_context.Properties.IsPlainStorage(member)))
        {
            // A getter with code may read other members: only fields and auto-properties are read through.
            return taint;
        }

        _parametersReadThroughAnywhere.Add(parameter);
        if (InDeferredCode)
        {
            _parametersReadThrough.Add(parameter);
        }

        return taint.ReadThrough(1UL << parameter.Ordinal, members);
    }

    /// <summary>
    /// A parameter assigned, or one whose object may change or be seen under another name (passed on, aliased,
    /// converted, called on, or a member of it written from itself or through a setter with a body): its members are
    /// no longer read through. Read again, as a whole, where an earlier read could see the change.
    /// </summary>
    private void NoteAssigned(IParameterSymbol parameter)
    {
        if (_assignedParameters.Add(parameter) &&
            (_parametersReadThrough.Contains(parameter) || (_deferredDepth > 0 && _parametersReadThroughAnywhere.Contains(parameter))))
        {
            _needsAnotherPass = true;
        }
    }

    /// <summary><c>var model = ctx.Model</c>: a store into <c>model</c> is a store into the caller's <c>ctx</c>, in <c>Model</c>.</summary>
    private void NoteParameterMemberAlias(ILocalSymbol local, IOperation initializer)
    {
        if (initializer is IMemberReferenceOperation { Member: IFieldSymbol or IPropertySymbol { IsIndexer: false }, Instance: IParameterReferenceOperation owner } member &&
            local.Type.IsReferenceType && IsOwnPlainParameter(owner.Parameter) && _reassignedAliases?.Contains(local) != true)
        {
            (_parameterAliases ??= new(SymbolEqualityComparer.Default))[local] = new ParameterMemberAlias(owner.Parameter, MemberName(member.Member));
        }
    }

    private bool IsOwnPlainParameter(IParameterSymbol parameter) =>
        parameter is { RefKind: RefKind.None, Ordinal: < Taint.OverflowParameterBit } &&
        _root is not null && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, _root);

    /// <summary>
    /// A use of a parameter other than reading a field or an auto-property of it (<c>ctx.TemplateName</c>): the object
    /// may change, or be reached under another name, so its members are not read through from here on.
    /// </summary>
    private void NoteParameterUse(IParameterReferenceOperation reference)
    {
        if (!IsOwnPlainParameter(reference.Parameter) || _assignedParameters.Contains(reference.Parameter))
        {
            return;
        }

        if (reference.Parent is IMemberReferenceOperation { Member: IFieldSymbol or IPropertySymbol { Parameters.IsEmpty: true } } member &&
            member.Instance == reference && _context.Properties.IsPlainStorage(member.Member))
        {
            return;
        }

        NoteAssigned(reference.Parameter);
    }

    /// <summary>An entity, a model, a message: not text, a number, a date, a span or a collection.</summary>
    private static bool IsObjectWithMembers(ITypeSymbol? type) =>
        type is INamedTypeSymbol { IsRefLikeType: false, TypeKind: TypeKind.Class or TypeKind.Struct or TypeKind.Interface } named &&
        named.SpecialType != SpecialType.System_String && !IsScalar(named) && !ApiPolicy.IsCollection(named) &&
        !SymbolNames.Is(named, "System", "Memory") && !SymbolNames.Is(named, "System", "ReadOnlyMemory");

    /// <summary>Numbers, dates, times, ids and enums: values no member holds a person's text in.</summary>
    private static bool IsScalar(ITypeSymbol? type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return type switch
        {
            null => false,
            { TypeKind: TypeKind.Enum } => true,
            { SpecialType: >= SpecialType.System_Char and <= SpecialType.System_Double } => true,
            { SpecialType: SpecialType.System_Decimal or SpecialType.System_DateTime or SpecialType.System_IntPtr or SpecialType.System_UIntPtr } => true,
            { Name: "Guid" or "DateTimeOffset" or "TimeSpan" or "DateOnly" or "TimeOnly" } => SymbolNames.IsNamespace(type.ContainingNamespace, "System"),
            _ => false,
        };
    }

    private static bool IsPageModel(INamedTypeSymbol? type) => SymbolNames.DerivesFrom(type, "Microsoft.AspNetCore.Mvc.RazorPages", "PageModel");

    /// <summary>How a member is named in <see cref="Taint.Members"/>: a tuple element by its position (Item1), as both names read it.</summary>
    private static string MemberName(ISymbol member) =>
        member is IFieldSymbol { CorrespondingTupleField: { } tupleField } ? tupleField.Name : member.Name;

    /// <summary>What reading a property gives: its getter's body, or through an interface, its implementations'.</summary>
    private MethodSummary? GetterSummary(IMethodSymbol getter, IOperation? instance)
    {
        var summary = IsInSource(getter) ? Noted(_context.GetCalleeSummary(getter, _chain, _cancellationToken)) : null;
        var isBaseAccess = instance is IInstanceReferenceOperation && instance.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.BaseExpressionSyntax;
        return DispatchTargets.IsDispatched(getter) && !isBaseAccess
            ? Noted(_context.GetDispatchedSummary(getter, summary, DispatchTargets.KnownReceiverType(instance, getter), _chain, _cancellationToken))
            : summary;
    }

    /// <summary>The protection of a member read from a value of <paramref name="receiverType"/>: its own marker, or its protected type's.</summary>
    private ProtectedSource? MemberSource(ISymbol member, ITypeSymbol? receiverType) =>
        _context.Protection.GetMemberProtection(member) ??
        (_context.Protection.GetValueProtection(receiverType) is not null ? _context.Protection.GetInheritedMemberSource(member) : null);

    private Taint EvalIndexer(IPropertyReferenceOperation indexer)
    {
        foreach (var argument in indexer.Arguments)
        {
            Eval(argument.Value);
        }

        var receiver = Eval(indexer.Instance);
        var own = _context.Protection.GetMemberProtection(indexer.Property);
        return receiver.ValuesOnly().Union(Taint.FromSource(own)).Union(TypeTaint(indexer.Type));
    }

    private Taint EvalObjectCreation(IObjectCreationOperation creation)
    {
        var taint = creation.Constructor is null
            ? EvalAll(creation.Arguments)
            : EvalCall(creation, creation.Constructor, instance: null, creation.Arguments);
        return taint.Union(Eval(creation.Initializer)).Union(TypeTaint(creation.Type));
    }

    private Taint EvalInitializers(IEnumerable<IOperation> initializers)
    {
        var taint = Taint.None;
        foreach (var initializer in initializers)
        {
            switch (initializer)
            {
                // { Name = value }: the new object carries the value, unless setting it sends the value out
                // ({ Body = value } on a mail message).
                case ISimpleAssignmentOperation assignment:
                {
                    var value = Eval(assignment.Value);
                    if (CheckSetterSink(assignment.Target, assignment.Value, value))
                    {
                        break;
                    }

                    if (assignment.Target is IPropertyReferenceOperation { Arguments.IsEmpty: false } indexed)
                    {
                        // { [key] = value } in a dictionary initializer
                        foreach (var argument in indexed.Arguments)
                        {
                            taint = taint.Union(Eval(argument.Value).Flatten().AsKeys());
                        }

                        taint = taint.Union(value);
                    }
                    else
                    {
                        // { Email = customer.Email }: the new object holds the data in that member.
                        taint = taint.Union(assignment.Target is IMemberReferenceOperation target && !_context.Properties.HasSetterBody(target.Member) ? value.InMember(MemberName(target.Member)) : value);
                    }

                    break;
                }

                // { item, item }: collection initializer Add calls on the new object.
                case IInvocationOperation { Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } } add:
                    foreach (var argument in add.Arguments)
                    {
                        taint = taint.Union(Eval(argument.Value));
                    }

                    break;

                default:
                    taint = taint.Union(Eval(initializer));
                    break;
            }
        }

        return taint;
    }

    private Taint EvalDeconstruction(IDeconstructionAssignmentOperation deconstruction)
    {
        var target = deconstruction.Target is IDeclarationExpressionOperation declaration ? declaration.Expression : deconstruction.Target;
        if (target is ITupleOperation targets && deconstruction.Value is ITupleOperation values && targets.Elements.Length == values.Elements.Length)
        {
            // (a, b) = (x, y): element by element.
            var all = Taint.None;
            for (var i = 0; i < targets.Elements.Length; i++)
            {
                var value = Eval(values.Elements[i]);
                Assign(targets.Elements[i], value);
                all = all.Union(value);
            }

            return all;
        }

        var whole = Eval(deconstruction.Value);
        if (target is ITupleOperation elements)
        {
            // var (name, office) = row: each variable gets what its element holds.
            var type = StaticType(deconstruction.Value);
            for (var i = 0; i < elements.Elements.Length; i++)
            {
                var member = ElementMember(type, i, elements.Elements.Length);
                Assign(elements.Elements[i], member is null ? whole : whole.ReadMember(member));
            }
        }
        else
        {
            Assign(target, whole);
        }

        return whole;
    }

    /// <summary>
    /// The member that deconstruction position <paramref name="index"/> reads: Item1... of a tuple, the positional
    /// property of a record (by its Deconstruct method's parameters); null when unknown.
    /// </summary>
    private static string? ElementMember(ITypeSymbol? type, int index, int count)
    {
        if (type is not INamedTypeSymbol named)
        {
            return null;
        }

        if (named.IsTupleType)
        {
            return "Item" + (index + 1);
        }

        foreach (var member in named.GetMembers("Deconstruct"))
        {
            if (member is IMethodSymbol { Parameters.Length: var length } deconstruct && length == count)
            {
                var name = deconstruct.Parameters[index].Name;
                foreach (var candidate in named.GetMembers())
                {
                    if (candidate is IPropertySymbol && string.Equals(candidate.Name, name, System.StringComparison.OrdinalIgnoreCase))
                    {
                        return candidate.Name;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A property whose setter is a sink (<c>cell.Value = x</c>, <c>message.Body = x</c>): checks the value and
    /// returns true, in which case the receiver does not take the value on (it was reported here).
    /// </summary>
    private bool CheckSetterSink(IOperation target, IOperation valueOperation, in Taint value)
    {
        if (target is not IPropertyReferenceOperation { Property.SetMethod: { } setter } property ||
            Policy.Sink(setter) is not { } sink)
        {
            return false;
        }

        if (property.Instance is not null and not IInstanceReferenceOperation)
        {
            Eval(property.Instance);
        }

        CheckSink(valueOperation, value, sink.Sink, throughHelper: null);
        return true;
    }

    private void Assign(IOperation target, in Taint value)
    {
        switch (target)
        {
            case ILocalReferenceOperation local:
                if (_parameterAliases?.Remove(local.Local) == true)
                {
                    (_reassignedAliases ??= new(SymbolEqualityComparer.Default)).Add(local.Local);
                }

                Join(local.Local, value);
                break;
            case IParameterReferenceOperation parameter:
                NoteAssigned(parameter.Parameter);
                _reassignedParameters.Add(parameter.Parameter);
                Join(parameter.Parameter, value);
                break;
            case IDeclarationExpressionOperation declaration:
                Assign(declaration.Expression, value);
                break;
            case ITupleOperation tuple:
                foreach (var element in tuple.Elements)
                {
                    Assign(element, value);
                }

                break;
            case IPropertyReferenceOperation { Arguments.IsEmpty: false } indexer:
            {
                var keys = Taint.None;
                foreach (var argument in indexer.Arguments)
                {
                    keys = keys.Union(Eval(argument.Value));
                }

                var root = AssignmentRoot(indexer.Instance);
                if (root is not null)
                {
                    // counts[record.Facility] = n: a grouping by hand, so a label from an unmarked member stays a label.
                    var stored = value.Flatten().Union(keys.Flatten().DirectlyMarkedOnly().AsKeys());

                    // ctx.Model["Customer"] = part: the object in 'ctx' holds it in its member Model only.
                    var placed = indexer.Instance is IMemberReferenceOperation { Instance: not (null or IInstanceReferenceOperation) } held
                        ? stored.InMember(MemberName(MemberUnderRoot(held)))
                        : stored;
                    if (indexer.Type is { } entryType && UntypedResult.Is(entryType))
                    {
                        NoteFilledFromItself(root, indexer, placed);
                    }

                    Join(root, placed);
                }

                break;
            }

            case IMemberReferenceOperation member:
            {
                if (member.Instance is null or IInstanceReferenceOperation)
                {
                    Join(member.Member, value);
                    break;
                }

                // model.Email = x: the object in 'model' now holds x in its member Email. A parameter's member
                // written from the parameter itself (ctx.Title = ctx.Recipient) no longer holds what the caller put there.
                if (member.Instance is IParameterReferenceOperation written && IsOwnPlainParameter(written.Parameter) &&
                    ((value.AnyParameters & (1UL << written.Parameter.Ordinal)) != 0 ||
                     (member.Member is IPropertySymbol && !_context.Properties.IsPlainStorage(member.Member))))
                {
                    NoteAssigned(written.Parameter);
                }

                var root = AssignmentRoot(member.Instance);
                if (root is not null)
                {
                    var under = MemberUnderRoot(member);
                    var placed = _context.Properties.HasSetterBody(under) ? value : value.InMember(MemberName(under));
                    if (member.Type is { } memberType && UntypedResult.Is(memberType))
                    {
                        NoteFilledFromItself(root, member, placed);
                    }

                    Join(root, placed);
                }

                break;
            }

            case IArrayElementReferenceOperation element:
            {
                EvalAll(element.Indices);
                var root = AssignmentRoot(element.ArrayReference);
                if (root is not null)
                {
                    Join(root, value);
                }

                break;
            }
        }
    }

    /// <summary>
    /// Notes the protected data a parameter's object receives, in an untyped entry or member, from a value made from
    /// that same object (<c>ctx.Model["Customer"] = Part(ctx.Customer)</c>, also through <c>var model = ctx.Model</c>):
    /// the object's type no longer says it holds it there, so the caller is told, in that member only. A typed member
    /// says so itself.
    /// </summary>
    private void NoteFilledFromItself(ISymbol root, IOperation target, in Taint placed)
    {
        var parameter = root as IParameterSymbol;
        var stored = placed.DataOnly();
        if (parameter is null && root is ILocalSymbol local && _parameterAliases?.TryGetValue(local, out var alias) == true)
        {
            parameter = alias.Parameter;
            stored = stored.InMember(alias.Member);
        }

        if (parameter is null || stored.Source is null || target.Parent is not IAssignmentOperation { Value: var value })
        {
            return;
        }

        foreach (var read in value.Descendants())
        {
            if (read is IParameterReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter))
            {
                _filledFromThemselves ??= new Dictionary<IParameterSymbol, Taint>(SymbolEqualityComparer.Default);
                _filledFromThemselves[parameter] = _filledFromThemselves.TryGetValue(parameter, out var earlier) ? earlier.Union(stored) : stored;
                return;
            }
        }
    }

    /// <summary>The member of the root object a write goes into: <c>Inner</c> in <c>dto.Inner.Name = x</c>.</summary>
    private static ISymbol MemberUnderRoot(IMemberReferenceOperation member)
    {
        var current = member;
        while (current.Instance is IMemberReferenceOperation outer && outer.Instance is not (null or IInstanceReferenceOperation))
        {
            current = outer;
        }

        return current.Instance is IMemberReferenceOperation { Instance: null or IInstanceReferenceOperation } field ? field.Member : current.Member;
    }

    /// <summary>The variable that holds the object being written into: <c>dto</c> in <c>dto.Inner.Name = x</c>.</summary>
    private static ISymbol? AssignmentRoot(IOperation? operation)
    {
        while (true)
        {
            switch (operation)
            {
                case ILocalReferenceOperation local:
                    return local.Local;
                case IParameterReferenceOperation parameter:
                    return parameter.Parameter;
                case IMemberReferenceOperation member when member.Instance is null or IInstanceReferenceOperation:
                    return member.Member;
                case IMemberReferenceOperation member:
                    operation = member.Instance;
                    continue;
                case IArrayElementReferenceOperation element:
                    operation = element.ArrayReference;
                    continue;
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    continue;
                default:
                    return null;
            }
        }
    }

    private void EvalReturn(IReturnOperation returned)
    {
        if (returned.ReturnedValue is null || _frames.Count == 0)
        {
            return;
        }

        var taint = Eval(returned.ReturnedValue);
        var frame = _frames.Peek();
        frame.Returned = frame.Returned.Union(taint);
        if (frame.Response is not null)
        {
            CheckSink(returned.ReturnedValue, taint, frame.Response, throughHelper: null);
        }
    }

    private void EvalForEach(IForEachLoopOperation forEach)
    {
        var elements = Eval(forEach.Collection);
        BindTarget(forEach.LoopControlVariable, elements);
        Eval(forEach.Body);
    }

    private void BindTarget(IOperation? target, in Taint value)
    {
        switch (target)
        {
            case null:
                break;
            case IVariableDeclaratorOperation declarator:
                Join(declarator.Symbol, value);
                break;
            case IVariableDeclarationOperation declaration:
                foreach (var declarator in declaration.Declarators)
                {
                    Join(declarator.Symbol, value);
                }

                break;
            default:
                Assign(target, value);
                break;
        }
    }

    /// <summary>
    /// Gives the variables a pattern declares what they hold: the matched value, or for a property pattern
    /// (<c>{ FullName: var name }</c>) the member read from it, protected as a read of that member would be.
    /// </summary>
    private void BindPattern(IPatternOperation? pattern, in Taint value)
    {
        switch (pattern)
        {
            case null:
                return;

            case IDeclarationPatternOperation declaration:
                JoinDeclared(declaration.DeclaredSymbol, value.Union(TypeTaint(declaration.MatchedType)));
                return;

            case IRecursivePatternOperation recursive:
                JoinDeclared(recursive.DeclaredSymbol, value.Union(TypeTaint(recursive.MatchedType)));
                for (var i = 0; i < recursive.DeconstructionSubpatterns.Length; i++)
                {
                    var member = ElementMember(recursive.MatchedType, i, recursive.DeconstructionSubpatterns.Length);
                    BindPattern(recursive.DeconstructionSubpatterns[i], (member is null ? value : value.ReadMember(member)).Flatten());
                }

                foreach (var property in recursive.PropertySubpatterns)
                {
                    var member = (property.Member as IMemberReferenceOperation)?.Member;
                    var read = member is null ? null : MemberSource(member, recursive.MatchedType);
                    BindPattern(property.Pattern, Taint.FromSource(read).Union(read is null ? value.Flatten() : Taint.None));
                }

                return;

            case IListPatternOperation list:
                JoinDeclared(list.DeclaredSymbol, value);
                foreach (var element in list.Patterns)
                {
                    BindPattern(element, value.ValuesOnly());
                }

                return;

            default:
                foreach (var child in pattern.ChildOperations)
                {
                    if (child is IPatternOperation inner)
                    {
                        BindPattern(inner, value);
                    }
                }

                return;
        }
    }

    private void JoinDeclared(ISymbol? declared, in Taint value)
    {
        if (declared is not null)
        {
            Join(declared, value);
        }
    }

    private Taint EvalSwitchExpression(ISwitchExpressionOperation switchExpression)
    {
        var value = Eval(switchExpression.Value);
        var result = Taint.None;
        foreach (var arm in switchExpression.Arms)
        {
            BindPattern(arm.Pattern, value);
            Eval(arm.Guard);
            result = result.Union(Eval(arm.Value));
        }

        return result;
    }

    private void EvalSwitch(ISwitchOperation switchStatement)
    {
        var value = Eval(switchStatement.Value);
        foreach (var section in switchStatement.Cases)
        {
            foreach (var clause in section.Clauses)
            {
                switch (clause)
                {
                    case IPatternCaseClauseOperation patternClause:
                        BindPattern(patternClause.Pattern, value);
                        Eval(patternClause.Guard);
                        break;
                    case ISingleValueCaseClauseOperation single:
                        Eval(single.Value);
                        break;
                }
            }

            EvalAll(section.Body);
        }
    }

    private Taint EvalFunction(IAnonymousFunctionOperation function, Sink? response)
    {
        // A lambda may run later than the code that follows it (a callback, a deferred query), or many times.
        var frame = new Frame(response, AuthorizerOf(function.Symbol));
        _frames.Push(frame);
        _deferredDepth++;
        try
        {
            Eval(function.Body);
        }
        finally
        {
            _deferredDepth--;
            _frames.Pop();
        }

        return frame.Returned;
    }

    private void EvalLocalFunction(ILocalFunctionOperation localFunction)
    {
        // Called from anywhere in the method, before or after its declaration.
        var frame = new Frame(response: null, AuthorizerOf(localFunction.Symbol));
        _frames.Push(frame);
        _deferredDepth++;
        try
        {
            Eval(localFunction.Body ?? localFunction.IgnoredBody);
        }
        finally
        {
            _deferredDepth--;
            _frames.Pop();
        }

        // What it returns is read at its call sites.
        Join(localFunction.Symbol, frame.Returned);
    }

    private Taint TypeTaint(ITypeSymbol? type) => Taint.FromSource(_context.Protection.GetValueProtection(type));

    /// <summary>Types whose values cannot carry personal data: truths, types, cancellation, plain tasks.</summary>
    private bool IsDataFree(ITypeSymbol? type) => Policy.IsDataFree(type);

    private static bool IsInSource(IMethodSymbol method) => !method.DeclaringSyntaxReferences.IsEmpty;
}
