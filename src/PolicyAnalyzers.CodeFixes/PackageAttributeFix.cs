using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PolicyAnalyzers.CodeFixes
{
    /// <summary>A fix that adds one of the package's attributes to the declaration a diagnostic points into.</summary>
    internal abstract class PackageAttributeFix : ProtectedDataFix
    {
        private readonly SyntaxNode target;
        private readonly string attribute;

        protected PackageAttributeFix(SyntaxNode target, string attribute)
        {
            this.target = target;
            this.attribute = attribute;
        }

        public sealed override Task<IEnumerable<SyntaxEdit>> EditsAsync(Solution solution, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<SyntaxEdit>>(new[]
            {
                new SyntaxEdit(
                    target,
                    EquivalenceKey,
                    (node, newLine) => AttributeEditing.AddAttribute(node, AttributeEditing.Parse(attribute), newLine),
                    "PolicyAnalyzers"),
            });

        /// <summary>The innermost node around the diagnostic's span that can take the attribute, or null.</summary>
        protected static SyntaxNode? Innermost(SyntaxNode root, TextSpan span, Func<SyntaxNode, bool> takesTheAttribute) =>
            root.FindNode(span, getInnermostNodeForTie: true).AncestorsAndSelf().FirstOrDefault(takesTheAttribute);
    }
}
