using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
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
    public sealed class ApproveDisclosureCodeFix : CodeFixProvider
    {
        private const string Title = "Approve this disclosure with [AuthorizedDisclosure]";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
            DiagnosticIds.ProtectedDataExported, DiagnosticIds.ProtectedDataSerialized, DiagnosticIds.ProtectedDataLogged);

        public override FixAllProvider GetFixAllProvider() =>
            FixAllProvider.Create(async (context, document, diagnostics) =>
                await ApproveAsync(document, diagnostics.Select(d => d.Location.SourceSpan), context.CancellationToken).ConfigureAwait(false));

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || EnclosingApprovable(root, context.Span) is null)
            {
                return;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    Title,
                    cancellationToken => ApproveAsync(context.Document, new[] { context.Span }, cancellationToken),
                    equivalenceKey: nameof(ApproveDisclosureCodeFix)),
                context.Diagnostics);
        }

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

            // Keep the file's own line endings.
            var newLine = unit.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            if (newLine == default)
            {
                newLine = SyntaxFactory.LineFeed;
            }

            var updated = unit.ReplaceNodes(targets, (original, _) => AddApproval(original, newLine));
            if (!updated.Usings.Any(u => u.Name?.ToString() == "PolicyAnalyzers") && !IsInsidePolicyAnalyzersNamespace(updated))
            {
                updated = updated.AddUsings(SyntaxFactory.UsingDirective(SyntaxFactory.ParseName("PolicyAnalyzers")).WithTrailingTrivia(newLine));
            }

            return document.WithSyntaxRoot(updated);
        }

        private static SyntaxNode AddApproval(SyntaxNode target, SyntaxTrivia newLine)
        {
            var attribute = SyntaxFactory.ParseCompilationUnit(
                    "[AuthorizedDisclosure(\"TODO: justification\", ApprovedBy = \"TODO\")] class C { }")
                .Members[0].AttributeLists[0];

            // A lambda takes the attribute inline: [AuthorizedDisclosure(...)] (x) => ...
            if (target is ParenthesizedLambdaExpressionSyntax lambda)
            {
                return lambda.WithoutLeadingTrivia()
                    .AddAttributeLists(attribute.WithLeadingTrivia(lambda.GetLeadingTrivia()).WithTrailingTrivia(SyntaxFactory.Space));
            }

            // Declarations keep their blank lines and comments above the new attribute and repeat their indentation below it.
            var leading = target.GetLeadingTrivia();
            var indentation = SyntaxFactory.TriviaList(leading.Reverse().TakeWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse());
            var hasAttributes = target switch
            {
                MemberDeclarationSyntax member => member.AttributeLists.Count > 0,
                LocalFunctionStatementSyntax function => function.AttributeLists.Count > 0,
                AccessorDeclarationSyntax accessor => accessor.AttributeLists.Count > 0,
                _ => false,
            };
            attribute = attribute.WithTrailingTrivia(newLine).WithLeadingTrivia(hasAttributes ? indentation : leading);
            var withIndentation = hasAttributes ? target : target.WithLeadingTrivia(indentation);
            return withIndentation switch
            {
                MemberDeclarationSyntax member => member.AddAttributeLists(attribute),
                LocalFunctionStatementSyntax function => function.AddAttributeLists(attribute),
                AccessorDeclarationSyntax accessor => accessor.AddAttributeLists(attribute),
                _ => target,
            };
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

        private static bool IsInsidePolicyAnalyzersNamespace(CompilationUnitSyntax unit) =>
            unit.Members.OfType<BaseNamespaceDeclarationSyntax>().Any(n => n.Name.ToString().StartsWith("PolicyAnalyzers", System.StringComparison.Ordinal));
    }
}
