using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace PolicyAnalyzers.CodeFixes
{
    /// <summary>
    /// A fix that adds one of the package's attributes to the declaration a diagnostic points into. Fix All hands every
    /// span of a document to one edit, so diagnostics that share a declaration give it the attribute once.
    /// </summary>
    public abstract class AddAttributeCodeFix : CodeFixProvider
    {
        /// <summary>What the light bulb offers.</summary>
        protected abstract string Title { get; }

        /// <summary>The attribute as written in source, in the PolicyAnalyzers namespace.</summary>
        protected abstract string Attribute { get; }

        /// <summary>The declaration that takes the attribute, or null when there is none (no fix is offered).</summary>
        protected abstract SyntaxNode? Target(SyntaxNode root, TextSpan span);

        public sealed override FixAllProvider GetFixAllProvider() =>
            FixAllProvider.Create(async (context, document, diagnostics) =>
                await AddAsync(document, diagnostics.Select(d => d.Location.SourceSpan).ToArray(), context.CancellationToken).ConfigureAwait(false));

        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || Target(root, context.Span) is null)
            {
                return;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    Title,
                    cancellationToken => AddAsync(context.Document, new[] { context.Span }, cancellationToken),
                    equivalenceKey: GetType().Name),
                context.Diagnostics);
        }

        private async Task<Document> AddAsync(Document document, TextSpan[] spans, CancellationToken cancellationToken)
        {
            if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not CompilationUnitSyntax unit)
            {
                return document;
            }

            var targets = spans.Select(span => Target(unit, span)).OfType<SyntaxNode>().Distinct().ToList();
            if (targets.Count == 0)
            {
                return document;
            }

            var newLine = AttributeEditing.NewLineOf(unit);
            var attribute = AttributeEditing.Parse(Attribute);
            var updated = unit.ReplaceNodes(targets, (original, _) => AttributeEditing.AddAttribute(original, attribute, newLine));
            return document.WithSyntaxRoot(AttributeEditing.EnsureUsing(updated, "PolicyAnalyzers", newLine));
        }
    }
}
