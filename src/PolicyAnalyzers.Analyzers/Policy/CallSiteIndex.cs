using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PolicyAnalyzers.Caching;

namespace PolicyAnalyzers.Policy;

/// <summary>
/// The invocations in a compilation that call a given simple name, found by syntax (no binding), and whether the name
/// is also used otherwise (a method group given as a delegate): there the call sites are not all known. Each name is
/// looked up once, in the files whose text mentions it; only endpoint helpers' names are ever asked for.
/// </summary>
internal sealed class CallSiteIndex
{
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<string, NameUses> _byName = new(StringComparer.Ordinal);

    public CallSiteIndex(Compilation compilation)
    {
        _compilation = compilation;
    }

    /// <summary>The invocations that call a method named <paramref name="name"/> (to be bound to see which method).</summary>
    public IReadOnlyList<InvocationExpressionSyntax> Invocations(string name) => Uses(name).Invocations;

    /// <summary>True when the name also appears other than as the called name of an invocation (a method group, nameof).</summary>
    public bool IsUsedOtherwise(string name) => Uses(name).UsedOtherwise;

    private NameUses Uses(string name) => _byName.GetOrAdd(name, Find);

    private NameUses Find(string name)
    {
        var invocations = new List<InvocationExpressionSyntax>();
        var usedOtherwise = false;
        var names = new[] { name };
        foreach (var tree in _compilation.SyntaxTrees)
        {
            if (!SourceTextSearch.ContainsAny(tree.GetText(), names))
            {
                continue;
            }

            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (node is InvocationExpressionSyntax invocation && InvokedName(invocation.Expression) == name)
                {
                    invocations.Add(invocation);
                }
                else if (node is SimpleNameSyntax simple && simple.Identifier.ValueText == name && !IsInvokedName(simple))
                {
                    usedOtherwise = true;
                }
            }
        }

        return new NameUses(invocations, usedOtherwise);
    }

    private sealed record NameUses(IReadOnlyList<InvocationExpressionSyntax> Invocations, bool UsedOtherwise);

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
