using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Flow;

/// <summary>
/// A response whose type declares a protected member is no leak when the value was built in code without filling
/// that member; anything that may fill it keeps the report.
/// </summary>
public class ConstructionProofTests
{
    // A DTO with a summary and a detail part, as API models often are: the e-mail is filled only for details.
    private const string Directory = """
        public sealed class ApplicantDto
        {
            public ApplicantDto() { }

            public ApplicantDto(Applicant applicant, bool includeDetails = false)
            {
                if (applicant == null)
                    return;

                Id = applicant.CaseCount;
                Office = applicant.Office;
                if (!includeDetails)
                    return;

                Email = applicant.Name;
            }

            public int Id { get; set; }
            public string Office { get; set; } = "";
            [ProtectedData] public string Email { get; set; } = "";
        }

        public sealed class Holder
        {
            public int Id { get; set; }
            public Applicant? Owner { get; set; }
        }

        public sealed class Page
        {
            public List<Holder> Holders { get; } = new();
        }

        public interface IApplicantDirectory
        {
            IList<ApplicantDto> List(bool includeDetails = false);
        }

        public sealed class ApplicantDirectory : IApplicantDirectory
        {
            private readonly List<Applicant> _applicants = new();

            public IList<ApplicantDto> List(bool includeDetails = false)
            {
                var list = _applicants.AsQueryable()
                    .OrderBy(applicant => applicant.Office)
                    .Select(applicant => new ApplicantDto(applicant, includeDetails))
                    .ToList();

                return list;
            }
        }
        """;

    private static string Routes(string maps) => TestModel.WebUsings + TestModel.With($$"""
        static class Routes
        {
            public static void Map(WebApplication app)
            {
                {{maps}}
            }
        }
        """ + Directory);

    [Fact]
    public Task WhenAnInitializerLeavesTheMarkedMemberEmpty_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(Routes("""
            app.MapGet("/api/one", (Applicant applicant) => new ApplicantDto { Id = applicant.CaseCount, Office = applicant.Office });
            app.MapGet("/api/many", () => new List<ApplicantDto> { new ApplicantDto { Id = 2 }, new() { Office = "North" } });
            app.MapGet("/api/local", () => { var dto = new ApplicantDto { Id = 3 }; var count = dto.Id; return Results.Ok(dto); });
            """));

    [Fact]
    public Task WhenTheDetailsFlagIsLeftFalseThroughAServiceAndAQuery_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(Routes("""
            app.MapGet("/api/applicants", (IApplicantDirectory directory) => { var list = directory.List(); return new JsonResult(list); });
            app.MapGet("/api/applicants2", (IApplicantDirectory directory) => directory.List(includeDetails: false));
            app.MapGet("/api/applicant", (Applicant applicant) => new ApplicantDto(applicant));
            """));

    [Fact]
    public Task WhenTheDetailsFlagIsTrueOrUnknown_Reports() =>
        Verify.VerifyAnalyzerAsync(Routes("""
            app.MapGet("/api/details", (IApplicantDirectory directory) => {|#0:directory.List(includeDetails: true)|});
            app.MapGet("/api/maybe", (IApplicantDirectory directory, bool details) => {|#1:directory.List(details)|});
            app.MapGet("/api/applicant", (Applicant applicant) => {|#2:new ApplicantDto(applicant, true)|});
            """),
            Verify.Diagnostic("PA0002").WithLocation(0).WithArguments("ApplicantDto[].Email", "the HTTP response of 'GET /api/details'"),
            Verify.Diagnostic("PA0002").WithLocation(1).WithArguments("ApplicantDto[].Email", "the HTTP response of 'GET /api/maybe'"),
            Verify.Diagnostic("PA0002").WithLocation(2).WithArguments("ApplicantDto.Email", "the HTTP response of 'GET /api/applicant'"));

