using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PolicyAnalyzers.Diagnostics;
using PolicyAnalyzers.Shared;

namespace PolicyAnalyzers.CodeFixes;

/// <summary>
/// The fixes for one diagnostic, in the order the light bulb shows them: first what removes the leak, approval
/// last. The IDE's default action and batch tools take the first fix, and that must never be a waiver.
/// </summary>
internal static class OfferedFixes
{
    /// <summary>Declassifiers offered at one place: more would crowd the light bulb.</summary>
    private const int MaxDeclassifiers = 3;

    /// <summary>
    /// PA0001-PA0003: the member's exclusion from the serializer in use, then each declassifier that accepts the
    /// value, then the approval. PA0004: the marking.
    /// </summary>
    public static async Task<IReadOnlyList<ProtectedDataFix>> ForAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var fixes = new List<ProtectedDataFix>();
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var span = diagnostic.Location.SourceSpan;
        if (root is null || !root.FullSpan.Contains(span))
        {
            return fixes;
        }

        switch (diagnostic.Id)
        {
            case DiagnosticIds.UnmarkedPersonalData:
                AddIfAny(fixes, PersonalDataMarking.For(root, span));
                break;

            case DiagnosticIds.ProtectedDataExported or DiagnosticIds.ProtectedDataSerialized or DiagnosticIds.ProtectedDataLogged:
                AddIfAny(fixes, MemberExclusion.From(diagnostic));
                if (await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is { } model)
                {
                    fixes.AddRange(Declassification.For(model, root, span, cancellationToken).Take(MaxDeclassifiers));
                }

                AddIfAny(fixes, DisclosureApproval.For(root, span));
                break;
        }

        return fixes;
    }

    /// <summary>
    /// What a batch tool applies when nobody chose a fix (Fix All without an equivalence key): the exclusion or the
    /// marking where there is one, else the declassifier when exactly one accepts the value, else nothing. Never
    /// an approval: a waiver needs a person who answers for it.
    /// </summary>
    public static ProtectedDataFix? RemovingTheLeak(IReadOnlyList<ProtectedDataFix> fixes)
    {
        if (fixes.FirstOrDefault(fix => fix is MemberExclusion or PersonalDataMarking) is { } fix)
        {
            return fix;
        }

        // Two declassifiers that accept the same value are two different answers (initials or a keyed pseudonym,
        // say) to what this sink may see: only a person can pick one. A single one is the project's own answer.
        var declassifications = fixes.OfType<Declassification>().Take(2).ToList();
        return declassifications.Count == 1 ? declassifications[0] : null;
    }

    private static void AddIfAny(List<ProtectedDataFix> fixes, ProtectedDataFix? fix)
    {
        if (fix is not null)
        {
            fixes.Add(fix);
        }
    }
}
