using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PolicyAnalyzers.Markers;

namespace PolicyAnalyzers.Policy;

/// <summary>
/// The pages of an ASP.NET Core application as the compiler sees them: the classes the Razor source generator
/// writes for MVC views, Razor Pages and components, found by their <c>RazorCompiledItem</c> attributes and base
/// types; which views a controller's <c>View(...)</c> renders (ASP.NET Core's view location conventions); and which
/// members of its model a view renders.
/// </summary>
internal sealed class RazorPages
{
    private const string PagePhrase = "the page '{0}'";

    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<INamedTypeSymbol, RazorPage?> _pages = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, RenderedModel> _renderedModels = new(SymbolEqualityComparer.Default);
    private readonly Lazy<Dictionary<string, INamedTypeSymbol>> _viewsByPath;

    public RazorPages(Compilation compilation)
    {
        _compilation = compilation;
        _viewsByPath = new Lazy<Dictionary<string, INamedTypeSymbol>>(IndexCompiledViews, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The page a type is, or null: a view, a Razor Page or a component.</summary>
    public RazorPage? Of(INamedTypeSymbol? type)
    {
        if (type is null)
        {
            return null;
        }

        type = type.OriginalDefinition;
        return _pages.TryGetValue(type, out var page) ? page : _pages.GetOrAdd(type, Compute(type));
    }

    /// <summary>The sink for what a page writes into its HTML; a view's audience is its action's, decided where it is rendered.</summary>
    public static Sink RenderSink(RazorPage page, Audience? audience = null) => new(SinkKind.Response, page.Path, DataView.Text, PagePhrase, audience: audience);

    /// <summary>True for <c>View(...)</c> and <c>PartialView(...)</c> of an MVC controller: a page renders what they are given.</summary>
    public static bool IsViewResult(IMethodSymbol method) =>
        (method.Name == "View" || method.Name == "PartialView") &&
        SymbolNames.DerivesFrom(method.ContainingType, "Microsoft.AspNetCore.Mvc", "Controller");

    /// <summary>
    /// The compiled views a <c>View(viewName)</c> call of <paramref name="action"/> can render, by ASP.NET Core's
    /// conventions: the area's and the application's Views/{controller}/ and Views/Shared/ folders; a path
    /// ("~/Views/X/Y.cshtml") as given. Empty when the name is not a constant.
    /// </summary>
    public ImmutableArray<INamedTypeSymbol> ViewsFor(INamedTypeSymbol controller, string viewName)
    {
        var views = _viewsByPath.Value;
        if (views.Count == 0)
        {
            return ImmutableArray<INamedTypeSymbol>.Empty;
        }

        if (viewName.StartsWith("~/", StringComparison.Ordinal) || viewName.StartsWith("/", StringComparison.Ordinal))
        {
            return views.TryGetValue(viewName.TrimStart('~'), out var exact) ? ImmutableArray.Create(exact) : ImmutableArray<INamedTypeSymbol>.Empty;
        }

        var controllerName = controller.Name.EndsWith("Controller", StringComparison.Ordinal)
            ? controller.Name.Substring(0, controller.Name.Length - "Controller".Length)
            : controller.Name;
        var area = AreaOf(controller);
        var candidates = new List<string>();
        if (area is not null)
        {
            candidates.Add("/Areas/" + area + "/Views/" + controllerName + "/" + viewName + ".cshtml");
            candidates.Add("/Areas/" + area + "/Views/Shared/" + viewName + ".cshtml");
        }

        candidates.Add("/Views/" + controllerName + "/" + viewName + ".cshtml");
        candidates.Add("/Views/Shared/" + viewName + ".cshtml");
        candidates.Add("/Pages/Shared/" + viewName + ".cshtml");

        // The first location that holds the view is the one rendered.
        foreach (var candidate in candidates)
        {
            if (views.TryGetValue(candidate, out var view))
            {
                return ImmutableArray.Create(view);
            }
        }

        return ImmutableArray<INamedTypeSymbol>.Empty;
    }

    /// <summary>Which members of its model a view writes into its HTML, read from its code once per view.</summary>
    public RenderedModel RenderedModelOf(INamedTypeSymbol view, CancellationToken cancellationToken) =>
        _renderedModels.GetOrAdd(view.OriginalDefinition, v => FindRenderedModel(v, cancellationToken));

    private RazorPage? Compute(INamedTypeSymbol type)
    {
        PageKind kind;
        if (SymbolNames.DerivesFrom(type, "Microsoft.AspNetCore.Mvc.RazorPages", "Page"))
        {
            kind = PageKind.RazorPage;
        }
        else if (SymbolNames.DerivesFrom(type, "Microsoft.AspNetCore.Mvc.Razor", "RazorPageBase"))
        {
            kind = PageKind.View;
        }
        else if (SymbolNames.DerivesFrom(type, "Microsoft.AspNetCore.Components", "ComponentBase"))
        {
            kind = PageKind.Component;
        }
        else
        {
            return null;
        }

        return new RazorPage(kind, Identifier(type) ?? type.Name, type);
    }

    // [RazorCompiledItemMetadata("Identifier", "/Views/Home/Index.cshtml")] on every class the Razor generator writes.
    private static string? Identifier(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (SymbolNames.Is(attribute.AttributeClass, "Microsoft.AspNetCore.Razor.Hosting", "RazorCompiledItemMetadataAttribute") &&
                attribute.ConstructorArguments.Length == 2 &&
                attribute.ConstructorArguments[0].Value as string == "Identifier")
            {
                return attribute.ConstructorArguments[1].Value as string;
            }
        }

        return null;
    }

    private static string? AreaOf(INamedTypeSymbol controller)
    {
        for (var type = controller; type is not null; type = type.BaseType)
        {
            foreach (var attribute in type.GetAttributes())
            {
                if (SymbolNames.Is(attribute.AttributeClass, "Microsoft.AspNetCore.Mvc", "AreaAttribute") &&
                    attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string area)
                {
                    return area;
                }
            }
        }

        return null;
    }

    // [assembly: RazorCompiledItem(typeof(Views_Home_Index), "mvc.1.0.view", "/Views/Home/Index.cshtml")]
    private Dictionary<string, INamedTypeSymbol> IndexCompiledViews()
    {
        var views = new Dictionary<string, INamedTypeSymbol>(StringComparer.OrdinalIgnoreCase);
        foreach (var attribute in _compilation.Assembly.GetAttributes())
        {
            if (SymbolNames.Is(attribute.AttributeClass, "Microsoft.AspNetCore.Razor.Hosting", "RazorCompiledItemAttribute") &&
                attribute.ConstructorArguments.Length == 3 &&
                attribute.ConstructorArguments[0].Value is INamedTypeSymbol type &&
                attribute.ConstructorArguments[1].Value is string kind && kind.StartsWith("mvc.1.0.view", StringComparison.Ordinal) &&
                attribute.ConstructorArguments[2].Value is string path)
            {
                views[path] = type;
            }
        }

        return views;
    }

    /// <summary>
    /// The model members a view renders: <c>@Model.Name</c>, <c>Html.DisplayFor(m =&gt; m.Name)</c>,
    /// <c>asp-for="Name"</c>; the whole model when the view writes <c>Model</c> itself or serializes it.
    /// </summary>
    private static RenderedModel FindRenderedModel(INamedTypeSymbol view, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var whole = false;
        foreach (var reference in view.DeclaringSyntaxReferences)
        {
            foreach (var node in reference.GetSyntax(cancellationToken).DescendantNodes())
            {
                switch (node)
                {
                    // @Model.Email writes the member; @Model.Sponsor.Url writes a member of a member, which the view's
                    // own analysis sees when it is protected, so it does not count for the model handed over.
                    case MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "Model" } } access
                        when IsWritten(access):
                        names.Add(access.Name.Identifier.ValueText);
                        break;
                    case IdentifierNameSyntax { Identifier.ValueText: "Model", Parent: ArgumentSyntax }:
                        whole = true;
                        break;
                    case SimpleLambdaExpressionSyntax { Body: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax target } body } lambda
                        when target.Identifier.ValueText == lambda.Parameter.Identifier.ValueText:
                        names.Add(body.Name.Identifier.ValueText);
                        break;
                    case SimpleLambdaExpressionSyntax { Body: IdentifierNameSyntax body } lambda
                        when body.Identifier.ValueText == lambda.Parameter.Identifier.ValueText:
                        whole = true;
                        break;
                }
            }
        }

        return new RenderedModel(whole, names.ToImmutableHashSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// True when the value itself is handed to something that writes it (an argument: Write, Html.Raw,
    /// string.Format), not tested (<c>Model.Sponsor != null</c>), looped over or read further (<c>Model.Sponsor.Url</c>).
    /// </summary>
    private static bool IsWritten(ExpressionSyntax expression)
    {
        var node = expression.Parent;
        while (node is ParenthesizedExpressionSyntax or CastExpressionSyntax)
        {
            node = node.Parent;
        }

        return node is ArgumentSyntax or InterpolationSyntax;
    }
}

/// <summary>What kind of page the Razor generator wrote.</summary>
internal enum PageKind
{
    /// <summary>An MVC view or partial view (.cshtml rendered by a controller).</summary>
    View,

    /// <summary>A Razor Page (.cshtml with @page), with its PageModel.</summary>
    RazorPage,

    /// <summary>A Razor component (.razor).</summary>
    Component,
}

/// <summary>A page: its kind, its path as the application names it ("/Views/Home/Index.cshtml"), and its class.</summary>
internal sealed record RazorPage(PageKind Kind, string Path, INamedTypeSymbol Type);

/// <summary>The members of its model a view renders, or all of them.</summary>
internal sealed record RenderedModel(bool Whole, ImmutableHashSet<string> Members)
{
    public bool Renders(string member) => Whole || Members.Contains(member);
}
