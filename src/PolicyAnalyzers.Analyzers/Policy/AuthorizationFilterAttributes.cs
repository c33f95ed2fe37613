using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PolicyAnalyzers.Markers;

namespace PolicyAnalyzers.Policy;

/// <summary>
/// Attributes that put an MVC authorization filter on an action: <c>[TypeFilter(typeof(F))]</c> and
/// <c>[ServiceFilter(typeof(F))]</c> (and their generic forms) where F implements IAuthorizationFilter or
/// IAsyncAuthorizationFilter; attributes derived from them that pass such a type to their base constructor
/// (<c>: base(typeof(AuthorizeAdminFilter))</c>); and attributes that are such a filter themselves.
/// <para>
/// An authorization filter can refuse a request, but what it checks is code, often data: Smartstore's
/// [AuthorizeShopAccess] checks a permission every guest holds, [CheckStoreClosed] checks the store, not the
/// visitor. So a filter counts as a sign-in requirement only when its name, or its filter's, says whom it lets in:
/// <see cref="IdentityWords"/> ([AuthorizeAdmin], [Permission("...")], a StaffFilter). Others leave the endpoint
/// public; a "signedin" policy row names them when they do require a signed-in user.
/// </para>
/// </summary>
internal static class AuthorizationFilterAttributes
{
    /// <summary>Words in a filter's name that say it admits identified, privileged users only.</summary>
    public static readonly string[] IdentityWords =
    {
        "Admin", "Permission", "Staff", "Role", "Backend", "Authenticated", "SignedIn", "LoggedIn", "Login", "Member", "Employee",
    };

    /// <summary>True when <paramref name="type"/> is TypeFilterAttribute or ServiceFilterAttribute (generic or not).</summary>
    public static bool IsFilterByType(INamedTypeSymbol type) =>
        SymbolNames.Is(type.OriginalDefinition, AuthorizationTypes.MvcNamespace, "TypeFilterAttribute") ||
        SymbolNames.Is(type.OriginalDefinition, AuthorizationTypes.MvcNamespace, "ServiceFilterAttribute");

    /// <summary>The filter type a [TypeFilter]/[ServiceFilter] attribute names, or null.</summary>
    public static ITypeSymbol? FilterType(AttributeData attribute)
    {
        if (attribute.AttributeClass is { IsGenericType: true } generic)
        {
            return generic.TypeArguments.Length == 1 ? generic.TypeArguments[0] : null;
        }

        return attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Kind == TypedConstantKind.Type
            ? attribute.ConstructorArguments[0].Value as ITypeSymbol
            : null;
    }

    /// <summary>True when the name of the attribute (or of an attribute it derives from) or of its filter says whom it admits.</summary>
    public static bool NamesIdentity(INamedTypeSymbol? attribute, ITypeSymbol? filter)
    {
        if (filter is not null && HasIdentityWord(filter.Name))
        {
            return true;
        }

        for (var current = attribute; current is not null && !IsFilterByType(current) && current.SpecialType == SpecialType.None; current = current.BaseType)
        {
            if (SymbolNames.Is(current, "System", "Attribute"))
            {
                break;
            }

            if (HasIdentityWord(current.Name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// For an attribute class derived (directly) from TypeFilterAttribute or ServiceFilterAttribute: the
    /// authorization filter it wraps. Declared in source, its constructors say (<c>: base(typeof(F))</c>); a generic
    /// base names it; from a referenced assembly, a nested filter type does where metadata shows one. Null when
    /// none of these finds an authorization filter; <paramref name="unknown"/> then says whether the filter could
    /// not be seen at all (an attribute from a referenced assembly whose filter is not nested in it).
    /// </summary>
    public static ITypeSymbol? WrappedFilter(INamedTypeSymbol attribute, Compilation compilation, out bool unknown)
    {
        unknown = false;
        if (attribute.BaseType is { IsGenericType: true, TypeArguments.Length: 1 } generic)
        {
            return AuthorizationTypes.IsAuthorizationFilter(generic.TypeArguments[0]) ? generic.TypeArguments[0] : null;
        }

        if (attribute.DeclaringSyntaxReferences.IsEmpty)
        {
            foreach (var nested in attribute.GetTypeMembers())
            {
                if (AuthorizationTypes.IsAuthorizationFilter(nested))
                {
                    return nested;
                }
            }

            unknown = true;
            return null;
        }

        foreach (var reference in attribute.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is TypeDeclarationSyntax type && compilation.ContainsSyntaxTree(type.SyntaxTree) &&
                PassedAuthorizationFilter(type, compilation) is { } filter)
            {
                return filter;
            }
        }

        return null;
    }

    private static bool HasIdentityWord(string name)
    {
        foreach (var word in IdentityWords)
        {
            if (name.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // `: base(typeof(F))` in a constructor, or `class A() : TypeFilterAttribute(typeof(F))` with a primary constructor.
    private static ITypeSymbol? PassedAuthorizationFilter(TypeDeclarationSyntax type, Compilation compilation)
    {
        SemanticModel? model = null;
        foreach (var baseType in type.BaseList?.Types ?? default)
        {
            if (baseType is PrimaryConstructorBaseTypeSyntax primary && AuthorizationFilterTypeOf(primary.ArgumentList, ref model, type, compilation) is { } filter)
            {
                return filter;
            }
        }

        foreach (var member in type.Members)
        {
            if (member is ConstructorDeclarationSyntax { Initializer: { } initializer } &&
                AuthorizationFilterTypeOf(initializer.ArgumentList, ref model, type, compilation) is { } filter)
            {
                return filter;
            }
        }

        return null;
    }

    private static ITypeSymbol? AuthorizationFilterTypeOf(ArgumentListSyntax arguments, ref SemanticModel? model, SyntaxNode node, Compilation compilation)
    {
        foreach (var argument in arguments.Arguments)
        {
            if (argument.Expression is TypeOfExpressionSyntax typeOf)
            {
#pragma warning disable RS1030 // The analyzer driver shares its semantic models with Compilation.GetSemanticModel.
                model ??= compilation.GetSemanticModel(node.SyntaxTree);
#pragma warning restore RS1030
                if (model.GetTypeInfo(typeOf.Type).Type is { } filter && AuthorizationTypes.IsAuthorizationFilter(filter))
                {
                    return filter;
                }
            }
        }

        return null;
    }
}
