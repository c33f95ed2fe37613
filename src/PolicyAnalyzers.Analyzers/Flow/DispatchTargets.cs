using System.Collections.Generic;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PolicyAnalyzers.Flow;

/// <summary>
/// The methods of this compilation that a call through an interface or a virtual method can reach: the
/// implementations and overrides declared in source. Services registered for dependency injection are called this
/// way, so a summary of "what the implementations do" is what a caller needs. Built on first use, once per
/// compilation: an index from each interface and base class to the source types that implement or derive from it,
/// then each method's targets, cached.
/// </summary>
internal sealed class DispatchTargets
{
    /// <summary>How many implementations a call is followed into; past that, the first ones in source order.</summary>
    public const int MaxTargets = 16;

    private readonly Compilation _compilation;
    private readonly object _gate = new();
    private Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>? _subtypes;
    private readonly ConcurrentDictionary<INamedTypeSymbol, ConcurrentDictionary<IMethodSymbol, ImmutableArray<IMethodSymbol>>> _targets =
        new(SymbolEqualityComparer.Default);

    public DispatchTargets(Compilation compilation)
    {
        _compilation = compilation;
    }

    /// <summary>True when a call to <paramref name="method"/> may run another body than its own.</summary>
    public static bool IsDispatched(IMethodSymbol method) =>
        method.ContainingType is { } type &&
        (type.TypeKind == TypeKind.Interface || method.IsAbstract || method.IsVirtual || method.IsOverride) &&
        !method.IsStatic &&
        !type.IsSealed;

    /// <summary>
    /// The most specific class or struct the receiver of a call to <paramref name="method"/> is known to be, when that
    /// is below the method's own type: the value before reference conversions (<c>((ICloneable)this)</c>), or its
    /// declared type. Null when nothing narrows the call.
    /// </summary>
    public static INamedTypeSymbol? KnownReceiverType(IOperation? instance, IMethodSymbol method)
    {
        INamedTypeSymbol? known = null;
        for (var value = instance; value is not null; value = (value as IConversionOperation)?.Operand)
        {
            if (value.Type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } type &&
                (known is null || Depth(type) > Depth(known)))
            {
                known = type;
            }

            if (value is IConversionOperation conversion && !KeepsTheObject(conversion))
            {
                // A user-defined or other conversion makes another value: its type says nothing of the receiver.
                break;
            }
        }

