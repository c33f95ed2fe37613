using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using PolicyAnalyzers.Shared;

namespace PolicyAnalyzers.CodeFixes;

/// <summary>
/// Fix All for <see cref="ProtectedDataCodeFix"/>. With an equivalence key (the kind of fix a person chose), it
/// applies that kind wherever the light bulb would offer it. Without one (a batch tool), it applies to each
/// diagnostic the fix that removes its leak, if there is one (<see cref="OfferedFixes.RemovingTheLeak"/>), and
/// leaves the others alone. Members are edited where they are declared, whatever documents the scope covers.
/// </summary>
internal sealed class ProtectedDataFixAll : FixAllProvider
{
    public static readonly ProtectedDataFixAll Instance = new();

    private ProtectedDataFixAll()
    {
    }

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
        new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var key = fixAllContext.CodeActionEquivalenceKey;

        // Approvals are made a document or a project at a time, never across a whole solution. That is the scope
        // batch tools fix in: the .NET SDK's dotnet format runs Fix All over the solution with the key of the first
        // fix offered for the first diagnostic it found, which is the approval wherever nothing else applies there.
        if (key == DisclosureApproval.Key && fixAllContext.Scope == FixAllScope.Solution)
        {
            key = null;
        }

        var chosen = new List<ProtectedDataFix>();
        foreach (var diagnostic in await DiagnosticsInScopeAsync(fixAllContext).ConfigureAwait(false))
        {
            var document = fixAllContext.Solution.GetDocument(diagnostic.Location.SourceTree);
            if (document is null)
            {
                continue;
            }

            var fixes = await OfferedFixes.ForAsync(document, diagnostic, fixAllContext.CancellationToken).ConfigureAwait(false);
            var fix = key is null ? OfferedFixes.RemovingTheLeak(fixes) : fixes.FirstOrDefault(f => f.EquivalenceKey == key);
            if (fix is not null)
            {
                chosen.Add(fix);
            }
        }

        if (chosen.Count == 0)
        {
            return null;
        }

        return CodeAction.Create(
            key is null ? "Remove each leak that a fix removes (no approval)" : chosen[0].Title,
            cancellationToken => ProtectedDataFix.ApplyAsync(fixAllContext.Solution, chosen, cancellationToken),
            fixAllContext.CodeActionEquivalenceKey);
    }

    private static async Task<IEnumerable<Diagnostic>> DiagnosticsInScopeAsync(FixAllContext fixAllContext)
    {
        var diagnostics = new List<Diagnostic>();
        switch (fixAllContext.Scope)
        {
            case FixAllScope.Document when fixAllContext.Document is not null:
                diagnostics.AddRange(await fixAllContext.GetDocumentDiagnosticsAsync(fixAllContext.Document).ConfigureAwait(false));
                break;
            case FixAllScope.Project:
                diagnostics.AddRange(await fixAllContext.GetAllDiagnosticsAsync(fixAllContext.Project).ConfigureAwait(false));
                break;
            case FixAllScope.Solution:
                foreach (var project in fixAllContext.Solution.Projects)
                {
                    diagnostics.AddRange(await fixAllContext.GetAllDiagnosticsAsync(project).ConfigureAwait(false));
                }

                break;
        }

        // A batch tool's diagnostic provider may hand over every diagnostic of the analyzer, not only those asked for.
        return diagnostics.Where(d => fixAllContext.DiagnosticIds.Contains(d.Id) && d.Location.IsInSource);
    }
}
