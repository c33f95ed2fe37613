using PolicyAnalyzers.Policy;

namespace PolicyAnalyzers.Tests.Policy;

/// <summary>
/// The audience of Razor Pages: attributes on the page model and on the page generated from its .cshtml, Razor
/// Pages conventions (AuthorizeFolder, AllowAnonymousToPage, their area forms), the Identity UI's conventions,
/// a global AuthorizeFilter, MapRazorPages().RequireAuthorization() and the fallback policy.
/// </summary>
public class AudienceModelRazorPagesTests
{
    private static (string Path, string Source) PageModel(string path, string name, string attributes = "", string baseType = "PageModel") =>
        (path, $$"""
            namespace Site.Pages
            {
                {{attributes}}
                public class {{name}} : {{baseType}}
                {
                    public string Email { get; set; } = "";
                }
            }
            """);

    private static (string Path, string Source) Program(string setup) =>
        ("Program.cs", $$"""
            var builder = WebApplication.CreateBuilder(args);
            {{setup}}
            var app = builder.Build();
            app.MapRazorPages();
            app.Run();
            """);

    [Fact]
    public void ConventionsForFoldersPagesAndAreas_ApplyToThePagesTheyName()
    {
        var app = AudienceCompilation.Of(
            null,
            Program("""
                builder.Services.AddRazorPages(options =>
                {
                    options.Conventions
                        .AuthorizeFolder("/Admin")
                        .AllowAnonymousToPage("/Admin/Login");
                    options.Conventions.AuthorizePage("/Contact", "Staff");
                    options.Conventions.AuthorizeAreaFolder("Identity", "/Account/Manage", "Members");
                })
                .AddRazorPagesOptions(options => options.Conventions.AuthorizeAreaPage("Reports", "/Summary"));
                """),
            PageModel("Pages/Admin/Index.cshtml.cs", "AdminIndexModel"),
            PageModel("Pages/Admin/Login.cshtml.cs", "AdminLoginModel"),
            PageModel("Pages/Contact.cshtml.cs", "ContactModel"),
            PageModel("Pages/Index.cshtml.cs", "IndexModel"),
            PageModel("Pages/Administration/Index.cshtml.cs", "AdministrationModel"),
            PageModel("Areas/Identity/Pages/Account/Manage/Email.cshtml.cs", "EmailModel"),
            PageModel("Areas/Identity/Pages/Account/Login.cshtml.cs", "LoginModel"),
            PageModel("Pages/Account/Manage/Phone.cshtml.cs", "PhoneModel"),
            PageModel(@"C:\src\Site\Areas\Reports\Pages\Summary.cshtml.cs", "SummaryModel"));

        Assert.Equal(Audience.SignedIn("signed-in users"), Page(app, "AdminIndexModel"));
        Assert.Equal(Audience.Public, Page(app, "AdminLoginModel"));
        Assert.Equal(Audience.SignedIn("policy 'Staff'"), Page(app, "ContactModel"));
        Assert.Equal(Audience.Public, Page(app, "IndexModel"));
        Assert.Equal(Audience.Public, Page(app, "AdministrationModel"));
        Assert.Equal(Audience.SignedIn("policy 'Members'"), Page(app, "EmailModel"));
        Assert.Equal(Audience.Public, Page(app, "LoginModel"));
        Assert.Equal(Audience.Public, Page(app, "PhoneModel"));
        Assert.Equal(Audience.SignedIn("signed-in users"), Page(app, "SummaryModel"));
    }

    [Fact]
    public void TheRootFolderConvention_AppliesToEveryPageOutsideAreas_AndAComputedAnonymousFolderToAnyPage()
    {
        var root = AudienceCompilation.Of(
            null,
            Program("""builder.Services.AddRazorPages(o => o.Conventions.AuthorizeFolder("/"));"""),
            PageModel("Pages/Index.cshtml.cs", "IndexModel"),
            PageModel("Areas/Shop/Pages/Index.cshtml.cs", "ShopModel"));
        var computed = AudienceCompilation.Of(
            null,
            Program("""
                var openFolder = builder.Configuration["OpenFolder"]!;
                builder.Services.AddRazorPages(o => o.Conventions.AuthorizeFolder("/").AllowAnonymousToFolder(openFolder));
                """),
            PageModel("Pages/Index.cshtml.cs", "IndexModel"));

        Assert.Equal(Audience.SignedIn("signed-in users"), Page(root, "IndexModel"));
        Assert.Equal(Audience.Public, Page(root, "ShopModel"));
        Assert.Equal(Audience.Public, Page(computed, "IndexModel"));
    }

