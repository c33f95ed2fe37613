using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using PolicyAnalyzers.Diagnostics;
using PolicyAnalyzers.Shared;

namespace PolicyAnalyzers.CodeFixes;

/// <summary>
/// The code fixes of the flow analyzer's diagnostics, in one provider so that their order is one list: for
/// PA0001-PA0003 the exclusion of the member from the serializer, the declassifiers, then the approval; for PA0004
/// the marking. One provider for all four also leaves batch tools no choice to get wrong: dotnet/format paired each
/// analyzer with the first provider of the assembly that fixes any of its diagnostics, and the .NET SDK's dotnet
/// format runs, for each diagnostic ID, every provider that fixes it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ProtectedDataCodeFix))]
[Shared]
public sealed class ProtectedDataCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticIds.ProtectedDataExported,
        DiagnosticIds.ProtectedDataSerialized,
        DiagnosticIds.ProtectedDataLogged,
        DiagnosticIds.UnmarkedPersonalData);

    public override FixAllProvider GetFixAllProvider() => ProtectedDataFixAll.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var offers = new List<(ProtectedDataFix Fix, Diagnostic Diagnostic)>();
        foreach (var diagnostic in context.Diagnostics)
        {
            foreach (var fix in await OfferedFixes.ForAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false))
            {
                offers.Add((fix, diagnostic));
            }
        }

        // Diagnostics that share a span share one action per kind of fix, and approval stays after every fix.
        foreach (var kind in offers.GroupBy(offer => offer.Fix.EquivalenceKey).OrderBy(kind => kind.First().Fix.ApprovesTheDisclosure))
        {
            var fixes = kind.Select(offer => offer.Fix).ToList();
            context.RegisterCodeFix(
                CodeAction.Create(
                    fixes[0].Title,
                    cancellationToken => ProtectedDataFix.ApplyAsync(context.Document.Project.Solution, fixes, cancellationToken),
                    kind.Key),
                kind.Select(offer => offer.Diagnostic).ToImmutableArray());
        }
    }
}
