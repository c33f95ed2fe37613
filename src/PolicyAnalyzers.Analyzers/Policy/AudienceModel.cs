using System;
using System.Collections.Concurrent;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using PolicyAnalyzers.Markers;

namespace PolicyAnalyzers.Policy;

/// <summary>
/// Who can reach each endpoint and page of a compilation: anonymous visitors (<see cref="Audience.Public"/>, also
/// where the code does not say) or only signed-in users, with what they must satisfy. Decided from
/// [Authorize]/[AllowAnonymous] (and any IAuthorizeData/IAllowAnonymous) on the endpoint, its type and their base
/// types; authorization filters ([TypeFilter]/[ServiceFilter] of an IAuthorizationFilter, attributes derived from
/// them, attributes that are filters); RequireAuthorization/AllowAnonymous on endpoints and route groups; Razor
/// Pages conventions; a global AuthorizeFilter; the fallback policy; and "signedin" policy rows. Anything that lets
/// anonymous visitors in wins, as in ASP.NET Core. Checks in method bodies (<c>if (!User.Identity.IsAuthenticated)</c>)
/// are not recognised.
/// <para>
/// Created once per compilation; answers are cached per symbol, and the application's setup (fallback policy,
/// conventions) is found by one lazy pass over the compilation.
/// </para>
/// </summary>
internal sealed class AudienceModel
{
    private readonly AuthorizationAttributes _attributes;
    private readonly EndpointConventions _conventions;
    private readonly Lazy<AuthorizationSetup> _setup;
    private readonly Lazy<GeneratedRazorPages> _pages;
    private readonly ConcurrentDictionary<IMethodSymbol, Audience> _actions = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, Audience> _grpcMethods = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, Audience> _components = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<(SyntaxTree Tree, TextSpan Span), Audience> _mappings = new();

