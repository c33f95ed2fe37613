using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PolicyAnalyzers.Markers;

namespace PolicyAnalyzers.Policy;

/// <summary>
/// What the attributes on an action, a controller, a page model, a component or a gRPC service say about who may
/// reach it, with their base types and the methods an action overrides (attributes count there where their
/// AttributeUsage lets them be inherited, as MVC reads them). Also "signedin" policy rows naming an attribute, a
/// base class or an interface. Cached per attribute class and per type.
/// </summary>
internal sealed class AuthorizationAttributes
{
    private readonly Compilation _compilation;
    private readonly ApiPolicy _policy;
    private readonly DefinitionCache<INamedTypeSymbol, AttributeKind> _kinds;
    private readonly DefinitionCache<INamedTypeSymbol, bool> _inheritable;
    private readonly ConcurrentDictionary<INamedTypeSymbol, AccessEvidence> _types = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, AccessEvidence> _inheritedByTypes = new(SymbolEqualityComparer.Default);

    public AuthorizationAttributes(Compilation compilation, ApiPolicy policy)
    {
        _compilation = compilation;
        _policy = policy;
        _kinds = new DefinitionCache<INamedTypeSymbol, AttributeKind>(Classify);
        _inheritable = new DefinitionCache<INamedTypeSymbol, bool>(ReadInheritable);
    }

    private enum AttributeKind
    {
        None,
        AllowAnonymous,
        Authorize,
        AuthorizationFilter,
        FilterByType,
        SignedInByPolicy,
    }

    /// <summary>The type's own attributes, the inheritable ones of its base types, and "signedin" rows for any of them or their interfaces.</summary>
    public AccessEvidence OfType(INamedTypeSymbol type)
    {
        type = type.OriginalDefinition;
        if (_types.TryGetValue(type, out var cached))
        {
            return cached;
        }

        var evidence = AccessEvidence.Union(type.BaseType is { } baseType ? InheritedFrom(baseType) : AccessEvidence.None, Own(type, inherited: false));
        if (_policy.IsSignedInOnly(type))
        {
            evidence = AccessEvidence.Union(evidence, AccessEvidence.Requiring("class '" + type.Name + "'"));
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (_policy.IsSignedInOnly(implemented))
            {
                evidence = AccessEvidence.Union(evidence, AccessEvidence.Requiring("interface '" + implemented.Name + "'"));
            }
        }

        return _types.GetOrAdd(type, evidence);
    }

    /// <summary>The method's own attributes and the inheritable ones of the methods it overrides (not its type's).</summary>
    public AccessEvidence OfMethod(IMethodSymbol method)
    {
        var evidence = AccessEvidence.None;
        var overridden = new List<IMethodSymbol>();
        for (var current = method.OverriddenMethod; current is not null && overridden.Count < 16; current = current.OverriddenMethod)
        {
            overridden.Add(current);
        }

        for (var i = overridden.Count - 1; i >= 0; i--)
        {
            evidence = AccessEvidence.Union(evidence, Own(overridden[i], inherited: true));
        }

        return AccessEvidence.Union(evidence, Own(method, inherited: false));
    }

    /// <summary>What one attribute says; <paramref name="inherited"/> when it was found on a base type or an overridden method.</summary>
    public AccessEvidence Of(AttributeData attribute, bool inherited)
    {
        if (attribute.AttributeClass is not { } attributeClass || (inherited && !IsInheritable(attributeClass)))
        {
            return AccessEvidence.None;
        }

        switch (KindOf(attributeClass))
        {
            case AttributeKind.AllowAnonymous:
                return AccessEvidence.Anonymous;
            case AttributeKind.Authorize:
                return AccessEvidence.Requiring(AuthorizationPhrases.FromAttribute(attribute));
            case AttributeKind.AuthorizationFilter:
                return AccessEvidence.Requiring("filter '" + AuthorizationTypes.AttributeName(attributeClass) + Arguments(attribute) + "'");
            case AttributeKind.FilterByType when AuthorizationFilterAttributes.FilterType(attribute) is { } filter &&
                                                 AuthorizationTypes.IsAuthorizationFilter(filter) &&
                                                 AuthorizationFilterAttributes.NamesIdentity(null, filter):
                return AccessEvidence.Requiring("filter '" + filter.Name + "'");
            case AttributeKind.SignedInByPolicy:
                return AccessEvidence.Requiring("attribute '" + AuthorizationTypes.AttributeName(attributeClass) + "'");
            default:
                return AccessEvidence.None;
        }
    }

