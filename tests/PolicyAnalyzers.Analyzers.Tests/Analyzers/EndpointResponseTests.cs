using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PolicyAnalyzers.Tests.Verifiers;
using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Analyzers;

/// <summary>PA0002 for what ASP.NET Core endpoints return: minimal API handlers and controller actions.</summary>
public class EndpointResponseTests
{
    [Fact]
    public Task WhenMinimalApiLambdaReturnsRecords_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WebUsings + TestModel.With("""
            class Roster { private readonly List<DetentionRecord> _records = new(); public List<DetentionRecord> All() => _records; }

            static class Routes
            {
                public static void Map(WebApplication app)
                {
                    app.MapGet("/api/detainees", (Roster roster) => {|#0:roster.All()|});
                }
            }
            """),
            Verify.Diagnostic("PA0002").WithLocation(0).WithArguments("DetentionRecord[]", "the HTTP response of 'GET /api/detainees'"));

    [Fact]
    public Task WhenMinimalApiReturnsOnlyCounts_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.WebUsings + TestModel.With("""
            class Roster { private readonly List<DetentionRecord> _records = new(); public List<DetentionRecord> All() => _records; }

            static class Routes
            {
                public static void Map(WebApplication app)
                {
                    app.MapGet("/api/statistics", (Roster roster) =>
                        roster.All().GroupBy(r => r.Facility).Select(g => new FacilityCount(g.Key, g.Count())).ToList());
                    app.MapGet("/api/total", (Roster roster) => Results.Ok(roster.All().Count));
                }
            }
            """));

    [Fact]
    public Task WhenMinimalApiMethodGroupReturnsRecords_ReportsOnTheHandler() =>
        Verify.VerifyAnalyzerAsync(TestModel.WebUsings + TestModel.With("""
            class Roster { private readonly List<DetentionRecord> _records = new(); public List<DetentionRecord> All() => _records; }

            static class Routes
            {
                static List<DetentionRecord> Detainees(Roster roster) => roster.All();

                public static void Map(WebApplication app)
                {
                    app.MapGet("/api/detainees", {|#0:Detainees|});
                }
            }
            """),
            Verify.Diagnostic("PA0002").WithLocation(0).WithArguments("DetentionRecord[]", "the HTTP response of 'GET /api/detainees' through 'Routes.Detainees'"));

    [Fact]
    public Task WhenHandlerIsAnAuthorizedDisclosure_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.WebUsings + TestModel.With("""
            class Roster { private readonly List<DetentionRecord> _records = new(); public List<DetentionRecord> All() => _records; }

            static class Routes
            {
                [AuthorizedDisclosure("Case workers manage these cases", ApprovedBy = "DPO")]
                static List<DetentionRecord> Caseload(Roster roster) => roster.All();

                public static void Map(WebApplication app)
                {
                    app.MapGet("/api/caseload", Caseload);
                    app.MapGet("/api/caseload2", [AuthorizedDisclosure("Case workers", ApprovedBy = "DPO")] (Roster roster) => roster.All());
                }
            }
            """));

    [Fact]
    public Task WhenResultsOkCarriesRecords_ReportsOnce() =>
        Verify.VerifyAnalyzerAsync(TestModel.WebUsings + TestModel.With("""
            class Roster { private readonly List<DetentionRecord> _records = new(); public List<DetentionRecord> All() => _records; }

            static class Routes
            {
                public static void Map(WebApplication app)
                {
                    app.MapGet("/api/detainees", (Roster roster) => Results.Ok({|#0:roster.All()|}));
                    app.MapGet("/api/first", (Roster roster) => TypedResults.Json({|PA0002:roster.All()[0]|}));
                }
            }
            """),
            Verify.Diagnostic("PA0002").WithLocation(0).WithArguments("DetentionRecord[]", "the HTTP response 'Results.Ok'"));

    [Fact]
    public Task WhenControllerActionReturnsRecords_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WebUsings + TestModel.With("""
            class Roster { private readonly List<DetentionRecord> _records = new(); public List<DetentionRecord> All() => _records; public Task<List<DetentionRecord>> AllAsync() => Task.FromResult(All()); }

            [ApiController]
            [Route("api/[controller]")]
            public class DetaineesController : ControllerBase
            {
                private readonly Roster _roster = new();

                [HttpGet]
                public async Task<ActionResult<List<DetentionRecord>>> Get() => {|#0:await _roster.AllAsync()|};

                [HttpGet("first")]
                public IActionResult First() => Ok({|PA0002:_roster.All().First()|});

                [HttpGet("count")]
                public int Count() => _roster.All().Count;

                private List<DetentionRecord> Helper() => _roster.All();
            }
            """),
            Verify.Diagnostic("PA0002").WithLocation(0).WithArguments("DetentionRecord[]", "the HTTP response of 'DetaineesController.Get'"));

    [Fact]
    public Task WhenMvcViewRendersRecords_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.WebUsings + TestModel.With("""
            class Roster { private readonly List<DetentionRecord> _records = new(); public List<DetentionRecord> All() => _records; }

            public class CaseworkController : Controller
            {
                private readonly Roster _roster = new();

                public IActionResult Index() => View(_roster.All());
            }
            """));

    private const string ProductApi = """
        using System.Runtime.Serialization;

        public sealed class Review { [ProtectedData] public string Reviewer { get; set; } = ""; public int Stars { get; set; } }

        public sealed class ShopProduct
        {
            public string Title { get; set; } = "";
            [IgnoreDataMember] public List<Review> Reviews { get; set; } = new();
        }

        public sealed class ProductsController : ControllerBase
        {
            [HttpGet] public IActionResult Get(ShopProduct product) => Ok(REPORTED);
            [HttpGet] public ShopProduct Find(ShopProduct product) => FOUND;
        }
        """;

    [Fact]
    public Task WhenMvcWritesWithSystemTextJson_AMemberOnlyIgnoredForDataContractsIsWritten() =>
        Verify.VerifyAnalyzerAsync(TestModel.WebUsings + TestModel.With(ProductApi
            .Replace("REPORTED", "{|PA0002:product|}").Replace("FOUND", "{|PA0002:product|}")));

    [Fact]
    public Task WhenMvcWritesWithNewtonsoftJson_IgnoreDataMemberIsHonoured()
    {
        var test = new Verify.Test { TestCode = TestModel.WebUsings + TestModel.With(ProductApi.Replace("REPORTED", "product").Replace("FOUND", "product")) };
        test.TestState.AdditionalReferences.Add(AssemblyNamed("Microsoft.AspNetCore.Mvc.NewtonsoftJson"));
        return test.RunAsync();
    }

    /// <summary>An empty assembly with that name: what the analyzer looks for to learn which formatter MVC uses.</summary>
    private static MetadataReference AssemblyNamed(string name) =>
        ReferencedProject.Compile(name, "namespace Placeholder { public static class Marker { } }");
}
