using System;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace PolicyAnalyzers.Caching;

/// <summary>
/// A yes-or-no answer about a syntax tree, computed once per tree: the IDE makes a new compilation for every edit but
/// keeps the trees of unchanged files, so only the edited file is looked at again. Held weakly, with the trees.
/// </summary>
internal sealed class PerTreeVerdict
{
    private readonly ConditionalWeakTable<SyntaxTree, object> _yes = new();
    private readonly ConditionalWeakTable<SyntaxTree, object> _no = new();
    private readonly Func<SyntaxTree, bool> _decide;

    public PerTreeVerdict(Func<SyntaxTree, bool> decide) => _decide = decide;

    public bool Of(SyntaxTree tree)
    {
        if (_yes.TryGetValue(tree, out _))
        {
            return true;
        }

        if (_no.TryGetValue(tree, out _))
        {
            return false;
        }

        var verdict = _decide(tree);
        (verdict ? _yes : _no).GetValue(tree, _ => new object());
        return verdict;
    }
}
