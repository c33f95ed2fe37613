using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PolicyAnalyzers.Markers;
using PolicyAnalyzers.Policy;

namespace PolicyAnalyzers.Flow;

/// <summary>
/// Decides, once per symbol and compilation, which types and members are protected. Thread-safe; every answer is
/// cached because the flow analysis asks the same questions for every operation.
/// </summary>
internal sealed class ProtectionModel
{
    private readonly ConcurrentDictionary<ITypeSymbol, ProtectedSource?> _valueProtection = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, ProtectedSource?> _memberProtection = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, ProtectedSource> _inheritedMemberSources = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, bool> _markedSymbols = new(SymbolEqualityComparer.Default);
    private readonly MarkerCarriers _markerCarriers = new();
    private readonly ConcurrentDictionary<ITypeSymbol, ContainedPath?>[] _contained;
    private readonly ApiPolicy _policy;

    /// <summary>Which members each serializer writes.</summary>
    public SerializerViews Members => _policy.Serializers;

    /// <summary>How many objects deep a path to protected data is followed: System.Text.Json's default maximum depth.</summary>
    private const int MaxContainedDepth = 64;

    public ProtectionModel(ApiPolicy policy)
    {
        _policy = policy;
        _contained = new ConcurrentDictionary<ITypeSymbol, ContainedPath?>[System.Enum.GetValues(typeof(DataView)).Length];
        for (var i = 0; i < _contained.Length; i++)
        {
            _contained[i] = new ConcurrentDictionary<ITypeSymbol, ContainedPath?>(SymbolEqualityComparer.Default);
        }
    }

    /// <summary>
    /// Protected data that every value of <paramref name="type"/> is: an instance of a protected type (or of a type
    /// derived from it or implementing it), or a collection, task or wrapper of such instances.
    /// </summary>
    public ProtectedSource? GetValueProtection(ITypeSymbol? type)
    {
        if (type is null || IsPlainValueType(type))
        {
            return null;
        }

        if (_valueProtection.TryGetValue(type, out var cached))
        {
            return cached;
        }

        return _valueProtection.GetOrAdd(type, ComputeValueProtection(type));
    }

    /// <summary>Protection marked on a property, field, parameter or (for a method) its return value.</summary>
    public ProtectedSource? GetMemberProtection(ISymbol member)
    {
        // Markers are on declarations: List<Applicant>.Count is marked where List<T>.Count is. One entry per declaration.
        member = member.OriginalDefinition;
        if (_memberProtection.TryGetValue(member, out var cached))
        {
            return cached;
        }

        return _memberProtection.GetOrAdd(member, ComputeMemberProtection(member));
    }

    /// <summary>The source for a value read from an unmarked member of a protected type.</summary>
    /// <remarks>
    /// Named after the type that declares the member, so the message does not depend on which derived type was read
    /// first. Counted as marked directly when the member identifies a person (FullName, DateOfBirth): grouping by it
    /// lists people, so its group labels stay protected.
    /// </remarks>
    public ProtectedSource GetInheritedMemberSource(ISymbol member) =>
        _inheritedMemberSources.GetOrAdd(
            member,
            m => new ProtectedSource(
                (m.ContainingType?.Name is { } type ? type + "." : string.Empty) + m.Name,
                isMarkedDirectly: PersonalDataNames.IsIdentifying(m, ofProtectedRecord: true)));

    /// <summary>
    /// Protected data a sink rendering a value of <paramref name="type"/> through <paramref name="view"/> would expose:
    /// the value itself, or a member path such as "Batch.Witnesses[].Name".
    /// </summary>
    public ProtectedSource? GetContainedProtection(ITypeSymbol? type, DataView view)
    {
        if (type is null || IsPlainValueType(type))
        {
            return null;
        }

        var value = GetValueProtection(type);
        if (value is not null)
        {
            return value;
        }

        if (!_contained[(int)view].TryGetValue(type, out var path))
        {
            path = FindContainedPath(type, view, new List<ITypeSymbol>(), out _);
        }

        return path?.Source;
    }

    public bool IsMarked(ISymbol symbol)
    {
        symbol = symbol.OriginalDefinition;
        if (_markedSymbols.TryGetValue(symbol, out var marked))
        {
            return marked;
        }

        return _markedSymbols.GetOrAdd(symbol, CarriesMarker(symbol));
    }

    // Uncached: members are asked once each, through GetMemberProtection's cache.
    private bool CarriesMarker(ISymbol symbol)
    {
        symbol = symbol.OriginalDefinition;
        return HasMarker(symbol) || _policy.Protection(symbol) is not null;
    }