        return known is not null && !SymbolEqualityComparer.Default.Equals(known.OriginalDefinition, method.ContainingType.OriginalDefinition)
            ? known
            : null;
    }

    // A reference conversion, or boxing, leaves the same object behind the value.
    private static bool KeepsTheObject(IConversionOperation conversion) =>
        conversion.Conversion.IsIdentity || conversion.Conversion.IsReference ||
        (conversion.Operand.Type is { IsValueType: true } && conversion.Type is { IsReferenceType: true } && !conversion.Conversion.IsUserDefined);

    private static int Depth(INamedTypeSymbol type)
    {
        var depth = 0;
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            depth++;
        }

        return depth;
    }

    /// <summary>
    /// The targets of <paramref name="method"/> called on a value known to be a <paramref name="receiverType"/> (the
    /// method's own type, or a class below it, as in <c>((ICloneable)this).Clone()</c>): the body that type runs and
    /// those of the source types below it, at most <see cref="MaxTargets"/>.
    /// </summary>
    public ImmutableArray<IMethodSymbol> Find(IMethodSymbol method, INamedTypeSymbol receiverType, CancellationToken cancellationToken)
    {
        // A call on a closed generic type (IMapper<Category, CategoryModel>) reaches only the types that can be it,
        // not every implementation of IMapper<,>; its targets are cached under the constructed method.
        var called = IsClosedGeneric(method.ContainingType) ? method.ContainingType : null;
        var key = called is null ? method.OriginalDefinition : method.ConstructedFrom;
        method = method.OriginalDefinition;
        receiverType = receiverType.OriginalDefinition;
        var byMethod = _targets.GetOrAdd(receiverType, _ => new(SymbolEqualityComparer.Default));
        if (byMethod.TryGetValue(key, out var cached))
        {
            return cached;
        }

        return byMethod.GetOrAdd(key, ComputeFor(method, receiverType, called, cancellationToken));
    }

    private ImmutableArray<IMethodSymbol> ComputeFor(
        IMethodSymbol method, INamedTypeSymbol receiverType, INamedTypeSymbol? called, CancellationToken cancellationToken)
    {
        var targets = new List<IMethodSymbol>();
        AddTarget(targets, Resolve(receiverType, method, called));
        if (!receiverType.IsSealed && Subtypes(cancellationToken).TryGetValue(receiverType, out var types))
        {
            foreach (var type in types)
            {
                if (targets.Count == MaxTargets)
                {
                    break;
                }

                AddTarget(targets, Resolve(type, method, called));
            }
        }

        return targets.ToImmutableArray();
    }

    /// <summary>
    /// The body a call to <paramref name="method"/> runs on an instance of exactly <paramref name="type"/>, when the
    /// type can be the <paramref name="called"/> closed generic type (if any).
    /// </summary>
    private static IMethodSymbol? Resolve(INamedTypeSymbol type, IMethodSymbol method, INamedTypeSymbol? called)
    {
        if (method.ContainingType.TypeKind == TypeKind.Interface)
        {
            return Implementation(type, method, called);
        }

        if (called is not null && !HasCompatibleBase(type, called))
        {
            return null;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, method.ContainingType))
            {
                return method;
            }

            if (Override(current, method) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static void AddTarget(List<IMethodSymbol> targets, IMethodSymbol? target)
    {
        if (target is { IsAbstract: false } && !target.DeclaringSyntaxReferences.IsEmpty &&
            !targets.Contains(target, SymbolEqualityComparer.Default))
        {
            targets.Add(target);
        }
    }

    private static IMethodSymbol? Implementation(INamedTypeSymbol type, IMethodSymbol method, INamedTypeSymbol? called)
    {
        foreach (var implemented in type.AllInterfaces)
        {
            if (!SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, method.ContainingType) ||
                (called is not null && !CanBe(implemented, called)))
            {
                continue;
            }

            foreach (var member in implemented.GetMembers(method.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(member.OriginalDefinition, method) &&
                    type.FindImplementationForInterfaceMember(member) is IMethodSymbol implementation)
                {
                    return implementation.OriginalDefinition;
                }
            }
        }

        return null;
    }

    private static IMethodSymbol? Override(INamedTypeSymbol type, IMethodSymbol method)
    {
        foreach (var member in type.GetMembers(method.Name))
        {
            for (var overridden = (member as IMethodSymbol)?.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
            {
                if (SymbolEqualityComparer.Default.Equals(overridden.OriginalDefinition, method))
                {
                    return ((IMethodSymbol)member).OriginalDefinition;
                }
            }
        }

        return null;
    }

    private static bool HasCompatibleBase(INamedTypeSymbol type, INamedTypeSymbol called)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, called.OriginalDefinition))
            {
                return CanBe(current, called);
            }
        }

        return true;
    }

    /// <summary>
    /// True when <paramref name="candidate"/> (a construction of the called type's definition, as a type implements or
    /// derives from it) can be <paramref name="called"/>: each type argument is the same, or still open in the candidate
    /// (<c>DefaultMapper&lt;TFrom, TTo&gt; : IMapper&lt;TFrom, TTo&gt;</c> can be any mapper).
    /// </summary>
    private static bool CanBe(INamedTypeSymbol candidate, INamedTypeSymbol called)
    {
        var candidateArguments = candidate.TypeArguments;
        var calledArguments = called.TypeArguments;
        for (var i = 0; i < candidateArguments.Length; i++)
        {
            if (!IsOpen(candidateArguments[i]) && !SymbolEqualityComparer.Default.Equals(candidateArguments[i], calledArguments[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsClosedGeneric(INamedTypeSymbol type) =>
        type.IsGenericType && !type.IsUnboundGenericType && !type.TypeArguments.Any(IsOpen);

    private static bool IsOpen(ITypeSymbol type) => type switch
    {
        ITypeParameterSymbol => true,
        IArrayTypeSymbol array => IsOpen(array.ElementType),
        INamedTypeSymbol named => named.TypeArguments.Any(IsOpen),
        _ => type.TypeKind == TypeKind.Error,
    };

    /// <summary>Each interface and base class, with the source types below it, in source order.</summary>
    private Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>> Subtypes(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _subtypes ??= BuildSubtypes(cancellationToken);
        }
    }

    private Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>> BuildSubtypes(CancellationToken cancellationToken)
    {
        var subtypes = new Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>(SymbolEqualityComparer.Default);
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(_compilation.Assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var member in pending.Pop().GetMembers())
            {
                if (member is INamespaceSymbol ns)
                {
                    pending.Push(ns);
                    continue;
                }

                if (member is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } type)
                {
                    if (member is INamedTypeSymbol other)
                    {
                        pending.Push(other);
                    }

                    continue;
                }

                pending.Push(type);
                if (type.IsAbstract && type.TypeKind == TypeKind.Class && type.IsStatic)
                {
                    continue;
                }

                foreach (var implemented in type.AllInterfaces)
                {
                    Add(subtypes, implemented.OriginalDefinition, type);
                }

                for (var baseType = type.BaseType; baseType is not null && baseType.SpecialType != SpecialType.System_Object; baseType = baseType.BaseType)
                {
                    Add(subtypes, baseType.OriginalDefinition, type);
                }
            }
        }

        return subtypes;
    }

    private static void Add(Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>> subtypes, INamedTypeSymbol key, INamedTypeSymbol type)
    {
        if (!subtypes.TryGetValue(key, out var list))
        {
            subtypes[key] = list = new List<INamedTypeSymbol>();
        }

        list.Add(type);
    }
}
