using Microsoft.CodeAnalysis;
using PolicyAnalyzers.Markers;

namespace PolicyAnalyzers.Policy;

/// <summary>The ASP.NET Core types that say who may reach an endpoint, recognised by name (no reference to ASP.NET Core).</summary>
internal static class AuthorizationTypes
{
    public const string AuthorizationNamespace = "Microsoft.AspNetCore.Authorization";
    public const string MvcNamespace = "Microsoft.AspNetCore.Mvc";
    public const string FiltersNamespace = "Microsoft.AspNetCore.Mvc.Filters";
    public const string BuilderNamespace = "Microsoft.AspNetCore.Builder";

    /// <summary>[AllowAnonymous] and anything else that implements IAllowAnonymous.</summary>
    public static bool IsAllowAnonymous(ITypeSymbol? type) => Implements(type, AuthorizationNamespace, "IAllowAnonymous");

    /// <summary>[Authorize], attributes derived from it, and anything else that implements IAuthorizeData.</summary>
    public static bool IsAuthorizeData(ITypeSymbol? type) => Implements(type, AuthorizationNamespace, "IAuthorizeData");

    /// <summary>MVC authorization filters: they run before the action and can refuse the request.</summary>
    public static bool IsAuthorizationFilter(ITypeSymbol? type) =>
        Implements(type, FiltersNamespace, "IAuthorizationFilter") || Implements(type, FiltersNamespace, "IAsyncAuthorizationFilter");

    /// <summary>Endpoint builders (RouteHandlerBuilder, RouteGroupBuilder...): what RequireAuthorization is called on.</summary>
    public static bool IsEndpointConventionBuilder(ITypeSymbol? type) => Implements(type, BuilderNamespace, "IEndpointConventionBuilder");

    /// <summary>True for the type itself or an interface it implements.</summary>
    public static bool Implements(ITypeSymbol? type, string namespaceName, string name)
    {
        if (type is null)
        {
            return false;
        }

        if (SymbolNames.Is(type, namespaceName, name))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolNames.Is(implemented, namespaceName, name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How messages name an attribute: its name without the "Attribute" suffix.</summary>
    public static string AttributeName(ITypeSymbol attribute)
    {
        const string Suffix = "Attribute";
        var name = attribute.Name;
        return name.Length > Suffix.Length && name.EndsWith(Suffix, System.StringComparison.Ordinal)
            ? name.Substring(0, name.Length - Suffix.Length)
            : name;
    }
}
