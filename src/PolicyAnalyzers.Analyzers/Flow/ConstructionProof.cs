using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PolicyAnalyzers.Markers;
using PolicyAnalyzers.Policy;

namespace PolicyAnalyzers.Flow;

/// <summary>
/// Proves that a value was built in code from parts that hold no protected data, so its type's declared protected
/// members are empty: <c>new ApplicantDto { Id = 1 }</c>, or <c>new ApiSponsor(sponsor)</c> whose constructor sets
/// the e-mail only when <c>includeDetails</c>, which every caller on the path leaves false.
/// Asked only where a sink would otherwise judge a value by the members its type declares. Whatever it cannot
/// follow (a parameter of the method under analysis, a loaded entity, a helper that may fill the object) is not
/// proven, and the sink reports as before.
/// </summary>
internal sealed class ConstructionProof
{
    private const int MaxFrames = 8;
    private const int MaxSteps = 4000;

    private readonly FlowContext _context;
    private readonly DataView _view;
    private readonly CancellationToken _cancellationToken;
    private int _steps;
    private int _frames;

    private ConstructionProof(FlowContext context, DataView view, CancellationToken cancellationToken)
    {
        _context = context;
        _view = view;
        _cancellationToken = cancellationToken;
    }

    private enum Outcome
    {
        Continues,
        Stops,
        Unproven,
    }

