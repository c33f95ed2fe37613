using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Analyzers;

/// <summary>
/// Pages are sinks: MVC views, Razor Pages and components. The page classes here have the shape the Razor source
/// generator writes into the compilation (RazorPage&lt;TModel&gt;.ExecuteAsync, RazorCompiledItem attributes).
/// </summary>
public class PageRenderingTests
{
    private const string Speakers = """
        using Microsoft.AspNetCore.Mvc;

        public sealed class Speaker
        {
            public string Name { get; set; } = "";
            [ProtectedData] public string Email { get; set; } = "";
            public string Bio { get; set; } = "";
        }

        public sealed class SpeakersController : Controller
        {
            public IActionResult Details(Speaker speaker) => View({|#0:speaker|});
            public IActionResult Card(Speaker speaker) => View("Card", speaker);
            public IActionResult Listing(Applicant applicant) =>
                View(new SpeakerListing { Office = applicant.Office, ApplicantName = applicant.Name });
            public IActionResult Profile(Applicant applicant) =>
                View({|#1:new SpeakerListing { Office = applicant.Office, ApplicantName = applicant.Name }|});
        }

        public sealed class SpeakerListing { public string Office { get; set; } = ""; public string ApplicantName { get; set; } = ""; }
        """;

    private static readonly string[] GeneratedViews =
    [
        GeneratedRazor.View("/Views/Speakers/Details.cshtml", "Speaker", """
            WriteLiteral("<h1>");
            Write(Model.Name);
            WriteLiteral("</h1><a href=\"mailto:");
            WriteAttributeValue("", 45, Model.Email, 45, 7, false);
            """),

        // The card shows the name and the bio, never the email the model carries.
        GeneratedRazor.View("/Views/Speakers/Card.cshtml", "Speaker", """
            Write(Model.Name);
            Write(Html.DisplayFor(m => m.Bio));
            """, GeneratedRazor.HtmlHelper("Speaker")),
        GeneratedRazor.View("/Views/Speakers/Listing.cshtml", "SpeakerListing", "Write(Model.Office);"),
        GeneratedRazor.View("/Views/Shared/Profile.cshtml", "SpeakerListing", """
            Write(Model.Office);
            Write(Html.DisplayFor(m => m.ApplicantName));
            """, GeneratedRazor.HtmlHelper("SpeakerListing")),
    ];

    [Fact]
    public Task WhenAViewRendersProtectedDataItsActionHandsIt_ReportsWhereTheActionHandsItOver() =>
        Verify.VerifyAnalyzerAsync(
            [TestModel.With(Speakers), .. GeneratedViews],
            Verify.Diagnostic("PA0002").WithLocation(0).WithArguments("Speaker.Email", "the page '/Views/Speakers/Details.cshtml'"),
            Verify.Diagnostic("PA0002").WithLocation(1).WithArguments("Applicant.Name", "the page '/Views/Shared/Profile.cshtml'"));

    [Fact]
    public Task WhenAViewKeepsAValueInItsOwnFieldAndWritesIt_ItsActionIsReported() =>
        Verify.VerifyAnalyzerAsync(
            [
                TestModel.With("""
                    using Microsoft.AspNetCore.Mvc;

                    public sealed class Speaker { [ProtectedData] public string Email { get; set; } = ""; public string Name { get; set; } = ""; }

                    public sealed class SpeakersController : Controller
                    {
                        public IActionResult Contact(Speaker speaker) => View({|#0:speaker|});
                        public IActionResult Badge(Speaker speaker) => View(speaker);
                    }
                    """),

                // Generated views keep tag helpers and values in fields that ExecuteAsync sets and reads.
                GeneratedRazor.View("/Views/Speakers/Contact.cshtml", "Speaker", """
                    __shown = Model.Email;
                    Write(__shown);
                    """, "private string __shown = \"\";"),
                GeneratedRazor.View("/Views/Speakers/Badge.cshtml", "Speaker", """
                    __shown = Model.Name;
                    Write(__shown);
                    """, "private string __shown = \"\";"),
            ],
            Verify.Diagnostic("PA0002").WithLocation(0).WithArguments("Speaker.Email", "the page '/Views/Speakers/Contact.cshtml'"));

