using System.Collections.Generic;
using System.Text;
using PolicyAnalyzers.Shared;

namespace PolicyAnalyzers.DataFiles.Reporting;

/// <summary>
/// The inventory of disclosures as Markdown, for a privacy officer who reviews them without reading code: every
/// [AuthorizedDisclosure] (PA0006), and every place where protected data is shown to signed-in users only (PA0007),
/// from the properties the analyzer gives those entries.
/// </summary>
internal static class DisclosureInventory
{
    public const string ApprovedRuleId = DiagnosticIds.ApprovedDisclosure;
    public const string SignedInRuleId = DiagnosticIds.ShownToSignedInUsers;

    public static string ToMarkdown(string projectName, IEnumerable<CompilerSarifResults.Result> results, string? projectDirectory)
    {
        var approved = new List<CompilerSarifResults.Result>();
        var signedIn = new List<CompilerSarifResults.Result>();
        foreach (var result in results)
        {
            (result.RuleId == SignedInRuleId ? signedIn : approved).Add(result);
        }

        var markdown = new StringBuilder();
        markdown.Append("# Disclosures of protected data: ").Append(projectName).Append("\n\n");
        markdown.Append("Written by PolicyAnalyzers from the compiler's SARIF log; do not edit.\n\n");

        markdown.Append("## Approved disclosures\n\n");
        markdown.Append("Every `[AuthorizedDisclosure]` in this project: where it is, why the disclosure is lawful, who approved it, and ");
        markdown.Append("the exports, responses and logs it covers.\n\n");
        markdown.Append("| Where | Code | Justification | Approved by | Covers |\n|---|---|---|---|---|\n");
        foreach (var result in approved)
        {
            Row(markdown, Where(result, projectDirectory), result.Property(DisclosureProperties.Code), result.Property(DisclosureProperties.Justification), result.Property(DisclosureProperties.ApprovedBy), result.Property(DisclosureProperties.Covers) ?? result.Message);
        }

        if (approved.Count == 0)
        {
            markdown.Append("| | (no approved disclosure) | | | |\n");
        }

        markdown.Append("\n## Shown to signed-in users\n\n");
        markdown.Append("Every place where protected data is returned or rendered by an endpoint or page that only signed-in users reach ");
        markdown.Append("(PA0007): staff grids, case workers' pages, customers' own accounts.\n\n");
        markdown.Append("| Where | Code | Data | Shown in | Who can see it |\n|---|---|---|---|---|\n");
        foreach (var result in signedIn)
        {
            Row(markdown, Where(result, projectDirectory), result.Property(DisclosureProperties.Code), result.Property(DisclosureProperties.Data), result.Property(DisclosureProperties.Covers) ?? result.Message, result.Property(DisclosureProperties.Audience));
        }

        if (signedIn.Count == 0)
        {
            markdown.Append("| | (none) | | | |\n");
        }

        return markdown.ToString();
    }

    private static string Where(CompilerSarifResults.Result result, string? projectDirectory) =>
        CompilerSarifResults.DisplayPath(result.Uri, projectDirectory) + (result.Line > 0 ? ":" + result.Line : string.Empty);

    private static void Row(StringBuilder markdown, params string?[] cells)
    {
        foreach (var cell in cells)
        {
            markdown.Append("| ").Append(Cell(cell ?? string.Empty)).Append(' ');
        }

        markdown.Append("|\n");
    }

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");
}