    /// <summary>True when <paramref name="value"/> provably holds no protected data in <paramref name="view"/>.</summary>
    public static bool HoldsNoProtectedData(FlowContext context, IOperation value, DataView view, CancellationToken cancellationToken)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        var root = value;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        return new ConstructionProof(context, view, cancellationToken).IsClean(value, new Frame(root, method: null, arguments: null, caller: null, sinkUse: value));
    }

    private bool IsClean(IOperation? value, Frame frame)
    {
        if (value is null)
        {
            return true;
        }

        if (++_steps > MaxSteps || !StackGuard.HasRoom())
        {
            return false;
        }

        _cancellationToken.ThrowIfCancellationRequested();
        if (value.ConstantValue.HasValue || _context.Policy.IsDataFree(value.Type))
        {
            return true;
        }

        switch (value)
        {
            case IConversionOperation { OperatorMethod: null } conversion:
                return IsClean(conversion.Operand, frame);
            case IAwaitOperation awaited:
                return IsClean(awaited.Operation, frame);
            case ILiteralOperation or IDefaultValueOperation or ITypeOfOperation or INameOfOperation or ISizeOfOperation:
                return true;
            case IParameterReferenceOperation parameter:
                return frame.ArgumentFor(parameter.Parameter) is { } argument && IsClean(argument.Value, argument.Frame);
            case ILocalReferenceOperation local:
                return IsCleanLocal(local.Local, frame);
            case IFieldReferenceOperation or IPropertyReferenceOperation { Arguments.IsEmpty: true }:
                return IsCleanMemberRead((IMemberReferenceOperation)value);
            case IObjectCreationOperation creation:
                return IsCleanCreation(creation, frame);
            case IAnonymousObjectCreationOperation anonymous:
                return AreClean(anonymous.Initializers, frame);
            case IArrayCreationOperation array:
                return array.Initializer is null || AreClean(array.Initializer.ElementValues, frame);
            case IInvocationOperation invocation:
                return IsCleanResult(invocation, frame);
            case IInterpolatedStringOperation interpolated:
                return AreClean(interpolated.Parts, frame);
            case IInterpolatedStringTextOperation:
                return true;
            case IInterpolationOperation interpolation:
                return IsClean(interpolation.Expression, frame);
            case IBinaryOperation { OperatorMethod: null } binary:
                return IsClean(binary.LeftOperand, frame) && IsClean(binary.RightOperand, frame);
            case ICoalesceOperation coalesce:
                return IsClean(coalesce.Value, frame) && IsClean(coalesce.WhenNull, frame);
            case IConditionalOperation conditional:
                return ConstantTruth(conditional.Condition, frame) switch
                {
                    true => IsClean(conditional.WhenTrue, frame),
                    false => IsClean(conditional.WhenFalse, frame),
                    null => IsClean(conditional.WhenTrue, frame) && IsClean(conditional.WhenFalse, frame),
                };
            case ISimpleAssignmentOperation assignment:
                // An initializer's member assignment: the member holds the value.
                return IsClean(assignment.Value, frame);
            default:
                return false;
        }
    }

    private bool AreClean(IEnumerable<IOperation> values, Frame frame)
    {
        foreach (var value in values)
        {
            if (!IsClean(value, frame))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A member read is clean when the member is unmarked, holds no object that may carry protected data, and no method of its type stores such data in it.</summary>
    private bool IsCleanMemberRead(IMemberReferenceOperation read)
    {
        var member = read.Member;
        if (_context.Protection.GetMemberProtection(member) is not null || !IsScalar(read.Type))
        {
            return false;
        }

        if (member is IPropertySymbol property && !property.DeclaringSyntaxReferences.IsEmpty && !_context.Properties.IsPlainStorage(property))
        {
            // A getter with code may read marked members.
            return false;
        }

        if (member.ContainingType is { } type && !type.DeclaringSyntaxReferences.IsEmpty)
        {
            var (state, isProvisional) = _context.GetFieldState(type.OriginalDefinition, _cancellationToken);
            return !isProvisional && state.Of(member.OriginalDefinition).AnySource is null;
        }

        return true;
    }

    /// <summary>A value whose type carries no protected data by itself or through members: its data is what the flow says.</summary>
    private bool IsScalar(ITypeSymbol? type) =>
        type is not null && _context.Protection.GetContainedProtection(type, _view) is null;

    private bool IsCleanCreation(IObjectCreationOperation creation, Frame frame)
    {
        if (creation.Initializer is { } initializer)
        {
            foreach (var part in initializer.Initializers)
            {
                var clean = part switch
                {
                    ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } assignment =>
                        !_context.Properties.HasSetterBody(target.Member) && IsClean(assignment.Value, frame),
                    IInvocationOperation add => AreArgumentsClean(add, frame),
                    _ => false,
                };

                if (!clean)
                {
                    return false;
                }
            }
        }

        if (creation.Constructor is not { } constructor || creation.Type is not INamedTypeSymbol type)
        {
            return false;
        }

        if (type.DeclaringSyntaxReferences.IsEmpty)
        {
            // A framework type (a list, a Uri): it holds what it is given.
            return SymbolNames.IsFrameworkNamespace(type.ContainingNamespace) && AreArgumentsClean(creation.Arguments, frame);
        }

        return IsCleanConstructor(constructor, creation.Arguments, frame);
    }

    /// <summary>What a constructor of a source type stores: its statements, its type's member initializers and its base constructor.</summary>
    private bool IsCleanConstructor(IMethodSymbol constructor, IEnumerable<IArgumentOperation> arguments, Frame caller)
    {
        if (_frames >= MaxFrames)
        {
            return false;
        }

        if (!AreInitializersClean(constructor.ContainingType))
        {
            return false;
        }

        if (constructor.IsImplicitlyDeclared)
        {
            return IsCleanBaseConstructor(constructor.ContainingType, caller);
        }

        var body = _context.BodyOf(constructor, _cancellationToken);
        if (constructor.DeclaringSyntaxReferences.IsEmpty)
        {
            // A base constructor of a compiled library: its code is not here.
            return false;
        }

        if (body is not IConstructorBodyOperation constructorBody)
        {
            // A primary constructor stores its parameters: what it is given must be clean.
            return constructor.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) is TypeDeclarationSyntax declaration &&
                   !PassesBaseArguments(declaration) &&
                   AreArgumentsClean(arguments, caller) && IsCleanBaseConstructor(constructor.ContainingType, caller);
        }

        var frame = new Frame(body, constructor, arguments, caller, sinkUse: null);
        _frames++;
        try
        {
            var chained = constructorBody.Initializer is IExpressionStatementOperation statement ? statement.Operation : constructorBody.Initializer;
            var initialized = chained is { IsImplicit: false }
                ? chained is IInvocationOperation { TargetMethod: { } next } call && IsCleanConstructor(next, call.Arguments, frame)
                : IsCleanBaseConstructor(constructor.ContainingType, caller);
            return initialized && Run(constructorBody.BlockBody ?? constructorBody.ExpressionBody, frame, inConstructor: true) != Outcome.Unproven;
        }
        finally
        {
            _frames--;
        }
    }

    /// <summary><c>record MeDto() : ContactBase(Session.Current)</c>: the base constructor gets arguments this proof does not follow.</summary>
    private static bool PassesBaseArguments(TypeDeclarationSyntax declaration)
    {
        foreach (var type in declaration.BaseList?.Types ?? default)
        {
            if (type is PrimaryConstructorBaseTypeSyntax)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsCleanBaseConstructor(INamedTypeSymbol type, Frame caller)
    {
        if (type.BaseType is not { SpecialType: not SpecialType.System_Object } baseType || baseType.DeclaringSyntaxReferences.IsEmpty)
        {
            return true;
        }

        foreach (var constructor in baseType.InstanceConstructors)
        {
            if (constructor.Parameters.IsEmpty)
            {
                return IsCleanConstructor(constructor, System.Array.Empty<IArgumentOperation>(), caller);
            }
        }

        return false;
    }

    /// <summary>Field and property initializers of a source type (<c>public string Name { get; set; } = "";</c>).</summary>
    private bool AreInitializersClean(INamedTypeSymbol type)
    {
        foreach (var member in type.GetMembers())
        {
            if (member.IsStatic || member is not (IFieldSymbol or IPropertySymbol) || member.DeclaringSyntaxReferences.IsEmpty)
            {
                continue;
            }

            var syntax = member.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken);
            var initializer = syntax switch
            {
                PropertyDeclarationSyntax property => property.Initializer,
                VariableDeclaratorSyntax variable => variable.Initializer,
                _ => null,
            };

            if (initializer is null)
            {
                continue;
            }

#pragma warning disable RS1030 // the driver shares its semantic models; see FlowContext.BodyOf
            var operation = _context.Compilation.GetSemanticModel(syntax.SyntaxTree).GetOperation(initializer, _cancellationToken);
#pragma warning restore RS1030
            var value = operation switch
            {
                IFieldInitializerOperation field => field.Value,
                IPropertyInitializerOperation property => property.Value,
                _ => null,
            };

            if (value is null || !IsClean(value, new Frame(operation!, method: null, arguments: null, caller: null, sinkUse: null)))
            {
                return false;
            }
        }

        return true;
    }

    private bool AreArgumentsClean(IInvocationOperation call, Frame frame) =>
        (call.Instance is null || call.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } || IsClean(call.Instance, frame)) &&
        AreArgumentsClean(call.Arguments, frame);

    private bool AreArgumentsClean(IEnumerable<IArgumentOperation> arguments, Frame frame)
    {
        foreach (var argument in arguments)
        {
            if (!IsClean(argument.Value, frame))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The result of a call: a query's selectors, a source method's returns, or a library call given only clean values.</summary>
    private bool IsCleanResult(IInvocationOperation invocation, Frame frame)
    {
        var method = invocation.TargetMethod;
        if (_context.IsDeclassifier(method))
        {
            return true;
        }

        if (_context.Protection.GetMemberProtection(method) is not null)
        {
            return false;
        }

        if (!method.DeclaringSyntaxReferences.IsEmpty || (method.IsAbstract && !method.ContainingType.DeclaringSyntaxReferences.IsEmpty))
        {
            return IsCleanSourceCall(invocation, frame);
        }

        switch (_context.Policy.Effect(method))
        {
            case CallEffect.NoData:
                return true;
            case CallEffect.Project when method.Name is "Select" or "SelectMany":
                // The result holds what the selectors return, not the source's elements (ToDictionary(c => c.Id) would).
                return AreDelegatesClean(invocation.Arguments, frame, selectorsOnly: true);
            case CallEffect.Carry or CallEffect.Lookup or CallEffect.Project when IsScalar(invocation.Type) || IsCollectionOrQuery(method):
                return (invocation.Instance is null || IsClean(invocation.Instance, frame)) && AreDelegatesClean(invocation.Arguments, frame, selectorsOnly: false);
            default:
                return false;
        }
    }

    /// <summary>LINQ, collections and EF Core's query operators: their results are made of their inputs.</summary>
    private static bool IsCollectionOrQuery(IMethodSymbol method) =>
        SymbolNames.IsNamespace(method.ContainingNamespace, "System.Linq") ||
        SymbolNames.IsNamespace(method.ContainingNamespace, "System.Collections.Generic") ||
        SymbolNames.IsNamespace(method.ContainingNamespace, "Microsoft.EntityFrameworkCore");

    private bool AreDelegatesClean(IEnumerable<IArgumentOperation> arguments, Frame frame, bool selectorsOnly)
    {
        foreach (var argument in arguments)
        {
            var target = FlowWalker.DelegateTarget(argument.Value);
            if (target is IAnonymousFunctionOperation lambda)
            {
                if (Run(lambda.Body, frame, inConstructor: false) == Outcome.Unproven)
                {
                    return false;
                }
            }
            else if (target is not null || argument.Value.Type?.TypeKind == TypeKind.Delegate)
            {
                // A method group or a delegate held elsewhere (Select(ToDto)): its body is not followed.
                return false;
            }
            else if (!selectorsOnly && !IsClean(argument.Value, frame))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A call to a method of the compilation: each body it may run (every implementation, for an interface) returns clean values.</summary>
    private bool IsCleanSourceCall(IInvocationOperation invocation, Frame frame)
    {
        var method = invocation.TargetMethod;
        var targets = DispatchTargets.IsDispatched(method)
            ? _context.Dispatch.Find(method, DispatchTargets.KnownReceiverType(invocation.Instance, method) ?? method.ContainingType, _cancellationToken)
            : ImmutableArray.Create(method);
        if (targets.IsEmpty || targets.Length >= DispatchTargets.MaxTargets)
        {
            // No body to read, or only the first implementations listed: the others may return anything.
            return false;
        }

        if (invocation.Instance is { } receiver &&
            receiver is not (IInstanceReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation) &&
            !IsClean(receiver, frame))
        {
            // new Builder().WithEmail(e).Build(), or a builder in a local: what it holds is what the method may
            // return. A service (a field, a property, an injected parameter) is judged by the method's body.
            return false;
        }

        foreach (var target in targets)
        {
            if (_frames >= MaxFrames || _context.BodyOf(target, _cancellationToken) is not { } body)
            {
                return false;
            }

            _frames++;
            try
            {
                if (Run(body, new Frame(body, target, invocation.Arguments, frame, sinkUse: null), inConstructor: false) == Outcome.Unproven)
                {
                    return false;
                }
            }
            finally
            {
                _frames--;
            }
        }

        return true;
    }

    /// <summary>
    /// Runs statements: in a constructor each store into the new object must be clean; in a method each returned
    /// value. An <c>if</c> whose condition the callers' constants decide takes only the branch they choose.
    /// </summary>
    private Outcome Run(IOperation? statement, Frame frame, bool inConstructor)
    {
        if (++_steps > MaxSteps)
        {
            return Outcome.Unproven;
        }

        switch (statement)
        {
            case IVariableDeclarationGroupOperation declarations when inConstructor && Calls(declarations):
                // A constructor's helper may fill the new object.
                return Outcome.Unproven;
            case null or IEmptyOperation or ILocalFunctionOperation or IVariableDeclarationGroupOperation:
                return Outcome.Continues;
            case IMethodBodyOperation body:
                return Run(body.BlockBody ?? body.ExpressionBody, frame, inConstructor);
            case IBlockOperation block:
                foreach (var operation in block.Operations)
                {
                    var outcome = Run(operation, frame, inConstructor);
                    if (outcome != Outcome.Continues)
                    {
                        return outcome;
                    }
                }

                return Outcome.Continues;
            case IConditionalOperation branch:
                switch (ConstantTruth(branch.Condition, frame))
                {
                    case true:
                        return Run(branch.WhenTrue, frame, inConstructor);
                    case false:
                        return Run(branch.WhenFalse, frame, inConstructor);
                }

                return Run(branch.WhenTrue, frame, inConstructor) == Outcome.Unproven || Run(branch.WhenFalse, frame, inConstructor) == Outcome.Unproven
                    ? Outcome.Unproven
                    : Outcome.Continues;
            case IReturnOperation returned:
                return returned.ReturnedValue is null || IsClean(returned.ReturnedValue, frame) ? Outcome.Stops : Outcome.Unproven;
            case IExpressionStatementOperation { Operation: IThrowOperation }:
                return Outcome.Stops;
            case IExpressionStatementOperation { Operation: ISimpleAssignmentOperation assignment }:
                return RunAssignment(assignment, frame, inConstructor);
            case IExpressionStatementOperation call when !inConstructor:
                // A call in a method: what it does to locals is checked where a local is read; one that is given a
                // parameter or works on the receiver may fill the object the method returns.
                return TouchesParameterOrReceiver(call) ? Outcome.Unproven : Outcome.Continues;
            default:
                return Outcome.Unproven;
        }
    }

    private bool TouchesParameterOrReceiver(IOperation statement)
    {
        foreach (var descendant in statement.Descendants())
        {
            if ((descendant is IParameterReferenceOperation { Type: { } type } && !IsImmutable(type)) ||
                descendant is IInstanceReferenceOperation)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsImmutable(ITypeSymbol type) =>
        type.IsValueType || type.SpecialType == SpecialType.System_String || _context.Policy.IsDataFree(type);

    private static bool Calls(IOperation operation)
    {
        foreach (var descendant in operation.Descendants())
        {
            if (descendant is IInvocationOperation)
            {
                return true;
            }
        }

        return false;
    }

    private Outcome RunAssignment(ISimpleAssignmentOperation assignment, Frame frame, bool inConstructor)
    {
        switch (assignment.Target)
        {
            case ILocalReferenceOperation:
                // Checked with the local's other assignments where it is read.
                return Outcome.Continues;
            case IMemberReferenceOperation { Instance: IInstanceReferenceOperation } member when inConstructor:
                return !_context.Properties.HasSetterBody(member.Member) && IsClean(assignment.Value, frame) ? Outcome.Continues : Outcome.Unproven;
            case IMemberReferenceOperation { Instance: ILocalReferenceOperation } when !inConstructor:
                // Checked where the local is read: a local whose members are assigned is not proven.
                return Outcome.Continues;
            default:
                return Outcome.Unproven;
        }
    }

    /// <summary>
    /// A local is clean when each value assigned to it is, and nothing else touches the object it holds: it is only
    /// read, returned, enumerated or given to the sink, never passed to a method that may fill it or aliased.
    /// </summary>
    private bool IsCleanLocal(ILocalSymbol local, Frame frame)
    {
        if (!frame.LocalsInProgress.Add(local))
        {
            return true;
        }

        try
        {
            // A local captured from outside this body (by a local function) is not seen assigned here: not proven.
            var declared = false;
            foreach (var operation in frame.Body.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                        if (declarator.Parent is not IVariableDeclarationOperation)
                        {
                            // A foreach or catch variable: an element of something else.
                            return false;
                        }

                        declared = true;
                        if (declarator.Initializer is { } initializer && !IsClean(initializer.Value, frame))
                        {
                            return false;
                        }

                        break;
                    case ILocalReferenceOperation reference when SymbolEqualityComparer.Default.Equals(reference.Local, local) && reference != frame.SinkUse:
                        if (!IsHarmlessUse(reference, local, frame))
                        {
                            return false;
                        }

                        break;
                }
            }

            return declared;
        }
        finally
        {
            frame.LocalsInProgress.Remove(local);
        }
    }

    private bool IsHarmlessUse(ILocalReferenceOperation reference, ILocalSymbol local, Frame frame)
    {
        IOperation use = reference;
        while (use.Parent is IConversionOperation or IAwaitOperation)
        {
            use = use.Parent;
        }

        var immutable = IsImmutable(local.Type);
        switch (use.Parent)
        {
            case ISimpleAssignmentOperation assignment when assignment.Target == reference:
                return IsClean(assignment.Value, frame);
            case IReturnOperation returned when !IsInNestedFunction(returned, frame.Body):
            case IInterpolationOperation or IBinaryOperation or IConditionalOperation or ICoalesceOperation when immutable:
                return true;
            case IMemberReferenceOperation member when member is IFieldReferenceOperation or IPropertyReferenceOperation:
                // dto.Id is read; dto.Email = x and dto.Items.Add(x) fill the object.
                return !IsAssignedTo(member) && IsScalar(member.Type) && _context.Protection.GetMemberProtection(member.Member) is null &&
                       !IsReceiver(member);
            case IVariableInitializerOperation or ISimpleAssignmentOperation when immutable:
                return true;
            default:
                return false;
        }
    }

    /// <summary>A return of a lambda or local function inside the body hands the object to other code.</summary>
    private static bool IsInNestedFunction(IOperation operation, IOperation body)
    {
        for (var current = operation.Parent; current is not null && current != body; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>dto.Items.Add(x)</c>, <c>dto.Home.Street = x</c>: the member's object is worked on, not only read.</summary>
    private static bool IsReceiver(IOperation member) => member.Parent switch
    {
        IInvocationOperation call => call.Instance == member,
        IMemberReferenceOperation access => access.Instance == member,
        IArrayElementReferenceOperation element => element.ArrayReference == member,
        _ => false,
    };

    private static bool IsAssignedTo(IOperation member) =>
        member.Parent is IAssignmentOperation assignment && assignment.Target == member ||
        member.Parent is IArgumentOperation { Parameter.RefKind: not RefKind.None };

    /// <summary>The value of a condition the callers' constant arguments decide (<c>!includeDetails</c> with false passed), or null.</summary>
    private bool? ConstantTruth(IOperation condition, Frame frame)
    {
        if (condition.ConstantValue is { HasValue: true, Value: bool constant })
        {
            return constant;
        }

        switch (condition)
        {
            case IConversionOperation conversion:
                return ConstantTruth(conversion.Operand, frame);
            case IParameterReferenceOperation parameter:
                return frame.ArgumentFor(parameter.Parameter) is { } argument ? ConstantTruth(argument.Value, argument.Frame) : null;
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                return !ConstantTruth(not.Operand, frame);
            case IBinaryOperation binary:
                var left = ConstantTruth(binary.LeftOperand, frame);
                var right = ConstantTruth(binary.RightOperand, frame);
                return binary.OperatorKind switch
                {
                    BinaryOperatorKind.ConditionalAnd => left == false || right == false ? false : left & right,
                    BinaryOperatorKind.ConditionalOr => left == true || right == true ? true : left | right,
                    BinaryOperatorKind.Equals when left is not null && right is not null => left == right,
                    BinaryOperatorKind.NotEquals when left is not null && right is not null => left != right,
                    _ => null,
                };
            default:
                return null;
        }
    }

    /// <summary>One body being proven: the method it belongs to, and what its caller passed to each parameter.</summary>
    private sealed class Frame
    {
        private HashSet<IParameterSymbol>? _written;

        private readonly IMethodSymbol? _method;
        private readonly IEnumerable<IArgumentOperation>? _arguments;
        private readonly Frame? _caller;

        public Frame(IOperation body, IMethodSymbol? method, IEnumerable<IArgumentOperation>? arguments, Frame? caller, IOperation? sinkUse)
        {
            Body = body;
            _method = method;
            _arguments = arguments;
            _caller = caller;
            SinkUse = sinkUse;
        }

        /// <summary>A parameter the body assigns, compounds or passes by reference no longer holds what the caller gave.</summary>
        private bool IsWritten(IParameterSymbol parameter)
        {
            if (_written is null)
            {
                _written = new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default);
                foreach (var operation in Body.Descendants())
                {
                    if (operation is IParameterReferenceOperation reference &&
                        (operation.Parent is IAssignmentOperation assignment && assignment.Target == operation ||
                         operation.Parent is IArgumentOperation { Parameter.RefKind: not RefKind.None } ||
                         operation.Parent is ITupleOperation or IDeclarationExpressionOperation))
                    {
                        _written.Add(reference.Parameter);
                    }
                }
            }

            return _written.Contains(parameter);
        }

        /// <summary>Locals of this body being proven: a local met again while its own proof runs adds nothing.</summary>
        public HashSet<ILocalSymbol> LocalsInProgress { get; } = new(SymbolEqualityComparer.Default);

        /// <summary>The body's operations, where its locals are assigned and used.</summary>
        public IOperation Body { get; }

        /// <summary>The value the sink receives: its use of a local is the one being judged.</summary>
        public IOperation? SinkUse { get; }

        /// <summary>The caller's argument for <paramref name="parameter"/> and the frame it is evaluated in; null for a parameter of the method under analysis or a lambda.</summary>
        public (IOperation Value, Frame Frame)? ArgumentFor(IParameterSymbol parameter)
        {
            if (_method is null || _arguments is null || _caller is null ||
                !SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol.OriginalDefinition, _method.OriginalDefinition))
            {
                return null;
            }

            if (IsWritten(parameter))
            {
                return null;
            }

            foreach (var argument in _arguments)
            {
                if (argument.Parameter?.Ordinal == parameter.Ordinal)
                {
                    return (argument.Value, _caller);
                }
            }

            return null;
        }
    }
}