    [Fact]
    public Task WhenTheBuiltObjectIsFilledOrHoldsALoadedObject_Reports() =>
        Verify.VerifyAnalyzerAsync(Routes("""
            app.MapGet("/api/set", (Applicant applicant) => { var dto = new ApplicantDto { Id = 1 }; dto.Email = applicant.Name; return {|#0:dto|}; });
            app.MapGet("/api/filled", (Applicant applicant) => { var dto = new ApplicantDto { Id = 1 }; Fill(dto, applicant); return {|#1:dto|}; });
            app.MapGet("/api/owner", (Applicant applicant) => {|#2:new Holder { Id = 1, Owner = applicant }|});
            app.MapGet("/api/reassigned", (ApplicantDto loaded) => { var dto = new ApplicantDto(); dto = loaded; return {|#3:dto|}; });
            app.MapGet("/api/added", (Applicant applicant) => { var holders = new List<Holder>(); holders.Add(new Holder { Owner = applicant }); return {|#4:holders|}; });
            app.MapGet("/api/nested", (Applicant applicant) => { var page = new Page(); page.Holders.Add(new Holder { Owner = applicant }); return {|#5:page|}; });
            app.MapGet("/api/group", (Applicant[] loaded) => {|#6:loaded.Select(Hold)|});
            app.MapGet("/api/keyed", (Applicant[] loaded) => {|#7:loaded.ToDictionary(a => a.CaseCount)|});
            app.MapGet("/api/each", (List<Applicant> all) => { foreach (var a in all) { return {|#8:a|}; } return null; });
            app.MapGet("/api/derived", () => {|#9:new FailureReport(1)|});
            app.MapGet("/api/builder", (Applicant applicant) => {|#10:new ReportBuilder().For(applicant).Build()|});
            }

            static void Fill(ApplicantDto dto, Applicant applicant) => dto.Email = applicant.Name;

            static Holder Hold(Applicant applicant) => new Holder { Owner = applicant };
            }

            // A base constructor in a compiled library, and a builder that keeps what it is given.
            public sealed class FailureReport : Exception
            {
                public FailureReport(int code) : base("failed") => Code = code;
                public int Code { get; }
                [ProtectedData] public string Email { get; set; } = "";
            }

            public sealed class ReportBuilder
            {
                private Applicant? _applicant;
                public ReportBuilder For(Applicant applicant) { _applicant = applicant; return this; }
                public Holder Build() => new Holder { Owner = _applicant };
            }

            static class More
            {

            static void Unused()
            {
            """),
            Verify.Diagnostic("PA0002").WithLocation(0).WithArguments("Applicant.Name", "the HTTP response of 'GET /api/set'"),
            Verify.Diagnostic("PA0002").WithLocation(1).WithArguments("Applicant.Name", "the HTTP response of 'GET /api/filled'"),
            Verify.Diagnostic("PA0002").WithLocation(2).WithArguments("Holder.Owner.Name", "the HTTP response of 'GET /api/owner'"),
            Verify.Diagnostic("PA0002").WithLocation(3).WithArguments("ApplicantDto.Email", "the HTTP response of 'GET /api/reassigned'"),
            Verify.Diagnostic("PA0002").WithLocation(4).WithArguments("Holder[].Owner.Name", "the HTTP response of 'GET /api/added'"),
            Verify.Diagnostic("PA0002").WithLocation(5).WithArguments("Page.Holders[].Owner.Name", "the HTTP response of 'GET /api/nested'"),
            Verify.Diagnostic("PA0002").WithLocation(6).WithArguments("Holder[].Owner.Name", "the HTTP response of 'GET /api/group'"),
            Verify.Diagnostic("PA0002").WithLocation(7).WithArguments("Applicant[].Name", "the HTTP response of 'GET /api/keyed'"),
            Verify.Diagnostic("PA0002").WithLocation(8).WithArguments("Applicant.Name", "the HTTP response of 'GET /api/each'"),
            Verify.Diagnostic("PA0002").WithLocation(9).WithArguments("FailureReport.Email", "the HTTP response of 'GET /api/derived'"),
            Verify.Diagnostic("PA0002").WithLocation(10).WithArguments("Holder.Owner.Name", "the HTTP response of 'GET /api/builder'"));
}
