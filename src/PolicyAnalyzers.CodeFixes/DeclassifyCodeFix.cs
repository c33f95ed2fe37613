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
using Microsoft.CodeAnalysis.Text;
using PolicyAnalyzers.Diagnostics;
using PolicyAnalyzers.Markers;

namespace PolicyAnalyzers.CodeFixes
{
    /// <summary>
    /// PA0001-PA0003: passes the value through one of the project's own [Declassifier] methods (a mask, a pseudonym),
    /// when one accepts the value and returns what the sink expects.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DeclassifyCodeFix))]
    [Shared]
    public sealed class DeclassifyCodeFix : CodeFixProvider
    {
        private const int MaxOffers = 3;

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
            DiagnosticIds.ProtectedDataExported, DiagnosticIds.ProtectedDataSerialized, DiagnosticIds.ProtectedDataLogged);

        public override FixAllProvider GetFixAllProvider() =>
            FixAllProvider.Create(async (context, document, diagnostics) =>
                await DeclassifyAllAsync(document, diagnostics, context.CodeActionEquivalenceKey, context.CancellationToken).ConfigureAwait(false));

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null || Value(root, context.Span) is not { } value)
            {
                return;
            }

            foreach (var declassifier in Applicable(model, value, context.CancellationToken).Take(MaxOffers))
            {
                var name = declassifier.ContainingType.Name + "." + declassifier.Name;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Pass through the declassifier '{name}'",
                        cancellationToken => DeclassifyAsync(context.Document, new[] { context.Span }, declassifier, cancellationToken),
                        equivalenceKey: EquivalenceKey(declassifier)),
                    context.Diagnostics);
            }
        }

        private static async Task<Document> DeclassifyAllAsync(
            Document document, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey, CancellationToken cancellationToken)
        {
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (model is null)
            {
                return document;
            }

            var declassifier = Declassifiers(model.Compilation, cancellationToken).FirstOrDefault(m => EquivalenceKey(m) == equivalenceKey);
            return declassifier is null
                ? document
                : await DeclassifyAsync(document, diagnostics.Select(d => d.Location.SourceSpan), declassifier, cancellationToken).ConfigureAwait(false);
        }

        private static async Task<Document> DeclassifyAsync(
            Document document, IEnumerable<TextSpan> spans, IMethodSymbol declassifier, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return document;
            }

            var values = spans.Select(span => Value(root, span)).OfType<ExpressionSyntax>()
                .Where(value => Accepts(model, declassifier, value, cancellationToken)).Distinct().ToList();
            var updated = root.ReplaceNodes(values, (original, _) =>
            {
                var callee = SyntaxFactory.ParseExpression(
                    declassifier.ContainingType.ToMinimalDisplayString(model, original.SpanStart) + "." + declassifier.Name);
                return SyntaxFactory.InvocationExpression(
                        callee,
                        SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(original.WithoutTrivia()))))
                    .WithTriviaFrom(original);
            });
            return document.WithSyntaxRoot(updated);
        }

        /// <summary>The expression the diagnostic points at: the argument or returned value that carries the data.</summary>
        private static ExpressionSyntax? Value(SyntaxNode root, TextSpan span) =>
            root.FindNode(span, getInnermostNodeForTie: true) switch
            {
                ArgumentSyntax argument => argument.Expression,
                ExpressionSyntax expression => expression,
                _ => null,
            };

        private static IEnumerable<IMethodSymbol> Applicable(SemanticModel model, ExpressionSyntax value, CancellationToken cancellationToken) =>
            Declassifiers(model.Compilation, cancellationToken).Where(m => Accepts(model, m, value, cancellationToken));

        /// <summary>True when the declassifier takes the value and returns something the value's place accepts.</summary>
        private static bool Accepts(SemanticModel model, IMethodSymbol declassifier, ExpressionSyntax value, CancellationToken cancellationToken)
        {
            var type = model.GetTypeInfo(value, cancellationToken);
            if (type.Type is null)
            {
                return false;
            }

            var compilation = model.Compilation;
            var target = type.ConvertedType ?? type.Type;
            return compilation.ClassifyConversion(type.Type, declassifier.Parameters[0].Type).IsImplicit &&
                   compilation.ClassifyConversion(declassifier.ReturnType, target).IsImplicit &&
                   model.IsAccessible(value.SpanStart, declassifier);
        }

        /// <summary>
        /// Static one-argument [Declassifier] methods declared in this project or in a referenced assembly that uses
        /// PolicyAnalyzers (the model project that holds CaseReferences.Of, say).
        /// </summary>
        private static IEnumerable<IMethodSymbol> Declassifiers(Compilation compilation, CancellationToken cancellationToken)
        {
            var pending = new Stack<INamespaceOrTypeSymbol>();
            pending.Push(compilation.Assembly.GlobalNamespace);
            foreach (var referenced in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (referenced.Modules.Any(m => m.ReferencedAssemblies.Any(r => r.Name == "PolicyAnalyzers.Attributes")))
                {
                    pending.Push(referenced.GlobalNamespace);
                }
            }

            while (pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var member in pending.Pop().GetMembers())
                {
                    switch (member)
                    {
                        case INamespaceOrTypeSymbol container:
                            pending.Push(container);
                            break;
                        case IMethodSymbol { IsStatic: true, ReturnsVoid: false, Parameters.Length: 1 } method
                            when MarkerAttributes.Has(method, MarkerAttributes.Declassifier):
                            yield return method;
                            break;
                    }
                }
            }
        }

        private static string EquivalenceKey(IMethodSymbol declassifier) =>
            nameof(DeclassifyCodeFix) + ":" + declassifier.GetDocumentationCommentId();
    }
}