    [Fact]
    public Task WhenAnActionShowsAnEmptyForm_OnlyWhatTheViewReadsElsewhereIsReported() =>
        Verify.VerifyAnalyzerAsync(
            [
                TestModel.With("""
                    using Microsoft.AspNetCore.Mvc;

                    public sealed class Speaker { [ProtectedData] public string Email { get; set; } = ""; public string Name { get; set; } = ""; }

                    public static class Directory { public static Applicant Organizer { get; } = new(); }

                    public sealed class SpeakersController : Controller
                    {
                        public IActionResult Create() => View();
                        public IActionResult Contact() => {|#0:View()|};
                    }
                    """),

                // The form's inputs show the model's members, which are empty when no model is handed over.
                GeneratedRazor.View("/Views/Speakers/Create.cshtml", "Speaker", "Write(Model.Email);"),
                GeneratedRazor.View("/Views/Speakers/Contact.cshtml", "Speaker", "Write(Model.Email); Write(Directory.Organizer.Name);"),
            ],
            Verify.Diagnostic("PA0002").WithLocation(0).WithArguments("Applicant.Name", "the page '/Views/Speakers/Contact.cshtml'"));

    [Fact]
    public Task WhenARazorPageRendersAProtectedMember_ReportsOnTheLineThatRendersIt() =>
        Verify.VerifyAnalyzerAsync(
            [
                TestModel.With("""
                    using Microsoft.AspNetCore.Mvc.RazorPages;

                    public sealed class Speaker { public string Name { get; set; } = ""; [ProtectedData] public string Email { get; set; } = ""; }

                    public sealed class SpeakersModel : PageModel
                    {
                        public Speaker Current { get; set; } = new();
                        public void OnGet() { }
                    }
                    """),
                GeneratedRazor.Page("/Pages/Speakers.cshtml", "SpeakersModel", """
                    Write(Model.Current.Name);
                    Write({|#0:Model.Current.Email|});
                    """),
            ],
            Verify.Diagnostic("PA0002").WithLocation(0).WithArguments("Speaker.Email", "the page '/Pages/Speakers.cshtml'"));

    [Fact]
    public Task WhenAComponentRendersAProtectedMember_Reports() =>
        Verify.VerifyAnalyzerAsync(
            [
                TestModel.With("""
                    public sealed class Speaker { public string Name { get; set; } = ""; [ProtectedData] public string Email { get; set; } = ""; }
                    """),
                """
                // <auto-generated/>
                using Microsoft.AspNetCore.Components;

                [Route("/card")]
                public partial class SpeakerCard : ComponentBase
                {
                    protected override void BuildRenderTree(global::Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder __builder)
                    {
                        __builder.OpenElement(0, "p");
                        __builder.AddContent(1, {|#0:Speaker.Email|});
                        __builder.CloseElement();
                        __builder.AddAttribute(2, "title", Speaker.Name);
                    }

                    [Parameter] public Speaker Speaker { get; set; } = new();
                }
                """,
            ],
            Verify.Diagnostic("PA0002").WithLocation(0).WithArguments("Speaker.Email", "the page 'SpeakerCard'"));

    [Fact]
    public Task WhenOtherGeneratedCodeWritesProtectedData_ItIsNotAnalysed() =>
        Verify.VerifyAnalyzerAsync(
            [
                TestModel.With("class Nothing { }"),
                """
                // <auto-generated/>
                static class GeneratedExport
                {
                    public static void Write(Applicant applicant) => System.IO.File.WriteAllText("x.txt", applicant.Name);
                }
                """,
            ]);

    [Fact]
    public Task WhenAViewRendersOnlyUnprotectedMembersOfANestedObject_TheActionIsNotReported() =>
        Verify.VerifyAnalyzerAsync(
            [
                TestModel.With("""
                    using Microsoft.AspNetCore.Mvc;

                    public sealed class Featured { public string WebsiteUrl { get; set; } = ""; public string Contact { get; set; } = ""; }
                    public sealed class HomeModel { public Featured Sponsor { get; set; } = new(); }

                    public sealed class HomeController : Controller
                    {
                        public IActionResult Index(Applicant applicant) =>
                            View(new HomeModel { Sponsor = new Featured { WebsiteUrl = "https://example.org", Contact = applicant.Name } });
                    }
                    """),
                GeneratedRazor.View("/Views/Home/Index.cshtml", "HomeModel", """
                    if (Model.Sponsor != null)
                    {
                        Write(Model.Sponsor.WebsiteUrl);
                    }
                    """),
            ]);

