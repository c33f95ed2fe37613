using System;
using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using PolicyAnalyzers.DataFiles.Reading;
using PolicyAnalyzers.DataFiles.Reporting;
using PolicyAnalyzers.Shared;

namespace PolicyAnalyzers.DataFiles;

/// <summary>
/// Writes the inventory of disclosures (Markdown) from the compiler's SARIF log, after compilation. The entries are the
/// analyzer's PA0006 and PA0007 results, so the report and the SARIF say the same thing.
/// </summary>
public sealed class WriteDisclosureInventory : Task
{
    /// <summary>The compiler's /errorlog value, possibly with ",version=2.1".</summary>
    [Required]
    public string ErrorLog { get; set; } = string.Empty;

    [Required]
    public string OutputFile { get; set; } = string.Empty;

    public string? ProjectDirectory { get; set; }

    public string ProjectName { get; set; } = string.Empty;

    /// <summary>How many disclosures (approved, and shown to signed-in users) the report lists.</summary>
    [Output]
    public int Count { get; private set; }

    public override bool Execute()
    {
        var logPath = ErrorLog.Split(',')[0].Trim();
        try
        {
            if (!File.Exists(logPath))
            {
                Log.LogMessage(MessageImportance.Low, "PolicyAnalyzers: no compiler log at {0}; the disclosure inventory is not updated.", logPath);
                return true;
            }

            System.Collections.Generic.List<CompilerSarifResults.Result> results;
            using (var stream = new FileStream(logPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            using (var reader = new StreamReader(stream))
            {
                results = CompilerSarifResults.Read(reader, DisclosureInventory.ApprovedRuleId, DisclosureInventory.SignedInRuleId);
            }

            Count = results.Count;
            var markdown = DisclosureInventory.ToMarkdown(ProjectName, results, ProjectDirectory);
            if (!File.Exists(OutputFile) || File.ReadAllText(OutputFile) != markdown)
            {
                var directory = Path.GetDirectoryName(OutputFile);
                if (!string.IsNullOrEmpty(directory))
                {
                    Directory.CreateDirectory(directory);
                }

                File.WriteAllText(OutputFile, markdown);
            }

            Log.LogMessage(MessageImportance.Normal, "PolicyAnalyzers: {0} disclosure(s) listed in {1}", Count, OutputFile);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or DataFileFormatException)
        {
            // The inventory is a report, not a gate: a problem writing it must not fail the build.
            Log.LogWarning(null, DiagnosticIds.InventoryNotWritten, null, null, logPath, 0, 0, 0, 0,
                "PolicyAnalyzers could not write the disclosure inventory ({0}: {1})", exception.GetType().Name, exception.Message);
        }

        return !Log.HasLoggedErrors;
    }
}
