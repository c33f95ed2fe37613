using Microsoft.CodeAnalysis;
using PolicyAnalyzers.Tests.Verifiers;
using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Flow;

/// <summary>
/// A method of another project that turns a protected object into an untyped result (<c>Task&lt;object&gt;</c>,
/// <c>IDictionary&lt;string, object&gt;</c>): the result holds the object's protected members.
/// </summary>
public class UntypedResultTests
{
    [Fact]
    public Task WhenALibraryTurnsAProtectedObjectIntoAnUntypedModel_WritingTheModelIsReported() =>
        Verify.VerifyWithReferenceAsync(
            TestModel.With("""
            using System.Text.Json;
            using Shop.Messaging;

            class CustomerExport
            {
                async Task<string> Run(IModelProvider models, Applicant applicant)
                {
                    var part = await models.CreateModelPartAsync(applicant);
                    var bag = ModelBags.ToBag(applicant);
                    return JsonSerializer.Serialize({|#0:part|}) + JsonSerializer.Serialize({|#1:bag|});
                }
            }
            """),
            ModelProviders,
            Verify.Diagnostic("PA0002").WithLocation(0).WithArguments("Applicant.Name", "the serializer 'JsonSerializer.Serialize'"),
            Verify.Diagnostic("PA0002").WithLocation(1).WithArguments("Applicant.Name", "the serializer 'JsonSerializer.Serialize'"));

    [Fact]
    public Task WhenTheObjectDeclaresNoProtectedMemberOrTheResultIsTyped_NothingIsReported() =>
        Verify.VerifyWithReferenceAsync(
            TestModel.With("""
            using System.Text.Json;
            using Shop.Messaging;

            class CatalogExport
            {
                async Task<string> Run(IModelProvider models, Product product, Applicant applicant)
                {
                    var part = await models.CreateModelPartAsync(product);
                    var counts = ModelBags.ToBag(applicant.CaseCount);
                    var label = await models.LabelAsync(applicant);
                    return JsonSerializer.Serialize(part) + JsonSerializer.Serialize(counts) + JsonSerializer.Serialize(label);
                }
            }
            """),
            ModelProviders);

    [Fact]
    public Task WhenAnObjectClonesItselfThroughMemberwiseClone_ItsPlainMembersStayPlain() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            public sealed class LookupOptions : ICloneable
            {
                public Applicant? Applicant { get; set; }
                public string Office { get; set; } = "";

                public LookupOptions Clone() => (LookupOptions)((ICloneable)this).Clone();
                object ICloneable.Clone() => MemberwiseClone();
            }

            class Lookup
            {
                void Run(LookupOptions options)
                {
                    var copy = options.Clone();
                    if (copy.Office.Length == 0)
                    {
                        throw new InvalidOperationException("No office in " + copy.Office);
                    }

                    throw new InvalidOperationException({|PA0003:"Lookup failed for " + copy.Applicant!.Name|});
                }
            }
            """));

    [Fact]
    public Task WhenReflectionADelegateOrAGeneralPurposePackageReturnsObject_NothingIsReported() =>
        Verify.VerifyWithReferenceAsync(
            TestModel.With("""
            using System.Data;
            using Dapper;
            using Microsoft.Extensions.Logging;

            class Audit
            {
                async Task Run(Applicant applicant, Func<Applicant, object> column, IDbConnection db, ILogger logger)
                {
                    logger.LogInformation("Cases {Count}", typeof(Applicant).GetProperty("CaseCount")!.GetValue(applicant));
                    logger.LogInformation("Cell {Cell}", column(applicant));
                    var open = await db.ExecuteScalarAsync("select count(*) from Cases where Office = @Office", applicant);
                    logger.LogInformation("Open cases {Open}", open);
                }
            }
            """),
            QueryPackage);

    /// <summary>A general-purpose package shaped like Dapper: it takes an object as a query's parameters.</summary>
    private static readonly MetadataReference QueryPackage = ReferencedProject.Compile("Dapper", """
        using System.Data;
        using System.Threading.Tasks;

        namespace Dapper
        {
            public static class SqlMapper
            {
                public static Task<object> ExecuteScalarAsync(this IDbConnection connection, string sql, object? param = null) => Task.FromResult<object>(0);
            }
        }
        """);

    private static readonly MetadataReference ModelProviders = ReferencedProject.Compile("Shop.Messaging", """
        using System.Collections.Generic;
        using System.Threading.Tasks;

        namespace Shop.Messaging
        {
            public interface IModelProvider
            {
                Task<object> CreateModelPartAsync(object part);
                Task<Label> LabelAsync(object part);
            }

            public sealed record Label(string Kind);

            public static class ModelBags
            {
                public static IDictionary<string, object> ToBag(object value) => new Dictionary<string, object> { ["Value"] = value };
            }

            // The project's own entities, marked: what makes it application code rather than a general-purpose package.
            public sealed class Customer
            {
                [PolicyAnalyzers.ProtectedData] public string Email { get; set; } = "";
            }
        }
        """);
}