    [Fact]
    public Task WhenAGeneratedPageHidesItsOwnCode_ReportsOnTheMappedCshtmlTokens_AndNotForLabels() =>
        Verify.VerifyAnalyzerAsync(
            [
                TestModel.With("""
                    using Microsoft.AspNetCore.Mvc.RazorPages;

                    public sealed class AccountInput { [ProtectedData] public string Email { get; set; } = ""; public string Company { get; set; } = ""; }

                    public sealed class AccountModel : PageModel
                    {
                        public AccountInput Input { get; set; } = new();
                        public void OnGet() { }
                    }
                    """),
                """
                // <auto-generated/>
                using Microsoft.AspNetCore.Mvc.TagHelpers;
                using Microsoft.AspNetCore.Mvc.ViewFeatures;
                namespace AspNetCoreGeneratedDocument
                {
                    [global::Microsoft.AspNetCore.Razor.Hosting.RazorCompiledItemMetadataAttribute("Identifier", "/Pages/Account.cshtml")]
                    internal sealed class Pages_Account : global::Microsoft.AspNetCore.Mvc.RazorPages.Page
                    {
                        private LabelTagHelper __label = default!;
                        private InputTagHelper __input = default!;
                        private ValidationMessageTagHelper __validation = default!;

                        public override async global::System.Threading.Tasks.Task ExecuteAsync()
                        {
                #line hidden
                            __label.For = ModelExpressionProvider.CreateModelExpression(ViewData, __model => __model.
                #line (3,19)-(3,30) "/Pages/Account.cshtml"
                Input.Email
                #line default
                #line hidden
                            );
                            __input.For = ModelExpressionProvider.CreateModelExpression(ViewData, __model => __model.
                #line (4,19)-(4,30) "/Pages/Account.cshtml"
                {|#0:Input.Email|}
                #line default
                #line hidden
                            );
                            __validation.For = ModelExpressionProvider.CreateModelExpression(ViewData, __model => __model.
                #line (5,31)-(5,42) "/Pages/Account.cshtml"
                Input.Email
                #line default
                #line hidden
                            );
                            __input.For = ModelExpressionProvider.CreateModelExpression(ViewData, __model => __model.
                #line (6,19)-(6,32) "/Pages/Account.cshtml"
                Input.Company
                #line default
                #line hidden
                            );
                            await global::System.Threading.Tasks.Task.CompletedTask;
                        }

                        public AccountModel Model => (AccountModel)PageContext.ViewData.Model!;
                        public ViewDataDictionary<AccountModel> ViewData => default!;
                        public IModelExpressionProvider ModelExpressionProvider { get; private set; } = default!;
                    }
                }
                """,
            ],
            Verify.Diagnostic("PA0002").WithLocation(0).WithArguments("AccountInput.Email", "the page '/Pages/Account.cshtml'"));

    [Fact]
    public Task WhenHiddenGeneratedCodeWritesProtectedData_ReportsOnTheNearestMappedLineBeforeIt() =>
        Verify.VerifyAnalyzerAsync(
            [
                TestModel.With("""
                    using Microsoft.AspNetCore.Mvc.RazorPages;

                    public sealed class ContactModel : PageModel
                    {
                        [ProtectedData] public string Email { get; set; } = "";
                        public void OnGet() { }
                    }
                    """),
                """
                // <auto-generated/>
                namespace AspNetCoreGeneratedDocument
                {
                    [global::Microsoft.AspNetCore.Razor.Hosting.RazorCompiledItemMetadataAttribute("Identifier", "/Pages/Contact.cshtml")]
                    internal sealed class Pages_Contact : global::Microsoft.AspNetCore.Mvc.RazorPages.Page
                    {
                        public override async global::System.Threading.Tasks.Task ExecuteAsync()
                        {
                #line 7 "/Pages/Contact.cshtml"
                {|#0:                WriteLiteral("<p>");|}
                #line hidden
                            Write(Model.Email);
                #line default
                            await global::System.Threading.Tasks.Task.CompletedTask;
                        }

                        public ContactModel Model => (ContactModel)PageContext.ViewData.Model!;
                    }
                }
                """,
            ],
            Verify.Diagnostic("PA0002").WithLocation(0).WithArguments("ContactModel.Email", "the page '/Pages/Contact.cshtml'"));
}
