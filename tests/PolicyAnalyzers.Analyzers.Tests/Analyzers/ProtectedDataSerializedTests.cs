using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Analyzers;

/// <summary>PA0002: protected data serialized or written to an HTTP response.</summary>
public class ProtectedDataSerializedTests
{
    [Fact]
    public Task WhenProtectedListIsSerialized_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using System.Text.Json;
            class Api
            {
                string Run(List<DetentionRecord> records) => JsonSerializer.Serialize({|#0:records|});
            }
            """),
            Verify.Diagnostic("PA0002").WithLocation(0).WithArguments("DetentionRecord[]", "the serializer 'JsonSerializer.Serialize'"));

    [Fact]
    public Task WhenTypeWithProtectedMemberIsSerialized_ReportsTheMemberPath() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using System.Text.Json;
            class Api
            {
                string Run(Applicant applicant) => JsonSerializer.Serialize({|#0:applicant|});
            }
            """),
            Verify.Diagnostic("PA0002").WithLocation(0).WithArguments("Applicant.Name", "the serializer 'JsonSerializer.Serialize'"));

    [Fact]
    public Task WhenSerializedThenWrittenToFile_ReportsOnce() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using System.Text.Json;
            class Api
            {
                void Run(List<DetentionRecord> records)
                {
                    File.WriteAllText("wwwroot/roster.json", JsonSerializer.Serialize({|PA0002:records|}));
                    var json = JsonSerializer.Serialize({|PA0002:records|});
                    File.WriteAllText("wwwroot/roster2.json", json);
                }
            }
            """));

    [Fact]
    public Task WhenSerializedToStream_ReportsOnce() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using System.Text.Json;
            class Api
            {
                Task Run(Stream body, DetentionRecord record) => JsonSerializer.SerializeAsync(body, {|PA0002:record|});
            }
            """));

    [Fact]
    public Task WhenOnlyAggregatesAreSerialized_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using System.Text.Json;
            class Api
            {
                string Run(List<DetentionRecord> records, List<FacilityCount> counts, Product product) =>
                    JsonSerializer.Serialize(new { Total = records.Count, counts, product });
            }
            """));

    [Fact]
    public Task WhenProtectedMemberIsIgnoredBySystemTextJson_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using System.Text.Json;
            using System.Text.Json.Serialization;
            public sealed class CaseSummary
            {
                [ProtectedData, JsonIgnore] public string Name { get; set; } = "";
                public int Open { get; set; }
            }

            class Api
            {
                string Run(CaseSummary summary) => JsonSerializer.Serialize(summary);
            }
            """));
}
