using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using PolicyAnalyzers.Diagnostics;

namespace PolicyAnalyzers.CodeFixes
{
    /// <summary>PA0004: marks the member (or the record's positional parameter) with [ProtectedData].</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MarkPersonalDataCodeFix))]
    [Shared]
    public sealed class MarkPersonalDataCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnmarkedPersonalData);

        public override FixAllProvider GetFixAllProvider() =>
            FixAllProvider.Create(async (context, document, diagnostics) =>
                await MarkAsync(document, diagnostics.Select(d => d.Location.SourceSpan), context.CancellationToken).ConfigureAwait(false));

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || Declaration(root, context.Span) is null)
            {
                return;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Mark as [ProtectedData]",
                    cancellationToken => MarkAsync(context.Document, new[] { context.Span }, cancellationToken),
                    equivalenceKey: nameof(MarkPersonalDataCodeFix)),
                context.Diagnostics);
        }

        private static async Task<Document> MarkAsync(Document document, IEnumerable<TextSpan> spans, CancellationToken cancellationToken)
        {
            if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not CompilationUnitSyntax unit)
            {
                return document;
            }

            var declarations = spans.Select(span => Declaration(unit, span)).OfType<SyntaxNode>().Distinct().ToList();
            if (declarations.Count == 0)
            {
                return document;
            }

            var newLine = AttributeEditing.NewLineOf(unit);
            var marker = AttributeEditing.Parse("ProtectedData");
            var updated = unit.ReplaceNodes(declarations, (original, _) => AttributeEditing.AddAttribute(original, marker, newLine));
            return document.WithSyntaxRoot(AttributeEditing.EnsureUsing(updated, "PolicyAnalyzers", newLine));
        }

        /// <summary>The property, field or record parameter whose name the diagnostic points at.</summary>
        private static SyntaxNode? Declaration(SyntaxNode root, TextSpan span)
        {
            var node = root.FindNode(span, getInnermostNodeForTie: true);
            return node.AncestorsAndSelf().FirstOrDefault(n => n is PropertyDeclarationSyntax or FieldDeclarationSyntax or ParameterSyntax);
        }
    }
}
