using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Analyzers;

/// <summary>
/// Who sees a response decides how it is reported: PA0002 where anonymous visitors can reach it (or that cannot be
/// decided), PA0007 (info, listed in the inventory) where only signed-in users can.
/// </summary>
public class AudienceReportingTests
{
    private const string WebUsings = """
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Mvc;

        """;

    [Fact]
    public Task WhenAStaffControllerReturnsRecords_ItIsListedAndItsAnonymousActionIsAPublicLeak() =>
        Verify.VerifyAnalyzerAsync(WebUsings + TestModel.With("""
            [Authorize(Policy = "CaseWorker")]
            public sealed class DetaineesController : ControllerBase
            {
                [HttpGet] public List<DetentionRecord> All() => {|#0:new List<DetentionRecord>()|};
                [HttpGet] public IActionResult One(DetentionRecord record) => Ok({|#1:record|});
                [HttpGet, AllowAnonymous] public List<DetentionRecord> Public() => {|#2:new List<DetentionRecord>()|};
            }
            """),
            Verify.Diagnostic("PA0007").WithLocation(0).WithArguments("DetentionRecord[]", "the HTTP response of 'DetaineesController.All'", "policy 'CaseWorker'"),
            Verify.Diagnostic("PA0007").WithLocation(1).WithArguments("DetentionRecord", "the HTTP response 'ControllerBase.Ok'", "policy 'CaseWorker'"),
            Verify.Diagnostic("PA0002").WithLocation(2).WithArguments("DetentionRecord[]", "the HTTP response of 'DetaineesController.Public'"));

    [Fact]
    public Task WhenAnActionSerializesIntoItsResponseBody_WhoCanReachTheActionDecides() =>
        Verify.VerifyAnalyzerAsync(WebUsings + TestModel.With("""
            using System.Text.Json;

            [Authorize(Roles = "Admin")]
            public sealed class GdprController : Controller
            {
                public async Task<IActionResult> Export(Applicant applicant)
                {
                    await JsonSerializer.SerializeAsync(Response.Body, {|#0:applicant|});
                    return new EmptyResult();
                }

                [AllowAnonymous]
                public Task Published(Applicant applicant) => JsonSerializer.SerializeAsync(HttpContext.Response.Body, {|#1:applicant|});

                public Task Archive(Applicant applicant, Stream archive) => JsonSerializer.SerializeAsync(archive, {|#2:applicant|});

                public Task Statistics(Applicant applicant) => JsonSerializer.SerializeAsync(Response.Body, new { applicant.CaseCount });
            }
            """),
            Verify.Diagnostic("PA0007").WithLocation(0)
                .WithArguments("Applicant.Name", "the HTTP response through the serializer 'JsonSerializer.SerializeAsync'", "role 'Admin'"),
            Verify.Diagnostic("PA0002").WithLocation(1).WithArguments("Applicant.Name", "the HTTP response through the serializer 'JsonSerializer.SerializeAsync'"),
            Verify.Diagnostic("PA0002").WithLocation(2).WithArguments("Applicant.Name", "the serializer 'JsonSerializer.SerializeAsync'"));

    [Fact]
    public Task WhenAnActionReturnsWhatASerializerWrote_WhoCanReachTheActionDecides() =>
        Verify.VerifyAnalyzerAsync(WebUsings + TestModel.With("""
            using System.Text;
            using System.Text.Json;
            using Newtonsoft.Json;

            [Authorize]
            public sealed class PersonalDataController : Controller
            {
                public IActionResult Download(Applicant applicant) =>
                    new FileContentResult(Encoding.UTF8.GetBytes(JsonConvert.SerializeObject({|#0:applicant|})), "text/json");

                public IActionResult Keep(Applicant applicant, List<string> archive)
                {
                    archive.Add(JsonConvert.SerializeObject({|#1:applicant|}));
                    return Ok();
                }

                [AllowAnonymous]
                public IActionResult Published(Applicant applicant) => Content(System.Text.Json.JsonSerializer.Serialize({|#2:applicant|}), "application/json");

                public IActionResult Counts(Applicant applicant) => Content(JsonConvert.SerializeObject(new { applicant.CaseCount }));

                public IActionResult Compare(Applicant applicant, string previous) => Ok(JsonConvert.SerializeObject({|#3:applicant|}) == previous);

                public IActionResult Archive(Applicant applicant, IDictionary<string, int> archive) => Ok(Store(archive, JsonConvert.SerializeObject({|#4:applicant|})));

                private static int Store(IDictionary<string, int> archive, string json) => archive[json] = archive.Count;
            }
            """),
            Verify.Diagnostic("PA0007").WithLocation(0)
                .WithArguments("Applicant.Name", "the HTTP response through the serializer 'JsonConvert.SerializeObject'", "signed-in users"),
            Verify.Diagnostic("PA0002").WithLocation(1).WithArguments("Applicant.Name", "the serializer 'JsonConvert.SerializeObject'"),
            Verify.Diagnostic("PA0002").WithLocation(2).WithArguments("Applicant.Name", "the HTTP response through the serializer 'JsonSerializer.Serialize'"),
            Verify.Diagnostic("PA0002").WithLocation(3).WithArguments("Applicant.Name", "the serializer 'JsonConvert.SerializeObject'"),
            Verify.Diagnostic("PA0002").WithLocation(4).WithArguments("Applicant.Name", "the serializer 'JsonConvert.SerializeObject'"));

