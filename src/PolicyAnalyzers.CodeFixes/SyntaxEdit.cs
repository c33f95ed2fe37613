using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PolicyAnalyzers.CodeFixes;

/// <summary>
/// A change to one node of a document, with the namespace the new code needs. Edits are collected first and applied
/// together, so that fixes of different kinds (an attribute on a member, a call around an argument) can land in the
/// same document, even on nested nodes, in one Fix All.
/// </summary>
/// <param name="Target">The node to change, as found in the solution the edit was made for.</param>
/// <param name="Identity">What the edit does, so that two fixes asking for the same change on the same node make it once.</param>
/// <param name="Rewrite">Rewrites the node (with the changes inside it already made), given the file's line ending.</param>
/// <param name="RequiredNamespace">A namespace the file must import for the new code, or null.</param>
internal sealed record SyntaxEdit(SyntaxNode Target, string Identity, Func<SyntaxNode, SyntaxTrivia, SyntaxNode> Rewrite, string? RequiredNamespace)
{
    public static Solution Apply(Solution solution, IEnumerable<SyntaxEdit> edits, CancellationToken cancellationToken)
    {
        foreach (var inTree in edits.GroupBy(edit => edit.Target.SyntaxTree))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var documentId = solution.GetDocumentId(inTree.Key);
            if (documentId is null || inTree.First().Target.AncestorsAndSelf().Last() is not CompilationUnitSyntax unit)
            {
                continue;
            }

            var unique = inTree.GroupBy(edit => (edit.Target, edit.Identity)).Select(same => same.First()).ToList();
            var byTarget = unique.ToLookup(edit => edit.Target);
            var newLine = AttributeEditing.NewLineOf(unit);
            var updated = unit.ReplaceNodes(
                byTarget.Select(group => group.Key),
                (original, rewritten) => byTarget[original].Aggregate(rewritten, (node, edit) => edit.Rewrite(node, newLine)));
            foreach (var namespaceName in unique.Select(edit => edit.RequiredNamespace).OfType<string>().Distinct())
            {
                updated = AttributeEditing.EnsureUsing(updated, namespaceName, newLine);
            }

            solution = solution.WithDocumentSyntaxRoot(documentId, updated);
        }

        return solution;
    }
}
