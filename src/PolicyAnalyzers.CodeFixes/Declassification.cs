using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using PolicyAnalyzers.Markers;
using PolicyAnalyzers.Shared;

namespace PolicyAnalyzers.CodeFixes;

/// <summary>
/// PA0001-PA0003: passes the value through one of the project's own [Declassifier] methods (a mask, a pseudonym),
/// when one accepts the value and returns what the sink expects.
/// </summary>
internal sealed class Declassification : ProtectedDataFix
{
    private const string KeyPrefix = "PolicyAnalyzers.Declassify:";

    /// <summary>The declassifiers of each compilation, found once however many diagnostics a Fix All visits.</summary>
    private static readonly ConditionalWeakTable<Compilation, IReadOnlyList<IMethodSymbol>> DeclassifiersOf = new();

    private readonly ExpressionSyntax _value;
    private readonly IMethodSymbol _declassifier;
    private readonly string _callee;

    private Declassification(ExpressionSyntax value, IMethodSymbol declassifier, string callee)
    {
        _value = value;
        _declassifier = declassifier;
        _callee = callee;
    }

    public override string Title => $"Pass through the declassifier '{_declassifier.ContainingType.Name}.{_declassifier.Name}'";

    public override string EquivalenceKey => KeyFor(_declassifier);

    /// <summary>One key per declassifier: Fix All passes every value it accepts through the same one.</summary>
    public static string KeyFor(IMethodSymbol declassifier) => KeyFor(declassifier.GetDocumentationCommentId() ?? declassifier.Name);

    /// <summary>The key of the declassifier with this documentation ID ("M:Mask.Initials(System.String)").</summary>
    public static string KeyFor(string documentationCommentId) => KeyPrefix + documentationCommentId;

    /// <summary>Each declassifier that accepts the value the diagnostic points at, always in the same order.</summary>
    public static IEnumerable<Declassification> For(SemanticModel model, SyntaxNode root, TextSpan span, CancellationToken cancellationToken)
    {
        if (Value(root, span) is not { } value)
        {
            yield break;
        }

        var declassifiers = DeclassifiersOf.GetValue(model.Compilation, compilation => Find(compilation, cancellationToken).ToList());
        foreach (var declassifier in declassifiers.Where(m => Accepts(model, m, value, cancellationToken)))
        {
            yield return new Declassification(
                value,
                declassifier,
                declassifier.ContainingType.ToMinimalDisplayString(model, value.SpanStart) + "." + declassifier.Name);
        }
    }

    public override Task<IEnumerable<SyntaxEdit>> EditsAsync(Solution solution, CancellationToken cancellationToken) =>
        Task.FromResult<IEnumerable<SyntaxEdit>>(new[] { new SyntaxEdit(_value, EquivalenceKey, Wrap, RequiredNamespace: null) });

    private SyntaxNode Wrap(SyntaxNode node, SyntaxTrivia newLine) =>
        SyntaxFactory.InvocationExpression(
                SyntaxFactory.ParseExpression(_callee),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(((ExpressionSyntax)node).WithoutTrivia()))))
            .WithTriviaFrom(node);

    /// <summary>The expression the diagnostic points at: the argument or returned value that carries the data.</summary>
    private static ExpressionSyntax? Value(SyntaxNode root, TextSpan span) =>
        root.FindNode(span, getInnermostNodeForTie: true) switch
        {
            ArgumentSyntax argument => argument.Expression,
            ExpressionSyntax expression => expression,
            _ => null,
        };

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
    private static IEnumerable<IMethodSymbol> Find(Compilation compilation, CancellationToken cancellationToken)
    {
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(compilation.Assembly.GlobalNamespace);
        foreach (var referenced in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (referenced.Modules.Any(m => m.ReferencedAssemblies.Any(r => r.Name == MarkerNames.AttributesAssembly)))
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
}