    [Fact]
    public Task WhenARouteGroupRequiresAuthorization_ItsEndpointsAreListedAndOthersArePublicLeaks() =>
        Verify.VerifyAnalyzerAsync(WebUsings + TestModel.With("""
            class Roster { private readonly List<DetentionRecord> _records = new(); public List<DetentionRecord> All() => _records; }

            static class Routes
            {
                public static void Map(WebApplication app)
                {
                    var staff = app.MapGroup("/staff").RequireAuthorization("Staff");
                    staff.MapGet("/detainees", (Roster roster) => {|#0:roster.All()|});
                    app.MapGet("/public/detainees", (Roster roster) => {|#1:roster.All()|});
                    app.MapGet("/open", (Roster roster) => {|#2:roster.All()|}).AllowAnonymous();
                }
            }
            """),
            Verify.Diagnostic("PA0007").WithLocation(0).WithArguments("DetentionRecord[]", "the HTTP response of 'GET /detainees'", "policy 'Staff'"),
            Verify.Diagnostic("PA0002").WithLocation(1).WithArguments("DetentionRecord[]", "the HTTP response of 'GET /public/detainees'"),
            Verify.Diagnostic("PA0002").WithLocation(2).WithArguments("DetentionRecord[]", "the HTTP response of 'GET /open'"));

    [Fact]
    public Task WhenOneViewIsRenderedFromAPublicAndAStaffAction_EachIsReportedForItsAudience() =>
        Verify.VerifyAnalyzerAsync(
            [
                WebUsings + TestModel.With("""
                    public sealed class Speaker { public string Name { get; set; } = ""; [ProtectedData] public string Email { get; set; } = ""; }

                    public sealed class SpeakersController : Controller
                    {
                        public IActionResult Details(Speaker speaker) => View({|#0:speaker|});

                        [Authorize(Roles = "Admin")]
                        public IActionResult Review(Speaker speaker) => View("Details", {|#1:speaker|});
                    }
                    """),
                GeneratedRazor.View("/Views/Speakers/Details.cshtml", "Speaker", """
                    Write(Model.Name);
                    Write(Model.Email);
                    """),
            ],
            Verify.Diagnostic("PA0002").WithLocation(0).WithArguments("Speaker.Email", "the page '/Views/Speakers/Details.cshtml'"),
            Verify.Diagnostic("PA0007").WithLocation(1).WithArguments("Speaker.Email", "the page '/Views/Speakers/Details.cshtml'", "role 'Admin'"));

    [Fact]
    public Task WhenARazorPageIsForStaff_WhatItRendersIsListed() =>
        Verify.VerifyAnalyzerAsync(
            [
                WebUsings + TestModel.With("""
                    using Microsoft.AspNetCore.Mvc.RazorPages;

                    [Authorize]
                    public sealed class CaseloadModel : PageModel
                    {
                        public DetentionRecord Current { get; set; } = new();
                    }
                    """),
                GeneratedRazor.Page("/Pages/Caseload.cshtml", "CaseloadModel", """
                    Write({|#0:Model.Current.FullName|});
                    """),
            ],
            Verify.Diagnostic("PA0007").WithLocation(0).WithArguments("DetentionRecord.FullName", "the page '/Pages/Caseload.cshtml'", "signed-in users"));

    [Fact]
    public Task WhenARazorPageHandlerReturnsSerializedPersonalData_ThePagesAudienceDecides() =>
        Verify.VerifyAnalyzerAsync(
            [
                WebUsings + TestModel.With("""
                    using System.Text;
                    using Microsoft.AspNetCore.Mvc.RazorPages;
                    using Newtonsoft.Json;

                    [Authorize]
                    public sealed class DownloadPersonalDataModel : PageModel
                    {
                        public IActionResult OnPost(Applicant applicant) =>
                            new FileContentResult(Encoding.UTF8.GetBytes(JsonConvert.SerializeObject({|#0:applicant|})), "text/json");

                        public string Preview(Applicant applicant) => JsonConvert.SerializeObject({|#1:applicant|});

                        public string OnlineSnapshot(Applicant applicant) => JsonConvert.SerializeObject({|#2:applicant|});
                    }
                    """),
                GeneratedRazor.Page("/Pages/DownloadPersonalData.cshtml", "DownloadPersonalDataModel", """
                    Write("Download your data");
                    """),
            ],
            Verify.Diagnostic("PA0007").WithLocation(0)
                .WithArguments("Applicant.Name", "the HTTP response through the serializer 'JsonConvert.SerializeObject'", "signed-in users"),
            Verify.Diagnostic("PA0002").WithLocation(1).WithArguments("Applicant.Name", "the serializer 'JsonConvert.SerializeObject'"),
            Verify.Diagnostic("PA0002").WithLocation(2).WithArguments("Applicant.Name", "the serializer 'JsonConvert.SerializeObject'"));

    [Fact]
    public Task WhenAStaffRazorPageRendersWhatItsHandlerCopiedFromAProtectedMember_ItIsListed() =>
        Verify.VerifyAnalyzerAsync(
            [
                WebUsings + TestModel.With("""
                    using Microsoft.AspNetCore.Mvc.RazorPages;

                    public sealed class ProfileInput { public string Name { get; set; } = ""; public string Office { get; set; } = ""; }

                    [Authorize]
                    public sealed class ProfileModel : PageModel
                    {
                        public ProfileInput Input { get; set; } = new();

                        public void OnGet(Applicant applicant) => Input = new ProfileInput { Name = applicant.Name, Office = applicant.Office };
                    }
                    """),
                GeneratedRazor.Page("/Pages/Profile.cshtml", "ProfileModel", """
                    Write(Model.Input.Office);
                    Write({|#0:Model.Input.Name|});
                    """),
            ],
            Verify.Diagnostic("PA0007").WithLocation(0).WithArguments("Applicant.Name", "the page '/Pages/Profile.cshtml'", "signed-in users"));
}
