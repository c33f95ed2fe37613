using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PolicyAnalyzers.Markers;

namespace PolicyAnalyzers.Policy;

/// <summary>ASP.NET Core endpoints: what a controller action or a minimal API handler returns is written to the response.</summary>
internal sealed class Endpoints
{
    private const string MvcNamespace = "Microsoft.AspNetCore.Mvc";
    private const string RazorPagesNamespace = "Microsoft.AspNetCore.Mvc.RazorPages";
    private const string EndpointPhrase = "the HTTP response of '{0}'";
    private static readonly string[] PageHandlerVerbs = ["OnGet", "OnPost", "OnPut", "OnDelete", "OnPatch", "OnHead", "OnOptions"];

    private readonly ApiPolicy _policy;

    public Endpoints(ApiPolicy policy)
    {
        _policy = policy;
    }

    public static bool IsControllerAction(IMethodSymbol method) =>
        method.MethodKind == MethodKind.Ordinary &&
        method.DeclaredAccessibility == Accessibility.Public &&
        !method.IsStatic &&
        !method.ReturnsVoid &&
        !HasAttribute(method, "NonActionAttribute") &&
        IsController(method.ContainingType);

    /// <summary>
    /// True for a Razor Pages handler: a public instance method of a <c>PageModel</c> named On, an HTTP method, then an
    /// optional handler name and Async (<c>OnPostDownloadAsync</c>), without <c>[NonHandler]</c>.
    /// </summary>
    public static bool IsPageHandler(IMethodSymbol method) =>
        method.MethodKind == MethodKind.Ordinary &&
        method.DeclaredAccessibility == Accessibility.Public &&
        !method.IsStatic &&
        IsPageHandlerName(method.Name) &&
        SymbolNames.DerivesFrom(method.ContainingType, RazorPagesNamespace, "PageModel") &&
        !HasAttribute(method, RazorPagesNamespace, "NonHandlerAttribute");

    public Sink ActionResponse(IMethodSymbol action) =>
        new Sink(SinkKind.Response, action.ContainingType.Name + "." + action.Name, _policy.MvcResponseView, EndpointPhrase,
            audience: _policy.Audiences?.ForAction(action));

    /// <summary>True for a gRPC service method: an override of a method of the base class the gRPC tools generate.</summary>
    public static bool IsGrpcMethod(IMethodSymbol method)
    {
        for (var overridden = method.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
        {
            foreach (var attribute in overridden.ContainingType.GetAttributes())
            {
                if (SymbolNames.Is(attribute.AttributeClass, "Grpc.Core", "BindServiceMethodAttribute"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>What a gRPC service method returns is sent to its caller.</summary>
    public Sink GrpcResponse(IMethodSymbol method) =>
        new Sink(SinkKind.Response, method.ContainingType.Name + "." + method.Name, DataView.SystemTextJson, "the gRPC response of '{0}'",
            audience: _policy.Audiences?.ForGrpcMethod(method));

    /// <summary>The response sink of a minimal API mapping (<c>app.MapGet("/roster", handler)</c>), or null for other calls.</summary>
    public Sink? MappingResponse(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, IOperation call)
    {
        if (!_policy.IsEndpointMapping(method))
        {
            return null;
        }

        var audience = call is IInvocationOperation invocation ? _policy.Audiences?.ForMapping(invocation) : null;
        var verb = method.Name.StartsWith("Map", System.StringComparison.Ordinal) && method.Name.Length > 3
            ? method.Name.Substring(3).ToUpperInvariant()
            : method.Name;
        foreach (var argument in arguments)
        {
            if (argument.Value.ConstantValue is { HasValue: true, Value: string route })
            {
                return new Sink(SinkKind.Response, verb.Length == 0 ? route : verb + " " + route, DataView.SystemTextJson, EndpointPhrase, audience: audience);
            }
        }

        return new Sink(SinkKind.Response, method.Name, DataView.SystemTextJson, EndpointPhrase, audience: audience);
    }

    /// <summary>True for the Delegate parameter of a mapping method: the request handler.</summary>
    public static bool IsHandlerParameter(IParameterSymbol? parameter) =>
        parameter is not null && SymbolNames.Is(parameter.Type, "System", "Delegate");

    /// <summary>IResult and IActionResult values: responses whose content was checked where they were created.</summary>
    public static bool IsResponseObject(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolNames.Is(implemented, "Microsoft.AspNetCore.Http", "IResult") ||
                SymbolNames.Is(implemented, MvcNamespace, "IActionResult"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsController(INamedTypeSymbol? type)
    {
        if (type is null || type.IsAbstract || type.IsStatic || type.DeclaredAccessibility != Accessibility.Public)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (HasAttribute(current, "NonControllerAttribute"))
            {
                return false;
            }

            if (SymbolNames.Is(current, MvcNamespace, "ControllerBase") ||
                HasAttribute(current, "ApiControllerAttribute") ||
                HasAttribute(current, "ControllerAttribute"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPageHandlerName(string name)
    {
        foreach (var verb in PageHandlerVerbs)
        {
            if (name.StartsWith(verb, System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasAttribute(ISymbol symbol, string name) => HasAttribute(symbol, MvcNamespace, name);

    private static bool HasAttribute(ISymbol symbol, string namespaceName, string name)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (SymbolNames.Is(attribute.AttributeClass, namespaceName, name))
            {
                return true;
            }
        }

        return false;
    }
}
