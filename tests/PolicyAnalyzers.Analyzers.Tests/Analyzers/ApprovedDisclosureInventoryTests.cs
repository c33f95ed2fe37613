using System.Linq;
using Microsoft.CodeAnalysis.Testing;
using PolicyAnalyzers.Analyzers;
using PolicyAnalyzers.Shared;
using PolicyAnalyzers.Tests.Verifiers;
using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Analyzers;

/// <summary>PA0006: the inventory entry of each [AuthorizedDisclosure], with the sinks it covers.</summary>
public class ApprovedDisclosureInventoryTests
{
    [Fact]
    public Task EachApproval_IsListedWithWhyWhoAndTheSinksItCovers() =>
        VerifyAsync(TestModel.With("""
            using System.Text.Json;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.Logging;

            class Tribunal
            {
                [{|#0:AuthorizedDisclosure("Court order 2024-117", ApprovedBy = "DPO")|}]
                void Send(List<DetentionRecord> records, ILogger logger)
                {
                    File.WriteAllText("tribunal.json", JsonSerializer.Serialize(records));
                    logger.LogInformation("Sent {First}", records[0].FullName);
                }

                [{|#1:AuthorizedDisclosure("Nothing leaves yet", ApprovedBy = "DPO")|}]
                void Nothing(Applicant applicant) => Console.WriteLine(applicant.Office);
            }

            [{|#2:AuthorizedDisclosure("Statutory return", ApprovedBy = "Ministry liaison")|}]
            class MinistryReturn
            {
                void Send(DetentionRecord record) => File.WriteAllText("return.txt", record.FullName);
            }

            static class Routes
            {
                public static void Map(WebApplication app) =>
                    app.MapGet("/caseload", [{|#3:AuthorizedDisclosure("Case workers", ApprovedBy = "DPO")|}] (Roster roster) => roster.All());
            }

            class Roster { private readonly List<DetentionRecord> _records = new(); public List<DetentionRecord> All() => _records; }
            """),
            Verify.Diagnostic("PA0006").WithLocation(0).WithArguments(
                "Tribunal.Send", "Court order 2024-117", "DPO", "the log 'ILogger.LogInformation'; the serializer 'JsonSerializer.Serialize'"),
            Verify.Diagnostic("PA0006").WithLocation(1).WithArguments("Tribunal.Nothing", "Nothing leaves yet", "DPO", "no flow of protected data found"),
            Verify.Diagnostic("PA0006").WithLocation(2).WithArguments("MinistryReturn", "Statutory return", "Ministry liaison", "the export 'File.WriteAllText'"),
            Verify.Diagnostic("PA0006").WithLocation(3).WithArguments("lambda in Routes.Map", "Case workers", "DPO", "the HTTP response of 'GET /caseload'"));

    [Fact]
    public async Task EachApproval_CarriesItsJustificationAndApproverAsData_ForTheInventory()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(new ProtectedDataFlowAnalyzer(), TestModel.With("""
            class Tribunal
            {
                [AuthorizedDisclosure("Court order | 2024-117, \"urgent\"", ApprovedBy = "DPO, decision 31")]
                void Send(DetentionRecord record) => File.WriteAllText("tribunal.txt", record.FullName);
            }
            """));

        var approval = Assert.Single(diagnostics, d => d.Id == "PA0006");
        Assert.Equal("Tribunal.Send", approval.Properties[DisclosureProperties.Code]);
        Assert.Equal("Court order | 2024-117, \"urgent\"", approval.Properties[DisclosureProperties.Justification]);
        Assert.Equal("DPO, decision 31", approval.Properties[DisclosureProperties.ApprovedBy]);
        Assert.Equal("the export 'File.WriteAllText'", approval.Properties[DisclosureProperties.Covers]);
    }

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Verify.Test { TestCode = source };
        test.DisabledDiagnostics.Remove("PA0006");
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