    public AudienceModel(Compilation compilation, ApiPolicy policy)
    {
        _attributes = new AuthorizationAttributes(compilation, policy);
        _conventions = new EndpointConventions(compilation);
        _setup = new Lazy<AuthorizationSetup>(() => AuthorizationSetup.Scan(compilation, _conventions), LazyThreadSafetyMode.ExecutionAndPublication);
        _pages = new Lazy<GeneratedRazorPages>(() => new GeneratedRazorPages(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private AuthorizationSetup Setup => _setup.Value;

    /// <summary>
    /// An MVC or API controller action. <paramref name="controller"/> is the controller it is reached through when
    /// that is a type derived from the one that declares the action.
    /// </summary>
    public Audience ForAction(IMethodSymbol action, INamedTypeSymbol? controller = null)
    {
        if (controller is not null && !SymbolEqualityComparer.Default.Equals(controller.OriginalDefinition, action.ContainingType?.OriginalDefinition))
        {
            return ComputeAction(action, controller);
        }

        return _actions.GetOrAdd(action.OriginalDefinition, a => ComputeAction(a, a.ContainingType));
    }

    /// <summary>
    /// A Razor Page, given its page model or the page class generated from its .cshtml. <paramref name="pagePath"/>
    /// is "/Admin/Index" or "/Areas/Identity/Pages/Account/Login.cshtml"; when null it comes from the generated
    /// page's identifier or the page model's file (Pages/Admin/Index.cshtml.cs).
    /// </summary>
    public Audience ForPageModel(INamedTypeSymbol pageModelOrPage, string? pagePath)
    {
        var type = pageModelOrPage.OriginalDefinition;
        var explicitPath = RazorPagePath.FromPagePath(pagePath);
        if (GeneratedRazorPages.IsPage(type))
        {
            var model = GeneratedRazorPages.ModelOf(type);
            var attributes = AccessEvidence.Union(model is null ? AccessEvidence.None : _attributes.OfType(model), _attributes.OfType(type));
            var path = explicitPath ?? RazorPagePath.FromPagePath(GeneratedRazorPages.Identifier(type));
            return PageEvidence(attributes, path).ToAudience(Setup.HasFallbackPolicy);
        }

        var modelAttributes = _attributes.OfType(type);
        var pages = _pages.Value.PagesOf(type);
        if (pages.Count == 0)
        {
            return PageEvidence(modelAttributes, explicitPath ?? PathOfFile(type)).ToAudience(Setup.HasFallbackPolicy);
        }

        // A model rendered by several pages: each page is reached on its own.
        AccessEvidence? evidence = null;
        foreach (var page in pages)
        {
            var path = explicitPath ?? RazorPagePath.FromPagePath(GeneratedRazorPages.Identifier(page)) ?? PathOfFile(type);
            var pageEvidence = PageEvidence(AccessEvidence.Union(modelAttributes, _attributes.OfType(page)), path);
            evidence = evidence is null ? pageEvidence : AccessEvidence.Meet(evidence, pageEvidence);
        }

        return evidence!.ToAudience(Setup.HasFallbackPolicy);
    }

    /// <summary>
    /// A Razor component. Only routable components (@page, [Route]) are endpoints; authorization attributes on
    /// other components are not enforced, and their audience is that of the page that renders them: public here.
    /// </summary>
    public Audience ForComponent(INamedTypeSymbol component) =>
        _components.GetOrAdd(component.OriginalDefinition, type =>
        {
            if (!IsRoutable(type))
            {
                return Audience.Public;
            }

            return AccessEvidence.Union(Setup.Components, _attributes.OfType(type)).ToAudience(Setup.HasFallbackPolicy);
        });

    /// <summary>A minimal API mapping call (MapGet, MapPost...): its handler's attributes, its conventions and its route groups'.</summary>
    public Audience ForMapping(IInvocationOperation mapCall)
    {
        var key = (mapCall.Syntax.SyntaxTree, mapCall.Syntax.Span);
        if (_mappings.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var evidence = AccessEvidence.Union(_conventions.ForEndpoint(mapCall), HandlerEvidence(mapCall));
        return _mappings.GetOrAdd(key, evidence.ToAudience(Setup.HasFallbackPolicy));
    }

    /// <summary>A gRPC service method: attributes on it (and what it overrides), on its service class and base classes, and MapGrpcService conventions.</summary>
    public Audience ForGrpcMethod(IMethodSymbol method) =>
        _grpcMethods.GetOrAdd(method.OriginalDefinition, m =>
        {
            var service = m.ContainingType;
            if (service is null)
            {
                return Audience.Public;
            }

            var evidence = AccessEvidence.Union(_attributes.OfType(service), _attributes.OfMethod(m));
            return AccessEvidence.Union(Setup.GrpcService(service), evidence).ToAudience(Setup.HasFallbackPolicy);
        });

    private Audience ComputeAction(IMethodSymbol action, INamedTypeSymbol? controller)
    {
        var setup = Setup;
        var evidence = AccessEvidence.Union(controller is null ? AccessEvidence.None : _attributes.OfType(controller), _attributes.OfMethod(action));
        return AccessEvidence.Union(AccessEvidence.Union(setup.GlobalFilter, setup.Controllers), evidence).ToAudience(setup.HasFallbackPolicy);
    }

    private AccessEvidence PageEvidence(AccessEvidence attributes, RazorPagePath? path)
    {
        var setup = Setup;
        var conventions = AccessEvidence.None;
        if (path is not null)
        {
            foreach (var convention in setup.PageConventions)
            {
                if (convention.Applies(path))
                {
                    conventions = AccessEvidence.Union(conventions, convention.Evidence);
                }
            }
        }

        return AccessEvidence.Union(AccessEvidence.Union(setup.GlobalFilter, setup.RazorPages), AccessEvidence.Union(conventions, attributes));
    }

    private RazorPagePath? PathOfFile(INamedTypeSymbol pageModel)
    {
        foreach (var reference in pageModel.DeclaringSyntaxReferences)
        {
            if (RazorPagePath.FromFilePath(reference.SyntaxTree.FilePath) is { } path)
            {
                return path;
            }
        }

        return null;
    }

    // Attributes on the handler: `app.MapGet("/x", [Authorize] () => ...)`, or on the method given as the handler.
    private AccessEvidence HandlerEvidence(IInvocationOperation mapCall)
    {
        var evidence = AccessEvidence.None;
        foreach (var argument in mapCall.Arguments)
        {
            if (argument.Parameter?.Type is not { } type || (type.TypeKind != TypeKind.Delegate && !SymbolNames.Is(type, "System", "Delegate")))
            {
                continue;
            }

            var handler = EndpointConventions.Strip(argument.Value) is IDelegateCreationOperation creation
                ? EndpointConventions.Strip(creation.Target) switch
                {
                    IAnonymousFunctionOperation lambda => lambda.Symbol,
                    IMethodReferenceOperation reference => reference.Method,
                    _ => null,
                }
                : null;
            if (handler is not null)
            {
                evidence = AccessEvidence.Union(evidence, _attributes.OfMethod(handler));
            }
        }

        return evidence;
    }

    private static bool IsRoutable(INamedTypeSymbol component)
    {
        foreach (var attribute in component.GetAttributes())
        {
            if (SymbolNames.Is(attribute.AttributeClass, "Microsoft.AspNetCore.Components", "RouteAttribute"))
            {
                return true;
            }
        }

        return false;
    }
}
