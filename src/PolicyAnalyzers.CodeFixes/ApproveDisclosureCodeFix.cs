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
            if (root is null || EnclosingMember(root, context.Span) is null)
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

            var members = spans.Select(span => EnclosingMember(root, span)).OfType<MemberDeclarationSyntax>().Distinct().ToList();
            if (members.Count == 0)
            {
                return document;
            }

            // Keep the file's own line endings.
            var newLine = unit.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            if (newLine == default)
            {
                newLine = SyntaxFactory.LineFeed;
            }

            var updated = unit.ReplaceNodes(members, (original, _) => AddApproval(original, newLine));
            if (!updated.Usings.Any(u => u.Name?.ToString() == "PolicyAnalyzers") && !IsInsidePolicyAnalyzersNamespace(updated))
            {
                updated = updated.AddUsings(SyntaxFactory.UsingDirective(SyntaxFactory.ParseName("PolicyAnalyzers")).WithTrailingTrivia(newLine));
            }

            return document.WithSyntaxRoot(updated);
        }

        private static MemberDeclarationSyntax AddApproval(MemberDeclarationSyntax member, SyntaxTrivia newLine)
        {
            var attribute = SyntaxFactory.ParseCompilationUnit(
                    "[AuthorizedDisclosure(\"TODO: justification\", ApprovedBy = \"TODO\")] class C { }")
                .Members[0].AttributeLists[0]
                .WithTrailingTrivia(newLine);

            // The member's blank lines and comments stay above the new attribute; its indentation is repeated below it.
            var leading = member.GetLeadingTrivia();
            var indentation = SyntaxFactory.TriviaList(leading.Reverse().TakeWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse());
            if (member.AttributeLists.Count > 0)
            {
                return member.AddAttributeLists(attribute.WithLeadingTrivia(indentation));
            }

            return member.WithLeadingTrivia(indentation).AddAttributeLists(attribute.WithLeadingTrivia(leading));
        }

        /// <summary>The method, constructor or accessor whose body holds the flow; lambdas and local functions belong to it.</summary>
        private static MemberDeclarationSyntax? EnclosingMember(SyntaxNode root, Microsoft.CodeAnalysis.Text.TextSpan span)
        {
            var node = root.FindNode(span, getInnermostNodeForTie: true);
            return node.AncestorsAndSelf().OfType<BaseMethodDeclarationSyntax>().FirstOrDefault();
        }

        private static bool IsInsidePolicyAnalyzersNamespace(CompilationUnitSyntax unit) =>
            unit.Members.OfType<BaseNamespaceDeclarationSyntax>().Any(n => n.Name.ToString().StartsWith("PolicyAnalyzers", System.StringComparison.Ordinal));
    }
}
