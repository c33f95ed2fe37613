using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PolicyAnalyzers.Caching;
using PolicyAnalyzers.Markers;

namespace PolicyAnalyzers.Policy;

/// <summary>
/// How the application sets up authorization for many endpoints at once, found in one pass over the compilation
/// (typically Program.cs or Startup.cs): the fallback policy, Razor Pages conventions (AuthorizeFolder...), the
/// Identity UI's conventions, a global AuthorizeFilter, and RequireAuthorization on MapControllers, MapRazorPages,
/// MapRazorComponents and MapGrpcService. The pass looks at syntax first and binds only the calls whose names match.
/// </summary>
internal sealed class AuthorizationSetup
{
    public static readonly AuthorizationSetup None = new();

    private static readonly HashSet<string> PageConventionNames = new(StringComparer.Ordinal)
    {
        "AuthorizePage", "AuthorizeFolder", "AuthorizeAreaPage", "AuthorizeAreaFolder",
        "AllowAnonymousToPage", "AllowAnonymousToFolder", "AllowAnonymousToAreaPage", "AllowAnonymousToAreaFolder",
    };

    private static readonly HashSet<string> ControllerMappings = new(StringComparer.Ordinal)
    {
        "MapControllers", "MapControllerRoute", "MapDefaultControllerRoute", "MapAreaControllerRoute", "MapDynamicControllerRoute",
    };

    private static readonly HashSet<string> PageMappings = new(StringComparer.Ordinal) { "MapRazorPages", "MapDynamicPageRoute" };

    private static readonly HashSet<string> OtherNames = new(StringComparer.Ordinal)
    {
        "SetFallbackPolicy", "AddDefaultIdentity", "AddDefaultUI", "MapRazorComponents", "MapGrpcService",
    };

    private readonly List<bool> _fallbackMayBeNull = new();
    private readonly List<PageConvention> _pageConventions = new();
    private readonly Dictionary<INamedTypeSymbol, AccessEvidence> _grpcServices = new(SymbolEqualityComparer.Default);
    private AccessEvidence? _globalFilter;
    private AccessEvidence? _controllers;
    private AccessEvidence? _pages;
    private AccessEvidence? _components;

    private AuthorizationSetup()
    {
    }

    /// <summary>True when the application sets a fallback policy, and never sets it to null.</summary>
    public bool HasFallbackPolicy { get; private set; }

    public ImmutableArray<PageConvention> PageConventions { get; private set; } = ImmutableArray<PageConvention>.Empty;

    /// <summary>An AuthorizeFilter added to MvcOptions.Filters: every action and page.</summary>
    public AccessEvidence GlobalFilter => _globalFilter ?? AccessEvidence.None;

    /// <summary>Conventions every controller route mapping carries (MapControllers().RequireAuthorization()).</summary>
    public AccessEvidence Controllers => _controllers ?? AccessEvidence.None;

    public AccessEvidence RazorPages => _pages ?? AccessEvidence.None;

    public AccessEvidence Components => _components ?? AccessEvidence.None;

    public AccessEvidence GrpcService(INamedTypeSymbol service) =>
        _grpcServices.TryGetValue(service.OriginalDefinition, out var evidence) ? evidence : AccessEvidence.None;

