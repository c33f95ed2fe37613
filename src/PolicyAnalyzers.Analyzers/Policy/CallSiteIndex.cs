using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PolicyAnalyzers.Policy;

/// <summary>
/// The invocations in a compilation by the simple name they call, found in one syntax pass (no binding), and the
/// names also used otherwise (a method group given as a delegate): there the call sites are not all known.
/// Built once per compilation, and only when an endpoint's route group comes from a helper's parameter.
/// </summary>
internal sealed class CallSiteIndex
{
    private readonly Dictionary<string, List<InvocationExpressionSyntax>> _invocations = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> _otherUses = new(System.StringComparer.Ordinal);

    public CallSiteIndex(Compilation compilation)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (node is InvocationExpressionSyntax invocation && InvokedName(invocation.Expression) is { } name)
                {
                    if (!_invocations.TryGetValue(name, out var list))
                    {
                        _invocations[name] = list = new List<InvocationExpressionSyntax>();
                    }

                    list.Add(invocation);
                }
                else if (node is SimpleNameSyntax simple && !IsInvokedName(simple))
                {
                    _otherUses.Add(simple.Identifier.ValueText);
                }
            }
        }
    }

    /// <summary>The invocations that call a method named <paramref name="name"/> (to be bound to see which method).</summary>
    public IReadOnlyList<InvocationExpressionSyntax> Invocations(string name) =>
        _invocations.TryGetValue(name, out var list) ? list : (IReadOnlyList<InvocationExpressionSyntax>)ImmutableArray<InvocationExpressionSyntax>.Empty;

    /// <summary>True when the name also appears other than as the called name of an invocation (a method group, nameof).</summary>
    public bool IsUsedOtherwise(string name) => _otherUses.Contains(name);

    /// <summary>The simple name an invocation's expression calls: <c>M</c>, <c>x.M</c>, <c>x?.M</c>, <c>M&lt;T&gt;</c>.</summary>
    public static string? InvokedName(ExpressionSyntax expression) => expression switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };

    private static bool IsInvokedName(SimpleNameSyntax name) => name.Parent switch
    {
        InvocationExpressionSyntax invocation => invocation.Expression == name,
        MemberAccessExpressionSyntax access when access.Name == name => access.Parent is InvocationExpressionSyntax invocation && invocation.Expression == access,
        MemberAccessExpressionSyntax => true, // the receiver part of x.M(): not a use of M
        MemberBindingExpressionSyntax binding => binding.Parent is InvocationExpressionSyntax,
        _ => false,
    };
}
