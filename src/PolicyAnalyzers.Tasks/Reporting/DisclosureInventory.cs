using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace PolicyAnalyzers.DataFiles;

/// <summary>
/// The inventory of approved disclosures as Markdown, for a privacy officer who reviews them without reading code: one
/// row per [AuthorizedDisclosure], from the analyzer's PA0006 entries.
/// </summary>
internal static class DisclosureInventory
{
    public const string RuleId = "PA0006";

    // The analyzer's message: '{0}' discloses protected data with approval: "{1}", approved by {2}; it covers {3}
    private static readonly Regex Entry = new(
        "^'(?<where>.*?)' discloses protected data with approval: \"(?<why>.*)\", approved by (?<who>.*?); it covers (?<covers>.*)$",
        RegexOptions.Singleline | RegexOptions.CultureInvariant);

    public static string ToMarkdown(string projectName, IEnumerable<CompilerSarifResults.Result> results, string? projectDirectory)
    {
        var markdown = new StringBuilder();
        markdown.Append("# Approved disclosures: ").Append(projectName).Append("\n\n");
        markdown.Append("Every `[AuthorizedDisclosure]` in this project: where it is, why the disclosure is lawful, who approved it, and ");
        markdown.Append("the exports, responses and logs it covers. Written by PolicyAnalyzers at each build; do not edit.\n\n");
        markdown.Append("| Where | Code | Justification | Approved by | Covers |\n|---|---|---|---|---|\n");

        var rows = 0;
        foreach (var result in results)
        {
            var where = CompilerSarifResults.DisplayPath(result.Uri, projectDirectory) + (result.Line > 0 ? ":" + result.Line : string.Empty);
            var match = Entry.Match(result.Message);
            if (match.Success)
            {
                markdown.Append("| ").Append(Cell(where))
                    .Append(" | ").Append(Cell(match.Groups["where"].Value))
                    .Append(" | ").Append(Cell(match.Groups["why"].Value))
                    .Append(" | ").Append(Cell(match.Groups["who"].Value))
                    .Append(" | ").Append(Cell(match.Groups["covers"].Value)).Append(" |\n");
            }
            else
            {
                markdown.Append("| ").Append(Cell(where)).Append(" | ").Append(Cell(result.Message)).Append(" | | | |\n");
            }

            rows++;
        }

        if (rows == 0)
        {
            markdown.Append("| | (no approved disclosure) | | | |\n");
        }

        return markdown.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");
}