    [Fact]
    public void AttributesOnThePageModelAndItsBase_Apply_AndAllowAnonymousOverridesAFolderConvention()
    {
        var app = AudienceCompilation.Of(
            null,
            Program("""builder.Services.AddRazorPages(o => o.Conventions.AuthorizeFolder("/Admin"));"""),
            ("Pages/EditorPageModel.cs", """
                namespace Site.Pages
                {
                    [Authorize(Roles = "Editor")]
                    public abstract class EditorPageModel : PageModel { }
                }
                """),
            PageModel("Pages/Articles/Edit.cshtml.cs", "EditModel", baseType: "EditorPageModel"),
            PageModel("Pages/Speakers.cshtml.cs", "SpeakersModel", "[Authorize(Policy = \"Organisers\")]"),
            PageModel("Pages/Admin/Status.cshtml.cs", "StatusModel", "[AllowAnonymous]"));

        Assert.Equal(Audience.SignedIn("role 'Editor'"), Page(app, "EditModel"));
        Assert.Equal(Audience.SignedIn("policy 'Organisers'"), Page(app, "SpeakersModel"));
        Assert.Equal(Audience.Public, Page(app, "StatusModel"));
    }

    [Fact]
    public void APagePathGivenByTheCaller_DecidesWhichConventionsApply()
    {
        var app = AudienceCompilation.Of(
            null,
            Program("""builder.Services.AddRazorPages(o => o.Conventions.AuthorizeFolder("/Admin").AuthorizeAreaFolder("Identity", "/Account/Manage"));"""),
            PageModel("Models/SharedModel.cs", "SharedModel"));
        var model = app.Type("Site.Pages.SharedModel");

        Assert.Equal(Audience.Public, app.Model.ForPageModel(model, null));
        Assert.Equal(Audience.SignedIn("signed-in users"), app.Model.ForPageModel(model, "/Admin/Index"));
        Assert.Equal(Audience.SignedIn("signed-in users"), app.Model.ForPageModel(model, "/Areas/Identity/Pages/Account/Manage/Index.cshtml"));
        Assert.Equal(Audience.Public, app.Model.ForPageModel(model, "/Account/Manage/Index"));
    }

    // What the Razor source generator emits for a .cshtml page, in shape: the page class, its identifier, the
    // @attribute directives as attributes, and the Model property that links it to its page model.
    private static (string Path, string Source) GeneratedPage(string identifier, string className, string model, string attributes = "") =>
        ("obj/Generated/" + className + ".g.cs", $$"""
            namespace AspNetCoreGeneratedDocument
            {
                {{attributes}}
                [global::Microsoft.AspNetCore.Razor.Hosting.RazorCompiledItemMetadataAttribute("Identifier", "{{identifier}}")]
                internal sealed class {{className}} : global::Microsoft.AspNetCore.Mvc.RazorPages.Page
                {
                    public override Task ExecuteAsync() => Task.CompletedTask;
                    public {{model}} Model => ({{model}})PageContext.ViewData.Model!;
                }
            }
            """);

    [Fact]
    public void TheGeneratedPage_GivesItsPathAndItsAttributes_AskedThroughItOrThroughItsModel()
    {
        var app = AudienceCompilation.Of(
            null,
            Program("""builder.Services.AddRazorPages(o => o.Conventions.AuthorizeFolder("/Staff", "Staff"));"""),
            PageModel("Models/RotaModel.cs", "RotaModel"),
            PageModel("Models/RosterModel.cs", "RosterModel"),
            PageModel("Models/AboutModel.cs", "AboutModel"),
            GeneratedPage("/Pages/Staff/Rota.cshtml", "Pages_Staff_Rota", "Site.Pages.RotaModel"),
            GeneratedPage("/Pages/Roster.cshtml", "Pages_Roster", "Site.Pages.RosterModel", "[Authorize(Roles = \"Manager\")]"),
            GeneratedPage("/Pages/About.cshtml", "Pages_About", "Site.Pages.AboutModel"));

        Assert.Equal(Audience.SignedIn("policy 'Staff'"), app.Model.ForPageModel(app.Type("AspNetCoreGeneratedDocument.Pages_Staff_Rota"), null));
        Assert.Equal(Audience.SignedIn("policy 'Staff'"), Page(app, "RotaModel"));
        Assert.Equal(Audience.SignedIn("role 'Manager'"), app.Model.ForPageModel(app.Type("AspNetCoreGeneratedDocument.Pages_Roster"), null));
        Assert.Equal(Audience.SignedIn("role 'Manager'"), Page(app, "RosterModel"));
        Assert.Equal(Audience.Public, Page(app, "AboutModel"));
    }

