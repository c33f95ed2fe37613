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
    /// <summary>PA0004: marks the member (or the record's positional parameter) with [ProtectedData].</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MarkPersonalDataCodeFix))]
    [Shared]
    public sealed class MarkPersonalDataCodeFix : AddAttributeCodeFix
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnmarkedPersonalData);

        protected override string Title => "Mark as [ProtectedData]";

        protected override string Attribute => "ProtectedData";

        /// <summary>The property, field or record parameter whose name the diagnostic points at.</summary>
        protected override SyntaxNode? Target(SyntaxNode root, TextSpan span) =>
            root.FindNode(span, getInnermostNodeForTie: true)
                .AncestorsAndSelf()
                .FirstOrDefault(n => n is PropertyDeclarationSyntax or FieldDeclarationSyntax or ParameterSyntax);
    }
}
