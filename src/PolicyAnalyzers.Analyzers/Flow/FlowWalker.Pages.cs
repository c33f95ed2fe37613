using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PolicyAnalyzers.Markers;
using PolicyAnalyzers.Policy;

namespace PolicyAnalyzers.Flow;

/// <summary>
/// MVC views: <c>return View(model)</c> hands the model to a page, which renders some of it. What the view renders
/// (protected data it reads itself, and the members of the model it writes) is reported here, at the line that
/// hands the data over, with the action's audience.
/// </summary>
internal sealed partial class FlowWalker
{
    /// <summary>
    /// What a view's own code shows: without a model (<c>return View()</c> for an empty form), the members of its
    /// model type are empty, so only what it reads elsewhere (a service, a view component's data) counts.
    /// </summary>
    private static ProtectedSource? ShownByTheViewItself(MethodSummary summary, INamedTypeSymbol view, bool hasModel)
    {
        var modelType = hasModel ? null : ModelTypeOf(view);
        foreach (var finding in summary.Findings)
        {
            var name = finding.Source.Name;
            if (modelType is null ||
                !(name == modelType.Name || name.StartsWith(modelType.Name + ".", StringComparison.Ordinal) || name.StartsWith(modelType.Name + "[]", StringComparison.Ordinal)))
            {
                return finding.Source;
            }
        }

        return null;
    }

    /// <summary>TModel of a view's <c>RazorPage&lt;TModel&gt;</c>.</summary>
    private static ITypeSymbol? ModelTypeOf(INamedTypeSymbol view)
    {
        for (var type = view.BaseType; type is not null; type = type.BaseType)
        {
            if (type is { Name: "RazorPage", TypeArguments.Length: 1 } && SymbolNames.IsNamespace(type.ContainingNamespace, "Microsoft.AspNetCore.Mvc.Razor"))
            {
                return type.TypeArguments[0];
            }
        }

        return null;
    }

    private void CheckViewRendering(IOperation call, ImmutableArray<IArgumentOperation> arguments, Taint[] taints)
    {
        if (Policy.Pages is not { } pages || _root?.ContainingType is not { } controller)
        {
            return;
        }

        var viewName = ActionName(_root);
        IArgumentOperation? model = null;
        var modelTaint = Taint.None;
        for (var i = 0; i < arguments.Length; i++)
        {
            switch (arguments[i].Parameter?.Name)
            {
                case "viewName" when arguments[i].Value.ConstantValue is { HasValue: true, Value: string name }:
                    viewName = name;
                    break;
                case "viewName":
                    // A view chosen at run time: not known here.
                    return;
                case "model":
                    model = arguments[i];
                    modelTaint = taints[i];
                    break;
            }
        }

        foreach (var view in pages.ViewsFor(controller, viewName))
        {
            if (pages.Of(view) is not { } page)
            {
                continue;
            }

            var sink = RazorPages.RenderSink(page);
            var at = (IOperation?)model?.Value ?? call;
            var execute = view.GetMembers("ExecuteAsync").OfType<IMethodSymbol>().FirstOrDefault();
            var summary = execute is null ? null : Noted(_context.GetCalleeSummary(execute, _chain, _cancellationToken));
            if (summary is { IsUsable: true } && ShownByTheViewItself(summary, view, hasModel: model is not null) is { } own)
            {
                // The view reads protected data itself (a marked member of its model, a service): what this action
                // hands it is shown.
                Report(at, own, sink, throughHelper: null);
                continue;
            }

            if (model is null)
            {
                continue;
            }

            var rendered = pages.RenderedModelOf(view, _cancellationToken);
            var shown = modelTaint.Members is null
                ? (rendered.Whole || !rendered.Members.IsEmpty ? modelTaint : Taint.None)
                : modelTaint.ShowingOnly(rendered.Renders);
            // The view writes these members itself, whatever the model's ToString would print.
            RecordParameterSinks(shown, sink, sunkType: null);
            if (shown.AnySource is { } source)
            {
                Report(model.Value, source, sink, throughHelper: null);
            }
        }
    }

    /// <summary>The name MVC gives an action: its method name without the Async suffix.</summary>
    private static string ActionName(IMethodSymbol action) =>
        action.Name.EndsWith("Async", StringComparison.Ordinal) && action.Name.Length > "Async".Length
            ? action.Name.Substring(0, action.Name.Length - "Async".Length)
            : action.Name;
}
