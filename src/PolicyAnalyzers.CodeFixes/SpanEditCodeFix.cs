using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace PolicyAnalyzers.CodeFixes
{
    /// <summary>
    /// A fix that edits the document of its diagnostics at their spans. Fix All hands every span of a document to one
    /// edit, so fixes that land on the same declaration are applied once instead of conflicting.
    /// </summary>
    public abstract class SpanEditCodeFix : CodeFixProvider
    {
        /// <summary>What the light bulb offers.</summary>
        protected abstract string Title { get; }

        public sealed override FixAllProvider GetFixAllProvider() =>
            FixAllProvider.Create(async (context, document, diagnostics) =>
                await EditAsync(document, diagnostics.Select(d => d.Location.SourceSpan), context.CancellationToken).ConfigureAwait(false));

        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || !CanEdit(root, context.Span))
            {
                return;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    Title,
                    cancellationToken => EditAsync(context.Document, new[] { context.Span }, cancellationToken),
                    equivalenceKey: GetType().Name),
                context.Diagnostics);
        }

        /// <summary>Whether there is something to edit at <paramref name="span"/>; no fix is offered otherwise.</summary>
        protected abstract bool CanEdit(SyntaxNode root, TextSpan span);

        protected abstract Task<Document> EditAsync(Document document, IEnumerable<TextSpan> spans, CancellationToken cancellationToken);
    }
}
