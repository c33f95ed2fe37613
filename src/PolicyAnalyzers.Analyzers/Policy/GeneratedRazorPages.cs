using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PolicyAnalyzers.Markers;

namespace PolicyAnalyzers.Policy;

/// <summary>
/// The page classes the Razor source generator puts into the compilation (namespace AspNetCoreGeneratedDocument,
/// derived from Page), with the page model each renders and the .cshtml it was generated from: so that a page
/// model's audience includes the page's own <c>@attribute [Authorize]</c> and its path.
/// </summary>
internal sealed class GeneratedRazorPages
{
    private const string RazorPagesNamespace = "Microsoft.AspNetCore.Mvc.RazorPages";

    private readonly Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>> _pagesByModel = new(SymbolEqualityComparer.Default);

    public GeneratedRazorPages(Compilation compilation)
    {
        foreach (var ns in compilation.Assembly.GlobalNamespace.GetNamespaceMembers())
        {
            if (ns.Name != "AspNetCoreGeneratedDocument")
            {
                continue;
            }

            foreach (var page in ns.GetTypeMembers())
            {
                if (IsPage(page) && ModelOf(page) is { } model)
                {
                    if (!_pagesByModel.TryGetValue(model, out var pages))
                    {
                        _pagesByModel[model] = pages = new List<INamedTypeSymbol>();
                    }

                    pages.Add(page);
                }
            }
        }
    }

    public IReadOnlyList<INamedTypeSymbol> PagesOf(INamedTypeSymbol pageModel) =>
        _pagesByModel.TryGetValue(pageModel.OriginalDefinition, out var pages) ? pages : (IReadOnlyList<INamedTypeSymbol>)ImmutableArray<INamedTypeSymbol>.Empty;

    /// <summary>A Razor Page class (generated from a .cshtml), as opposed to its page model.</summary>
    public static bool IsPage(INamedTypeSymbol type) => SymbolNames.DerivesFrom(type.BaseType, RazorPagesNamespace, "Page");

    /// <summary>The page model a generated page renders (its Model property), unless the page is its own model.</summary>
    public static INamedTypeSymbol? ModelOf(INamedTypeSymbol page)
    {
        foreach (var member in page.GetMembers("Model"))
        {
            if (member is IPropertySymbol { Type: INamedTypeSymbol model } && !SymbolEqualityComparer.Default.Equals(model, page))
            {
                return model.OriginalDefinition;
            }
        }

        return null;
    }

    /// <summary>The .cshtml a generated class came from: [RazorCompiledItemMetadata("Identifier", "/Pages/Admin/Index.cshtml")].</summary>
    public static string? Identifier(INamedTypeSymbol page)
    {
        foreach (var attribute in page.GetAttributes())
        {
            if (SymbolNames.Is(attribute.AttributeClass, "Microsoft.AspNetCore.Razor.Hosting", "RazorCompiledItemMetadataAttribute") &&
                attribute.ConstructorArguments.Length == 2 &&
                attribute.ConstructorArguments[0].Value is "Identifier" &&
                attribute.ConstructorArguments[1].Value is string identifier)
            {
                return identifier;
            }
        }

        return null;
    }
}