    public static AuthorizationSetup Scan(Compilation compilation, EndpointConventions conventions)
    {
        // Without ASP.NET Core's authorization, nothing here can apply.
        if (compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Authorization.IAuthorizeData") is null)
        {
            return None;
        }

        var setup = new AuthorizationSetup();
        foreach (var tree in compilation.SyntaxTrees)
        {
            // Every new compilation (each edit, in the IDE) pays this pass: a text search, once per tree, skips the
            // files that name none of these calls, far faster than walking their syntax.
            if (!Mentions.Of(tree))
            {
                continue;
            }

            SemanticModel? model = null;
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (!IsCandidate(node))
                {
                    continue;
                }

#pragma warning disable RS1030 // The analyzer driver shares its semantic models with Compilation.GetSemanticModel.
                model ??= compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
                switch (model.GetOperation(node))
                {
                    case IInvocationOperation invocation:
                        setup.Read(invocation, conventions);
                        break;
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { Name: "FallbackPolicy" } property } } assignment
                        when SymbolNames.Is(property.ContainingType, AuthorizationTypes.AuthorizationNamespace, "AuthorizationOptions"):
                        setup._fallbackMayBeNull.Add(MayBeNull(assignment.Value));
                        break;
                    case IObjectCreationOperation creation when SymbolNames.Is(creation.Type, "Microsoft.AspNetCore.Mvc.Authorization", "AuthorizeFilter"):
                        setup.ReadFilter(creation);
                        break;
                }
            }
        }

        setup.HasFallbackPolicy = setup._fallbackMayBeNull.Count > 0 && !setup._fallbackMayBeNull.Contains(true);
        setup.PageConventions = setup._pageConventions.ToImmutableArray();
        return setup;
    }

    /// <summary>Every name <see cref="IsCandidate"/> accepts.</summary>
    private static readonly string[] CandidateNames = PageConventionNames.Concat(ControllerMappings).Concat(PageMappings).Concat(OtherNames)
        .Concat(new[] { "FallbackPolicy", "AuthorizeFilter" }).ToArray();

    // Per tree, across the IDE's successive compilations: an unchanged file is not searched again.
    private static readonly PerTreeVerdict Mentions = new(tree => SourceTextSearch.ContainsAny(tree.GetText(), CandidateNames));

    private static bool IsCandidate(SyntaxNode node) => node switch
    {
        InvocationExpressionSyntax invocation => CallSiteIndex.InvokedName(invocation.Expression) is { } name &&
                                                 (PageConventionNames.Contains(name) || ControllerMappings.Contains(name) || PageMappings.Contains(name) || OtherNames.Contains(name)),
        AssignmentExpressionSyntax assignment => assignment.Left switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText == "FallbackPolicy",
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText == "FallbackPolicy",
            _ => false,
        },
        ObjectCreationExpressionSyntax creation => creation.Type switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText == "AuthorizeFilter",
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText == "AuthorizeFilter",
            _ => false,
        },
        _ => false,
    };

    private void Read(IInvocationOperation invocation, EndpointConventions conventions)
    {
        var method = invocation.TargetMethod;
        var owner = method.ContainingType?.Name;
        if (PageConventionNames.Contains(method.Name) && owner == "PageConventionCollectionExtensions")
        {
            ReadPageConvention(invocation);
        }
        else if (method.Name == "SetFallbackPolicy" && owner == "AuthorizationBuilder")
        {
            _fallbackMayBeNull.Add(invocation.Arguments.Length == 0 || MayBeNull(invocation.Arguments[invocation.Arguments.Length - 1].Value));
        }
        else if ((method.Name == "AddDefaultIdentity" && owner == "IdentityServiceCollectionUIExtensions") ||
                 (method.Name == "AddDefaultUI" && owner == "IdentityBuilderUIExtensions"))
        {
            // The Identity UI's own conventions (IdentityDefaultUIConfigureOptions), which scaffolded pages keep.
            var signedIn = AccessEvidence.Requiring(AccessEvidence.SignedInUsers);
            _pageConventions.Add(new PageConvention(true, "Identity", "/Account/Manage", IsFolder: true, signedIn));
            _pageConventions.Add(new PageConvention(true, "Identity", "/Account/Logout", IsFolder: false, signedIn));
        }
        else if (method.ContainingType is { } type && SymbolNames.IsNamespace(type.ContainingNamespace, AuthorizationTypes.BuilderNamespace))
        {
            ReadMapping(invocation, conventions);
        }
    }

    private void ReadMapping(IInvocationOperation invocation, EndpointConventions conventions)
    {
        var name = invocation.TargetMethod.Name;
        if (ControllerMappings.Contains(name))
        {
            _controllers = Meet(_controllers, conventions.ForEndpoint(invocation));
        }
        else if (PageMappings.Contains(name))
        {
            _pages = Meet(_pages, conventions.ForEndpoint(invocation));
        }
        else if (name == "MapRazorComponents")
        {
            _components = Meet(_components, conventions.ForEndpoint(invocation));
        }
        else if (name == "MapGrpcService" && invocation.TargetMethod.TypeArguments.Length == 1 &&
                 invocation.TargetMethod.TypeArguments[0] is INamedTypeSymbol service)
        {
            service = service.OriginalDefinition;
            _grpcServices.TryGetValue(service, out var existing);
            _grpcServices[service] = Meet(existing, conventions.ForEndpoint(invocation));
        }
    }

    private void ReadPageConvention(IInvocationOperation invocation)
    {
        var name = invocation.TargetMethod.Name;
        var anonymous = name.StartsWith("AllowAnonymous", StringComparison.Ordinal);
        var inArea = name.IndexOf("Area", StringComparison.Ordinal) >= 0;
        var isFolder = name.EndsWith("Folder", StringComparison.Ordinal);
        var area = inArea ? Constant(invocation, "areaName") : null;
        var path = Constant(invocation, isFolder ? "folderPath" : "pageName");

        // A computed path or area could name any page: that only matters where it lets anonymous visitors in.
        if (!anonymous && (path is null || (inArea && area is null)))
        {
            return;
        }

        AccessEvidence evidence;
        if (anonymous)
        {
            evidence = AccessEvidence.Anonymous;
        }
        else if (Argument(invocation, "policy") is { } policy)
        {
            evidence = AccessEvidence.Requiring(policy.ConstantValue.Value is string policyName
                ? AuthorizationPhrases.Policy(policyName)
                : AuthorizationPhrases.PolicyBuiltInCode);
        }
        else
        {
            evidence = AccessEvidence.Requiring(AccessEvidence.SignedInUsers);
        }

        _pageConventions.Add(new PageConvention(inArea, area, path, isFolder, evidence));
    }

    // options.Filters.Add(new AuthorizeFilter(...)): every MVC action and Razor Page.
    private void ReadFilter(IObjectCreationOperation creation)
    {
        var parent = creation.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        if (parent is not IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Add", Instance: { } filters } } ||
            !SymbolNames.Is(filters.Type, AuthorizationTypes.FiltersNamespace, "FilterCollection"))
        {
            return;
        }

        string requirement;
        if (creation.Arguments.Length == 0)
        {
            requirement = AccessEvidence.SignedInUsers;
        }
        else if (creation.Arguments[0].Value.ConstantValue.Value is string policy)
        {
            requirement = AuthorizationPhrases.Policy(policy);
        }
        else
        {
            requirement = AuthorizationPhrases.FromPolicyCode(creation.Arguments[0].Value);
        }

        _globalFilter = AccessEvidence.Union(GlobalFilter, AccessEvidence.Requiring(requirement));
    }

    private static AccessEvidence Meet(AccessEvidence? existing, AccessEvidence added) =>
        existing is null ? added : AccessEvidence.Meet(existing, added);

    private static IOperation? Argument(IInvocationOperation invocation, string parameter)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == parameter && argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                return argument.Value;
            }
        }

        return null;
    }

    private static string? Constant(IInvocationOperation invocation, string parameter) =>
        Argument(invocation, parameter)?.ConstantValue.Value as string;

    // `FallbackPolicy = null`, `= default`, `= cond ? policy : null`: the fallback policy may be off.
    private static bool MayBeNull(IOperation? value)
    {
        value = EndpointConventions.Strip(value);
        return value switch
        {
            null => true,
            { ConstantValue: { HasValue: true, Value: null } } => true,
            IDefaultValueOperation => true,
            IConditionalOperation conditional => MayBeNull(conditional.WhenTrue) || MayBeNull(conditional.WhenFalse),
            ICoalesceOperation coalesce => MayBeNull(coalesce.WhenNull),
            _ => false,
        };
    }
}
