using Microsoft.Build.Framework;

using PolicyAnalyzers.DataFiles.Reporting;

namespace PolicyAnalyzers.DataFiles.Tests.Reporting;

/// <summary>The inventory of disclosures, read from a compiler SARIF log as csc writes it (diagnostic properties as customProperties).</summary>
public class DisclosureInventoryTests
{
    // Shape of csc's /errorlog:...,version=2.1 output, trimmed to what matters: a PA0006, a PA0007 and another result.
    private const string CompilerLog = """
        {
          "$schema": "http://json.schemastore.org/sarif-2.1.0",
          "version": "2.1.0",
          "runs": [
            {
              "results": [
                {
                  "ruleId": "PA0001",
                  "level": "warning",
                  "message": { "text": "Protected data 'A.B' reaches the export 'File.WriteAllText'" },
                  "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "file:///src/app/Export.cs" }, "region": { "startLine": 12, "startColumn": 9 } } } ]
                },
                {
                  "ruleId": "PA0006",
                  "level": "note",
                  "message": { "text": "'Caseload.ForCaseWorkers' discloses protected data with approval: \"Case workers | need it\", approved by DPO, decision 31; it covers the HTTP response of 'GET /api/caseload'" },
                  "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "file:///src/app/Program.cs" }, "region": { "startLine": 44, "startColumn": 6 } } } ],
                  "properties": { "warningLevel": 1, "customProperties": { "ApprovedBy": "DPO, decision 31", "Code": "Caseload.ForCaseWorkers", "Covers": "the HTTP response of 'GET /api/caseload'", "Justification": "Case workers | need it" } }
                },
                {
                  "ruleId": "PA0007",
                  "level": "note",
                  "message": { "text": "Protected data 'Customer.Email' reaches the HTTP response of 'CustomerController.List', which only signed-in users reach (filter 'AuthorizeAdmin')" },
                  "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "file:///src/app/Admin/CustomerController.cs" }, "region": { "startLine": 30, "startColumn": 20 } } } ],
                  "properties": { "warningLevel": 1, "customProperties": { "Audience": "filter 'AuthorizeAdmin'", "Code": "CustomerController.List", "Covers": "the HTTP response of 'CustomerController.List'", "Data": "Customer.Email" } }
                }
              ],
              "tool": { "driver": { "name": "Microsoft (R) Visual C# Compiler", "rules": [ { "id": "PA0006", "shortDescription": { "text": "Approved disclosure" } } ] } }
            }
          ]
        }
        """;

    [Fact]
    public void WhenCompilerLogHasDisclosures_ReadsOnlyThoseWithTheirProperties()
    {
        var results = CompilerSarifResults.Read(new StringReader(CompilerLog), "PA0006", "PA0007");

        Assert.Equal(2, results.Count);
        var approval = Assert.Single(results, r => r.RuleId == "PA0006");
        Assert.Equal(44, approval.Line);
        Assert.Equal("file:///src/app/Program.cs", approval.Uri);
        Assert.Equal("DPO, decision 31", approval.Property("ApprovedBy"));
        Assert.Equal("filter 'AuthorizeAdmin'", Assert.Single(results, r => r.RuleId == "PA0007").Property("Audience"));
    }

    [Fact]
    public void WhenRendered_EachApprovalAndEachStaffDisclosureIsARowWithItsParts()
    {
        var results = CompilerSarifResults.Read(new StringReader(CompilerLog), "PA0006", "PA0007");

        var markdown = DisclosureInventory.ToMarkdown("Sample", results, "/src/app");

        Assert.Contains("| Program.cs:44 | Caseload.ForCaseWorkers | Case workers \\| need it | DPO, decision 31 | the HTTP response of 'GET /api/caseload' |", markdown);
        Assert.Contains("| Admin/CustomerController.cs:30 | CustomerController.List | Customer.Email | the HTTP response of 'CustomerController.List' | filter 'AuthorizeAdmin' |", markdown);
    }

    [Fact]
    public void WhenThereIsNoApproval_TheReportSaysSo()
    {
        var markdown = DisclosureInventory.ToMarkdown("Sample", CompilerSarifResults.Read(new StringReader("{\"runs\":[{\"results\":[]}]}"), "PA0006", "PA0007"), null);

        Assert.Contains("(no approved disclosure)", markdown);
        Assert.Contains("| | (none) | | | |", markdown);
    }

    [Fact]
    public void Task_WritesTheReportOnlyWhenItChanges()
    {
        using var directory = new TempDirectory();
        var log = directory.Write("app.sarif", CompilerLog);
        var output = directory.Combine("obj/PolicyAnalyzers.Disclosures.md");
        var task = new WriteDisclosureInventory
        {
            BuildEngine = new FakeBuildEngine(),
            ErrorLog = log + ",version=2.1",
            OutputFile = output,
            ProjectDirectory = "/src/app",
            ProjectName = "Sample",
        };

        Assert.True(task.Execute());
        Assert.Equal(2, task.Count);
        var firstWrite = File.GetLastWriteTimeUtc(output);
        File.SetLastWriteTimeUtc(output, firstWrite.AddMinutes(-5));

        Assert.True(task.Execute());
        Assert.Equal(firstWrite.AddMinutes(-5), File.GetLastWriteTimeUtc(output));
    }

    [Fact]
    public void Task_WhenTheLogIsMissingOrBroken_DoesNotFailTheBuild()
    {
        using var directory = new TempDirectory();
        var engine = new FakeBuildEngine();
        var missing = new WriteDisclosureInventory { BuildEngine = engine, ErrorLog = directory.Combine("none.sarif"), OutputFile = directory.Combine("a.md") };
        var broken = new WriteDisclosureInventory { BuildEngine = engine, ErrorLog = directory.Write("bad.sarif", "{ \"runs\": [ {"), OutputFile = directory.Combine("b.md") };

        Assert.True(missing.Execute());
        Assert.True(broken.Execute());
        Assert.Empty(engine.Errors);
        Assert.Contains(engine.Warnings, w => w.Code == "PA1004");
    }
}