    // Microsoft.AspNetCore.Identity.UI's registration methods, by their public shape.
    private const string IdentityUi = """
        namespace Microsoft.Extensions.DependencyInjection
        {
            public static class IdentityServiceCollectionUIExtensions
            {
                public static Microsoft.AspNetCore.Identity.IdentityBuilder AddDefaultIdentity<TUser>(this IServiceCollection services) where TUser : class =>
                    throw new NotImplementedException();
            }
        }
        """;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void TheIdentityUi_AuthorizesItsManagePagesAndLogout_WhereTheApplicationUsesIt(bool usesIdentityUi)
    {
        var setup = usesIdentityUi ? "builder.Services.AddDefaultIdentity<Microsoft.AspNetCore.Identity.IdentityUser>();" : string.Empty;
        var app = AudienceCompilation.Of(
            null,
            Program(setup),
            ("IdentityUi.cs", IdentityUi),
            PageModel("Areas/Identity/Pages/Account/Manage/PersonalData.cshtml.cs", "PersonalDataModel"),
            PageModel("Areas/Identity/Pages/Account/Logout.cshtml.cs", "LogoutModel"),
            PageModel("Areas/Identity/Pages/Account/Login.cshtml.cs", "LoginModel"));

        var signedIn = usesIdentityUi ? Audience.SignedIn("signed-in users") : Audience.Public;
        Assert.Equal(signedIn, Page(app, "PersonalDataModel"));
        Assert.Equal(signedIn, Page(app, "LogoutModel"));
        Assert.Equal(Audience.Public, Page(app, "LoginModel"));
    }

    [Theory]
    [InlineData("builder.Services.AddAuthorization(o => o.FallbackPolicy = o.DefaultPolicy);", "the fallback policy")]
    [InlineData("builder.Services.AddRazorPages().AddMvcOptions(o => o.Filters.Add(new Microsoft.AspNetCore.Mvc.Authorization.AuthorizeFilter(\"Staff\")));", "policy 'Staff'")]
    public void TheFallbackPolicyAndAGlobalAuthorizeFilter_ApplyToPagesThatDoNotAllowAnonymousVisitors(string setup, string requirement)
    {
        var app = AudienceCompilation.Of(
            null,
            Program(setup + "\nbuilder.Services.AddRazorPages(o => o.Conventions.AllowAnonymousToPage(\"/Index\"));"),
            PageModel("Pages/Index.cshtml.cs", "IndexModel"),
            PageModel("Pages/Privacy.cshtml.cs", "PrivacyModel"),
            PageModel("Pages/Speakers.cshtml.cs", "SpeakersModel", "[AllowAnonymous]"));

        Assert.Equal(Audience.SignedIn(requirement), Page(app, "PrivacyModel"));
        Assert.Equal(Audience.Public, Page(app, "IndexModel"));
        Assert.Equal(Audience.Public, Page(app, "SpeakersModel"));
    }

    [Fact]
    public void RequireAuthorizationOnMapRazorPages_AppliesToEveryPage()
    {
        var app = AudienceCompilation.Of(
            null,
            ("Program.cs", """
                var app = WebApplication.CreateBuilder(args).Build();
                app.MapRazorPages().RequireAuthorization("Staff");
                app.Run();
                """),
            PageModel("Pages/Index.cshtml.cs", "IndexModel"));

        Assert.Equal(Audience.SignedIn("policy 'Staff'"), Page(app, "IndexModel"));
    }

    [Theory]
    [InlineData("/Admin/Index", null, "/Admin/Index")]
    [InlineData("Admin/Index", null, "/Admin/Index")]
    [InlineData("/Pages/Admin/Index.cshtml", null, "/Admin/Index")]
    [InlineData("/Areas/Identity/Pages/Account/Login.cshtml", "Identity", "/Account/Login")]
    [InlineData(@"\Areas\Identity\Pages\Account\Manage\Index.cshtml", "Identity", "/Account/Manage/Index")]
    public void PagePaths_AreReadFromWhatCallersGive(string given, string? area, string path) =>
        Assert.Equal(new RazorPagePath(area, path), RazorPagePath.FromPagePath(given));

    [Theory]
    [InlineData("/src/Site/Pages/Admin/Index.cshtml.cs", null, "/Admin/Index")]
    [InlineData(@"C:\src\Site\Areas\Identity\Pages\Account\Login.cshtml.cs", "Identity", "/Account/Login")]
    [InlineData("/home/me/Pages/Site/Pages/Index.cshtml.cs", null, "/Index")]
    [InlineData("/src/Site/Models/IndexModel.cs", null, null)]
    [InlineData("/src/Site/Views/Home/Index.cshtml", null, null)]
    public void PagePaths_AreReadFromAPageModelsFile(string file, string? area, string? path) =>
        Assert.Equal(path is null ? null : new RazorPagePath(area, path), RazorPagePath.FromFilePath(file));

    private static Audience Page(AudienceCompilation app, string pageModel) =>
        app.Model.ForPageModel(app.Type("Site.Pages." + pageModel), null);
}
