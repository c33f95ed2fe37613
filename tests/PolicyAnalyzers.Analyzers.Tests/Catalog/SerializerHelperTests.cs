using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PolicyAnalyzers.Tests.Verifiers;
using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Catalog;

/// <summary>
/// An application's own serializer helpers over <c>JsonSerializerOptions</c>, declared in another project of the
/// solution (Smartstore's <c>options.SerializeIndentedAsync(Response.BodyWriter, data)</c>): serializers, as the
/// catalog's own.
/// </summary>
public class SerializerHelperTests
{
    [Fact]
    public Task WhenAReferencedProjectsSerializerHelperWritesProtectedData_ItIsReportedAtTheCall() =>
        RunAsync("""
            using System.Text.Json;
            using Shop;

            class GdprExport
            {
                async Task Run(JsonSerializerOptions options, Stream body, Applicant applicant, List<DetentionRecord> records)
                {
                    options.SerializeIndented(body, {|#0:applicant|});
                    await options.SerializeIndentedAsync(body, {|#1:records|});
                    var data = Shop.Gdpr.Export(applicant);
                    await options.SerializeIndentedAsync(body, {|#2:data|});
                }
            }
            """,
            Verify.Diagnostic("PA0002").WithLocation(0).WithArguments("Applicant.Name", "the serializer 'JsonSerializerOptions.SerializeIndented'"),
            Verify.Diagnostic("PA0002").WithLocation(1).WithArguments("DetentionRecord[]", "the serializer 'JsonSerializerOptions.SerializeIndentedAsync'"),
            Verify.Diagnostic("PA0002").WithLocation(2).WithArguments("Applicant.Name", "the serializer 'JsonSerializerOptions.SerializeIndentedAsync'"));

    [Fact]
    public Task WhenTheHelperWritesCountsOrIsNoSerializer_NothingIsReported() =>
        RunAsync("""
            using System.Text.Json;
            using Shop;

            class Statistics
            {
                async Task Run(JsonSerializerOptions options, Stream body, List<DetentionRecord> records, Applicant applicant, Shop.Catalog catalog)
                {
                    var perFacility = records.GroupBy(r => r.Facility).Select(g => new { Facility = g.Key, Count = g.Count() });
                    await options.SerializeIndentedAsync(body, perFacility);
                    options.SerializeIndented(body, new { applicant.CaseCount, applicant.Office });
                    var indented = options.WithIndentation(applicant.Name);
                    catalog.SerializeIndented(body, applicant);
                    await options.SerializeIndentedAsync(body, Shop.Gdpr.Export(applicant.CaseCount));
                    await options.SerializeIndentedAsync(body, Shop.Gdpr.Describe(applicant));
                }
            }
            """);

    private static Task RunAsync(string code, params DiagnosticResult[] expected) =>
        Verify.VerifyWithReferenceAsync(TestModel.With(code), SmartstoreStyleJson, expected);

    /// <summary>
    /// Helpers as Smartstore writes them: C# 14 extension members over JsonSerializerOptions in another project, one
    /// that is no serializer, a library method that returns what it is given in an untyped dictionary, one that returns a typed summary, and an unrelated type's method.
    /// </summary>
    private static readonly MetadataReference SmartstoreStyleJson = ReferencedProject.Compile("Shop.Json", """
        using System.IO;
        using System.Text.Json;
        using System.Threading.Tasks;

        namespace Shop
        {
            public static class IndentedSerializationExtensions
            {
                extension(JsonSerializerOptions options)
                {
                    public void SerializeIndented<T>(Stream destination, T value) => JsonSerializer.Serialize(destination, value, options);
                    public Task SerializeIndentedAsync<T>(Stream destination, T value) => JsonSerializer.SerializeAsync(destination, value, options);
                    public JsonSerializerOptions WithIndentation(string label) => new(options) { WriteIndented = label.Length > 0 };
                }
            }

            public static class Gdpr
            {
                public static System.Collections.Generic.IDictionary<string, object> Export(object subject) =>
                    new System.Collections.Generic.Dictionary<string, object> { ["Subject"] = subject };

                public static Summary Describe(object subject) => new(subject.GetType().Name);
            }

            public sealed record Summary(string Kind);

            public sealed class Catalog
            {
                public void SerializeIndented<T>(Stream destination, T value) { }
            }

            // The project's own entities, marked: what makes it application code rather than a general-purpose package.
            public sealed class Customer
            {
                [PolicyAnalyzers.ProtectedData] public string Email { get; set; } = "";
            }
        }
        """);
}
