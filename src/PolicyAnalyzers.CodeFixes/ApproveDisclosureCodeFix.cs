using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PolicyAnalyzers.Diagnostics;

namespace PolicyAnalyzers.CodeFixes
{
    /// <summary>
    /// PA0001-PA0003: marks the enclosing method as an approved disclosure, with placeholders that keep PA0005 on
    /// until someone writes down why the disclosure is lawful and who approved it.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ApproveDisclosureCodeFix))]
    [Shared]
    public sealed class ApproveDisclosureCodeFix : SpanEditCodeFix
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
            DiagnosticIds.ProtectedDataExported, DiagnosticIds.ProtectedDataSerialized, DiagnosticIds.ProtectedDataLogged);

        protected override string Title => "Approve this disclosure with [AuthorizedDisclosure]";

        protected override bool CanEdit(SyntaxNode root, Microsoft.CodeAnalysis.Text.TextSpan span) => EnclosingApprovable(root, span) is not null;

        protected override Task<Document> EditAsync(Document document, IEnumerable<Microsoft.CodeAnalysis.Text.TextSpan> spans, CancellationToken cancellationToken) =>
            ApproveAsync(document, spans, cancellationToken);

        private static async Task<Document> ApproveAsync(Document document, IEnumerable<Microsoft.CodeAnalysis.Text.TextSpan> spans, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is not CompilationUnitSyntax unit)
            {
                return document;
            }

            var targets = spans.Select(span => EnclosingApprovable(root, span)).OfType<SyntaxNode>().Distinct().ToList();
            if (targets.Count == 0)
            {
                return document;
            }

            var newLine = AttributeEditing.NewLineOf(unit);
            var approval = AttributeEditing.Parse("AuthorizedDisclosure(\"TODO: justification\", ApprovedBy = \"TODO\")");
            var updated = unit.ReplaceNodes(targets, (original, _) => AttributeEditing.AddAttribute(original, approval, newLine));
            updated = AttributeEditing.EnsureUsing(updated, "PolicyAnalyzers", newLine);
            return document.WithSyntaxRoot(updated);
        }

        /// <summary>
        /// The innermost code that can carry the approval: a lambda with a parameter list (a minimal API handler), a local
        /// function, an accessor, or the method or constructor whose body holds the flow.
        /// </summary>
        private static SyntaxNode? EnclosingApprovable(SyntaxNode root, Microsoft.CodeAnalysis.Text.TextSpan span)
        {
            var node = root.FindNode(span, getInnermostNodeForTie: true);
            return node.AncestorsAndSelf().FirstOrDefault(n =>
                n is ParenthesizedLambdaExpressionSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax or BaseMethodDeclarationSyntax);
        }
    }
}
