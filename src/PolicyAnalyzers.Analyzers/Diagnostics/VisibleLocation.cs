using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PolicyAnalyzers.Diagnostics;

/// <summary>
/// Where a user can see a finding in code a generator wrote. The Razor generator hides its own code (<c>#line hidden</c>)
/// and maps only what came from the .cshtml: a finding on hidden code would point into obj/…/Index_cshtml.g.cs, so it
/// is placed on the mapped tokens it contains (<c>Input.Email</c> of <c>asp-for="Input.Email"</c>), else on the
/// nearest mapped code before it.
/// </summary>
internal static class VisibleLocation
{
    public static Location Of(SyntaxNode node, CancellationToken cancellationToken)
    {
        var tree = node.SyntaxTree;
        if (!tree.HasHiddenRegions() || !IsHidden(tree, node.SpanStart, cancellationToken))
        {
            return node.GetLocation();
        }

        var start = -1;
        var end = -1;
        foreach (var token in node.DescendantTokens())
        {
            var hidden = IsHidden(tree, token.SpanStart, cancellationToken);
            if (start < 0 && !hidden)
            {
                start = token.SpanStart;
            }
            else if (start >= 0 && hidden)
            {
                break;
            }

            if (start >= 0)
            {
                end = token.Span.End;
            }
        }

        if (start >= 0)
        {
            return Location.Create(tree, TextSpan.FromBounds(start, end));
        }

        return NearestMappedBefore(tree, node.SpanStart, cancellationToken) is { } before
            ? Location.Create(tree, before)
            : node.GetLocation();
    }

    private static bool IsHidden(SyntaxTree tree, int position, CancellationToken cancellationToken) =>
        tree.GetLineVisibility(position, cancellationToken) == LineVisibility.Hidden;

    private static TextSpan? NearestMappedBefore(SyntaxTree tree, int position, CancellationToken cancellationToken)
    {
        var lines = tree.GetText(cancellationToken).Lines;
        var at = lines.GetLinePosition(position);
        LinePositionSpan? nearest = null;
        foreach (var mapping in tree.GetLineMappings(cancellationToken))
        {
            if (mapping.Span.Start >= at)
            {
                break;
            }

            if (!mapping.IsHidden && mapping.MappedSpan.HasMappedPath)
            {
                nearest = mapping.Span;
            }
        }

        // Its first line: the statement the .cshtml line became.
        return nearest is { } span ? TextSpan.FromBounds(lines.GetPosition(span.Start), lines[span.Start.Line].End) : null;
    }
}
