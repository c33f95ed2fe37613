using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using PolicyAnalyzers.Diagnostics;

namespace PolicyAnalyzers.CodeFixes
{
    /// <summary>
    /// PA0001-PA0003: marks the enclosing method as an approved disclosure, with placeholders that keep PA0005 on
    /// until someone writes down why the disclosure is lawful and who approved it.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ApproveDisclosureCodeFix))]
    [Shared]
    public sealed class ApproveDisclosureCodeFix : AddAttributeCodeFix
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
            DiagnosticIds.ProtectedDataExported, DiagnosticIds.ProtectedDataSerialized, DiagnosticIds.ProtectedDataLogged);

        protected override string Title => "Approve this disclosure with [AuthorizedDisclosure]";

        protected override string Attribute => "AuthorizedDisclosure(\"TODO: justification\", ApprovedBy = \"TODO\")";

        /// <summary>
        /// The innermost code that can carry the approval: a lambda with a parameter list (a minimal API handler), a local
        /// function, an accessor, or the method or constructor whose body holds the flow.
        /// </summary>
        protected override SyntaxNode? Target(SyntaxNode root, TextSpan span) =>
            root.FindNode(span, getInnermostNodeForTie: true)
                .AncestorsAndSelf()
                .FirstOrDefault(n =>
                    n is ParenthesizedLambdaExpressionSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax or BaseMethodDeclarationSyntax);
    }
}