    private bool HasMarker(ISymbol symbol)
    {
        if (!MayCarryMarkers(symbol.ContainingAssembly))
        {
            return false;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            if (IsProtectionMarker(attribute.AttributeClass))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True for code of the application: this compilation, and referenced projects and libraries that reference the
    /// markers (<see cref="MarkerCarriers"/>). The framework and general-purpose packages are not.
    /// </summary>
    public bool IsApplicationCode(IAssemblySymbol? assembly) => _markerCarriers.MayCarry(assembly);

    /// <summary>
    /// A library that cannot carry markers (see <see cref="MarkerCarriers"/>) has none, unless the project names its
    /// own markers: its attributes are not decoded (doing so for every framework type read was the cost of markers).
    /// </summary>
    private bool MayCarryMarkers(IAssemblySymbol? assembly) => _policy.Project.Protects || _markerCarriers.MayCarry(assembly);

    private bool IsProtectionMarker(INamedTypeSymbol? attribute) =>
        MarkerAttributes.IsProtectionMarker(attribute) || (attribute is not null && _policy.IsConfiguredMarker(attribute));

    /// <summary>Types that cannot hold a protected instance: primitives, string, enums of the framework.</summary>
    private static bool IsPlainValueType(ITypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.None:
            case SpecialType.System_Nullable_T:
            case SpecialType.System_Collections_Generic_IEnumerable_T:
            case SpecialType.System_Collections_Generic_IList_T:
            case SpecialType.System_Collections_Generic_ICollection_T:
            case SpecialType.System_Collections_Generic_IReadOnlyList_T:
            case SpecialType.System_Collections_Generic_IReadOnlyCollection_T:
            case SpecialType.System_Object:
                return false;
            default:
                return true;
        }
    }

    private ProtectedSource? ComputeValueProtection(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            var element = GetValueProtection(array.ElementType);
            return element is null ? null : new ProtectedSource(element.Name + "[]", element.IsMarkedDirectly);
        }

        if (type is not INamedTypeSymbol named || named.TypeKind == TypeKind.Delegate)
        {
            return null;
        }

        if (IsMarked(named))
        {
            return new ProtectedSource(named.Name, isMarkedDirectly: true);
        }

        for (var baseType = named.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (IsMarked(baseType))
            {
                return new ProtectedSource(named.Name, isMarkedDirectly: true);
            }
        }

        foreach (var implemented in named.AllInterfaces)
        {
            if (IsMarked(implemented))
            {
                return new ProtectedSource(named.Name, isMarkedDirectly: true);
            }
        }

        if (named.IsGenericType && !_policy.IsTransparentGeneric(named))
        {
            foreach (var argument in named.TypeArguments)
            {
                var element = GetValueProtection(argument);
                if (element is not null)
                {
                    return IsCollection(named)
                        ? new ProtectedSource(element.Name + "[]", element.IsMarkedDirectly)
                        : element;
                }
            }
        }

        return null;
    }

    private ProtectedSource? ComputeMemberProtection(ISymbol member)
    {
        if (member is IMethodSymbol method)
        {
            foreach (var attribute in method.GetReturnTypeAttributes())
            {
                if (IsProtectionMarker(attribute.AttributeClass))
                {
                    return new ProtectedSource(method.ContainingType.Name + "." + method.Name + "()", isMarkedDirectly: true);
                }
            }

            return null;
        }

        if (member is IParameterSymbol parameter)
        {
            return CarriesMarker(parameter) ? new ProtectedSource(parameter.Name, isMarkedDirectly: true) : null;
        }

        var name = member.ContainingType is null ? member.Name : member.ContainingType.Name + "." + member.Name;
        if (CarriesMarker(member))
        {
            return new ProtectedSource(name, isMarkedDirectly: true);
        }

        if (member is IPropertySymbol property)
        {
            for (var overridden = property.OverriddenProperty; overridden is not null; overridden = overridden.OverriddenProperty)
            {
                if (CarriesMarker(overridden))
                {
                    return new ProtectedSource(name, isMarkedDirectly: true);
                }
            }

            // [ProtectedData] on a record's positional parameter stays on the parameter.
            if (property.ContainingType is { IsRecord: true } record && IsMarkedPositionalParameter(record, property.Name))
            {
                return new ProtectedSource(name, isMarkedDirectly: true);
            }
        }

        return null;
    }

