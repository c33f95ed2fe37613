using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using PolicyAnalyzers.Diagnostics;

namespace PolicyAnalyzers.CodeFixes
{
    /// <summary>PA0004: marks the member (or the record's positional parameter) with [ProtectedData].</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MarkPersonalDataCodeFix))]
    [Shared]
    public sealed class MarkPersonalDataCodeFix : SpanEditCodeFix
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnmarkedPersonalData);

        protected override string Title => "Mark as [ProtectedData]";

        protected override bool CanEdit(SyntaxNode root, TextSpan span) => Declaration(root, span) is not null;

        protected override Task<Document> EditAsync(Document document, IEnumerable<TextSpan> spans, CancellationToken cancellationToken) =>
            MarkAsync(document, spans, cancellationToken);

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
