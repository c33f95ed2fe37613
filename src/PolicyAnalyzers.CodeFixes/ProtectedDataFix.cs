using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace PolicyAnalyzers.CodeFixes;

/// <summary>
/// One way to resolve one diagnostic: what the light bulb offers for it, and what Fix All applies to it. The light
/// bulb and Fix All take their fixes from <see cref="OfferedFixes"/>, so both always agree.
/// </summary>
internal abstract class ProtectedDataFix
{
    /// <summary>What the light bulb offers.</summary>
    public abstract string Title { get; }

    /// <summary>The same for every diagnostic this kind of fix applies to in the same way: Fix All's selector.</summary>
    public abstract string EquivalenceKey { get; }

    /// <summary>True for a waiver (the leak stays, with an approval); false for a fix that removes the leak.</summary>
    public virtual bool ApprovesTheDisclosure => false;

    /// <summary>The changes this fix makes, on the syntax of the solution it was found in.</summary>
    public abstract Task<IEnumerable<SyntaxEdit>> EditsAsync(Solution solution, CancellationToken cancellationToken);

    /// <summary>Applies fixes together: each document is edited once, and fixes that make the same edit make it once.</summary>
    public static async Task<Solution> ApplyAsync(Solution solution, IEnumerable<ProtectedDataFix> fixes, CancellationToken cancellationToken)
    {
        var edits = new List<SyntaxEdit>();
        foreach (var fix in fixes.Distinct())
        {
            edits.AddRange(await fix.EditsAsync(solution, cancellationToken).ConfigureAwait(false));
        }

        return SyntaxEdit.Apply(solution, edits, cancellationToken);
    }
}