    // The attributes of base types count where they are inheritable; their "signedin" rows always do.
    private AccessEvidence InheritedFrom(INamedTypeSymbol type)
    {
        type = type.OriginalDefinition;
        if (type.SpecialType == SpecialType.System_Object)
        {
            return AccessEvidence.None;
        }

        if (_inheritedByTypes.TryGetValue(type, out var cached))
        {
            return cached;
        }

        var evidence = AccessEvidence.Union(type.BaseType is { } baseType ? InheritedFrom(baseType) : AccessEvidence.None, Own(type, inherited: true));
        if (_policy.IsSignedInOnly(type))
        {
            evidence = AccessEvidence.Union(evidence, AccessEvidence.Requiring("base class '" + type.Name + "'"));
        }

        return _inheritedByTypes.GetOrAdd(type, evidence);
    }

    private AccessEvidence Own(ISymbol symbol, bool inherited)
    {
        var evidence = AccessEvidence.None;
        foreach (var attribute in symbol.GetAttributes())
        {
            evidence = AccessEvidence.Union(evidence, Of(attribute, inherited));
        }

        return evidence;
    }

    private AttributeKind KindOf(INamedTypeSymbol attributeClass) => _kinds.Get(attributeClass);

    private AttributeKind Classify(INamedTypeSymbol attributeClass)
    {
        // Names that switch authorization off count as [AllowAnonymous] (Smartstore's [NeverAuthorize]): a wrong
        // guess only makes an endpoint public, which is where undecided endpoints stand anyway.
        if (AuthorizationTypes.IsAllowAnonymous(attributeClass) ||
            attributeClass.Name.StartsWith("AllowAnonymous", StringComparison.Ordinal) ||
            attributeClass.Name.StartsWith("NeverAuthorize", StringComparison.Ordinal))
        {
            return AttributeKind.AllowAnonymous;
        }

        for (var current = attributeClass; current is not null; current = current.BaseType)
        {
            if (_policy.IsSignedInOnly(current))
            {
                return AttributeKind.SignedInByPolicy;
            }
        }

        if (AuthorizationTypes.IsAuthorizeData(attributeClass))
        {
            return AttributeKind.Authorize;
        }

        // Authorization filters count where their names say whom they admit (see AuthorizationFilterAttributes).
        if (AuthorizationTypes.IsAuthorizationFilter(attributeClass))
        {
            return AuthorizationFilterAttributes.NamesIdentity(attributeClass, null) ? AttributeKind.AuthorizationFilter : AttributeKind.None;
        }

        if (AuthorizationFilterAttributes.IsFilterByType(attributeClass))
        {
            return AttributeKind.FilterByType;
        }

        // Derived from TypeFilterAttribute/ServiceFilterAttribute, possibly through attributes of the application.
        for (var current = attributeClass.BaseType; current is not null; current = current.BaseType)
        {
            if (AuthorizationFilterAttributes.IsFilterByType(current))
            {
                var filter = AuthorizationFilterAttributes.WrappedFilter(attributeClass, _compilation, out var unknown);
                return (filter is not null || unknown) && AuthorizationFilterAttributes.NamesIdentity(attributeClass, filter)
                    ? AttributeKind.AuthorizationFilter
                    : AttributeKind.None;
            }

            if (KindOf(current) == AttributeKind.AuthorizationFilter)
            {
                return AttributeKind.AuthorizationFilter;
            }
        }

        return AttributeKind.None;
    }

    private bool IsInheritable(INamedTypeSymbol attributeClass) => _inheritable.Get(attributeClass);

    // AttributeUsage(Inherited = false) on the attribute or a base attribute class stops it at the declaring type.
    private static bool ReadInheritable(INamedTypeSymbol attributeClass)
    {
        var inheritable = true;
        for (var current = attributeClass; current is not null; current = current.BaseType)
        {
            var usage = current.GetAttributes().FirstOrDefault(a => SymbolNames.Is(a.AttributeClass, "System", "AttributeUsageAttribute"));
            if (usage is not null)
            {
                foreach (var named in usage.NamedArguments)
                {
                    if (named.Key == "Inherited" && named.Value.Value is bool value)
                    {
                        inheritable = value;
                    }
                }

                break;
            }
        }

        return inheritable;
    }

    // [Permission("customer.read")] is described with its constant arguments: "filter 'Permission(customer.read)'".
    private static string Arguments(AttributeData attribute)
    {
        var values = attribute.ConstructorArguments
            .Where(argument => argument.Kind == TypedConstantKind.Primitive && argument.Value is string)
            .Select(argument => (string)argument.Value!)
            .ToArray();
        return values.Length == 0 ? string.Empty : "(" + string.Join(", ", values) + ")";
    }
}
