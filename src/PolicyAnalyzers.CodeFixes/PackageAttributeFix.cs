using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PolicyAnalyzers.CodeFixes;

/// <summary>A fix that adds one of the package's attributes to the declaration a diagnostic points into.</summary>
internal abstract class PackageAttributeFix : ProtectedDataFix
{
    private readonly SyntaxNode _target;
    private readonly string _attribute;

    protected PackageAttributeFix(SyntaxNode target, string attribute)
    {
        _target = target;
        _attribute = attribute;
    }

    public sealed override Task<IEnumerable<SyntaxEdit>> EditsAsync(Solution solution, CancellationToken cancellationToken) =>
        Task.FromResult<IEnumerable<SyntaxEdit>>(new[]
        {
            new SyntaxEdit(
                _target,
                EquivalenceKey,
                (node, newLine) => AttributeEditing.AddAttribute(node, AttributeEditing.Parse(_attribute), newLine),
                "PolicyAnalyzers"),
        });

    /// <summary>The innermost node around the diagnostic's span that can take the attribute, or null.</summary>
    protected static SyntaxNode? Innermost(SyntaxNode root, TextSpan span, Func<SyntaxNode, bool> takesTheAttribute) =>
        root.FindNode(span, getInnermostNodeForTie: true).AncestorsAndSelf().FirstOrDefault(takesTheAttribute);
}