    private bool IsMarkedPositionalParameter(INamedTypeSymbol record, string name)
    {
        foreach (var constructor in record.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (parameter.Name == name && CarriesMarker(parameter))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private ContainedPath? FindContainedPath(
        ITypeSymbol type, DataView view, List<ITypeSymbol> stack, out int lowestCycleTarget)
    {
        lowestCycleTarget = int.MaxValue;

        var value = GetValueProtection(type);
        if (value is not null)
        {
            return new ContainedPath(value.Name, string.Empty);
        }

        if (IsPlainValueType(type) || type.TypeKind == TypeKind.Delegate)
        {
            return null;
        }

        var cache = _contained[(int)view];
        if (cache.TryGetValue(type, out var cached))
        {
            return cached;
        }

        var depth = IndexOf(stack, type);
        if (depth >= 0)
        {
            // A type that contains itself: the outer frame decides.
            lowestCycleTarget = depth;
            return null;
        }

        if (stack.Count >= MaxContainedDepth)
        {
            // Deeper than serializers write: not followed (the recursion would overflow the stack of a chain of
            // thousands of types), and only the outermost answer is cached.
            lowestCycleTarget = 0;
            return null;
        }

        stack.Add(type);
        var result = FindContainedPathCore(type, view, stack, out lowestCycleTarget);
        stack.RemoveAt(stack.Count - 1);

        // Only results that did not depend on an unfinished outer type are final.
        if (lowestCycleTarget >= stack.Count)
        {
            lowestCycleTarget = int.MaxValue;
            cache.TryAdd(type, result);
        }

        return result;
    }

    private ContainedPath? FindContainedPathCore(
        ITypeSymbol type, DataView view, List<ITypeSymbol> stack, out int lowestCycleTarget)
    {
        lowestCycleTarget = int.MaxValue;

        if (type is IArrayTypeSymbol array)
        {
            var element = FindContainedPath(array.ElementType, view, stack, out lowestCycleTarget);
            return element?.InCollection();
        }

        if (type is not INamedTypeSymbol named)
        {
            return null;
        }

        if (named.IsGenericType && !_policy.IsTransparentGeneric(named))
        {
            var collection = IsCollection(named);
            foreach (var argument in named.TypeArguments)
            {
                var element = FindContainedPath(argument, view, stack, out var cycle);
                lowestCycleTarget = System.Math.Min(lowestCycleTarget, cycle);
                if (element is not null)
                {
                    return collection ? element.InCollection() : element;
                }
            }
        }

        if (SymbolNames.IsFrameworkNamespace(named.ContainingNamespace) || !Members.RendersMembers(named, view))
        {
            return null;
        }

        foreach (var member in Members.Visible(named, view))
        {
            var memberPath = "." + member.Name;
            if (GetMemberProtection(member) is not null)
            {
                return new ContainedPath(named.Name, memberPath, member);
            }

            var memberType = member is IPropertySymbol property ? property.Type : ((IFieldSymbol)member).Type;
            if (_policy.IsOpaque(memberType) || _policy.Entities?.IsUnloadedNavigation(member, memberType) == true)
            {
                // DbContext, loggers, streams, delegates: not written as data; an entity's navigation is empty unless
                // the query loads it (Include, seen where it is called), so neither is walked into.
                continue;
            }

            var inner = FindContainedPath(memberType, view, stack, out var cycle);
            lowestCycleTarget = System.Math.Min(lowestCycleTarget, cycle);
            if (inner is not null)
            {
                return new ContainedPath(named.Name, memberPath + inner.Suffix, inner.Member ?? member);
            }
        }

        return null;
    }

    private static int IndexOf(List<ITypeSymbol> stack, ITypeSymbol type)
    {
        for (var i = 0; i < stack.Count; i++)
        {
            if (SymbolEqualityComparer.Default.Equals(stack[i], type))
            {
                return i;
            }
        }

        return -1;
    }

    public static bool IsCollection(ITypeSymbol type) => ApiPolicy.IsCollection(type);

    /// <summary>A path to protected data inside a type: "Batch" + ".Witnesses[].Name".</summary>
    private sealed class ContainedPath
    {
        public ContainedPath(string root, string suffix, ISymbol? member = null)
        {
            Root = root;
            Suffix = suffix;
            Member = member;
            Source = new ProtectedSource(root + suffix, isMarkedDirectly: true, member);
        }

        public string Root { get; }

        public string Suffix { get; }

        /// <summary>The member the serializer writes that leads to the data (null when the value itself is protected).</summary>
        public ISymbol? Member { get; }

        public ProtectedSource Source { get; }

        public ContainedPath InCollection() => new ContainedPath(Root, "[]" + Suffix, Member);
    }
}
