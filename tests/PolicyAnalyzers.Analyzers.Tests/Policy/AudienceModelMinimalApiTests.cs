using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PolicyAnalyzers.Policy;

namespace PolicyAnalyzers.Tests.Policy;

/// <summary>
/// The audience of minimal API endpoints: RequireAuthorization/AllowAnonymous/WithMetadata on the endpoint, on its
/// route groups (inline, through locals, nested, in helpers) and attributes on its handler.
/// </summary>
public class AudienceModelMinimalApiTests
{
    private const string Types = """
        namespace Shop
        {
            public sealed class Customer { public string Email { get; set; } = ""; }

            public static class Handlers
            {
                [Authorize(Roles = "Admin")]
                public static Customer[] Admins() => new Customer[0];

                public static Customer[] Everyone() => new Customer[0];
            }
        }
        """;

    /// <summary>More declarations in namespace Shop, beside <see cref="Types"/>.</summary>
    private static string InShop(string declarations) => $$"""

        namespace Shop
        {
            {{declarations}}
        }
        """;

    private static AudienceCompilation App(string program, string shopTypes = "") => AudienceCompilation.WithProgram(Types + InShop(shopTypes), """
        using Shop;
        var app = WebApplication.CreateBuilder(args).Build();

        """ + program + """

        app.Run();
        """);

    [Fact]
    public void AnEndpointWithoutConventions_IsPublic()
    {
        var app = App("""app.MapGet("/customers", () => new Customer[0]);""");

        Assert.Equal(Audience.Public, app.Endpoint("/customers"));
    }

    [Theory]
    [InlineData(".RequireAuthorization()", "signed-in users")]
    [InlineData(".RequireAuthorization(\"Staff\")", "policy 'Staff'")]
    [InlineData(".RequireAuthorization(\"Staff\", \"Auditors\")", "policy 'Staff' and policy 'Auditors'")]
    [InlineData(".WithName(\"customers\").RequireAuthorization(policy => policy.RequireRole(\"Admin\", \"Clerk\")).WithTags(\"x\")", "roles 'Admin, Clerk'")]
    [InlineData(".RequireAuthorization(new AuthorizeAttribute { Roles = \"Admin\" })", "role 'Admin'")]
    [InlineData(".RequireAuthorization(new AuthorizationPolicyBuilder().RequireClaim(\"department\").Build())", "claim 'department'")]
    [InlineData(".RequireAuthorization(new AuthorizationPolicyBuilder().AddRequirements(new Microsoft.AspNetCore.Authorization.Infrastructure.DenyAnonymousAuthorizationRequirement()).Build())", "a policy built in code")]
    [InlineData(".WithMetadata(new AuthorizeAttribute(\"Staff\"))", "policy 'Staff'")]
    public void RequireAuthorizationOnTheEndpoint_IsDescribed(string conventions, string requirement)
    {
        var app = App($$"""app.MapGet("/customers", () => new Customer[0]){{conventions}};""");

        Assert.Equal(Audience.SignedIn(requirement), app.Endpoint("/customers"));
    }

    [Fact]
    public void ConventionsOnTheEndpointThroughALocal_Count()
    {
        var app = App("""
            var customers = app.MapGet("/customers", () => new Customer[0]);
            customers.RequireAuthorization("Staff");
            """);

        Assert.Equal(Audience.SignedIn("policy 'Staff'"), app.Endpoint("/customers"));
    }

    [Fact]
    public void AttributesOnTheHandler_Count()
    {
        var app = App("""
            app.MapGet("/lambda", [Authorize("Staff")] () => new Customer[0]);
            app.MapGet("/method", Handlers.Admins);
            app.MapGet("/plain", Handlers.Everyone);
            app.MapGroup("/g").RequireAuthorization().MapGet("/open", [AllowAnonymous] () => new Customer[0]);
            """);

        Assert.Equal(Audience.SignedIn("policy 'Staff'"), app.Endpoint("/lambda"));
        Assert.Equal(Audience.SignedIn("role 'Admin'"), app.Endpoint("/method"));
        Assert.Equal(Audience.Public, app.Endpoint("/plain"));
        Assert.Equal(Audience.Public, app.Endpoint("/open"));
    }

    [Fact]
    public void RouteGroups_InlineOrThroughALocal_ApplyToTheirEndpoints()
    {
        var app = App("""
            app.MapGroup("/staff").RequireAuthorization("Staff").MapGet("/inline", () => new Customer[0]);

            var admin = app.MapGroup("/admin").RequireAuthorization("Admins");
            admin.MapGet("/local", () => new Customer[0]);

            var open = app.MapGroup("/open");
            open.MapGet("/unrestricted", () => new Customer[0]);
            """);

        Assert.Equal(Audience.SignedIn("policy 'Staff'"), app.Endpoint("/inline"));
        Assert.Equal(Audience.SignedIn("policy 'Admins'"), app.Endpoint("/local"));
        Assert.Equal(Audience.Public, app.Endpoint("/unrestricted"));
    }

    [Fact]
    public void RequireAuthorizationAsAStatementOfItsOwn_OnTheGroupVariable_Applies()
    {
        var app = App("""
            var admin = app.MapGroup("/admin");
            admin.MapGet("/customers", () => new Customer[0]);
            admin.WithTags("admin").RequireAuthorization();
            """);

        Assert.Equal(Audience.SignedIn("signed-in users"), app.Endpoint("/customers"));
    }

    [Fact]
    public void GroupsOfGroups_CarryTheConventionsOfEveryLevel()
    {
        var app = App("""
            var api = app.MapGroup("/api").RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = "Bearer" });
            var admin = api.MapGroup("/admin");
            admin.RequireAuthorization("Admins");
            admin.MapGet("/customers", () => new Customer[0]);
            api.MapGroup("/reports").MapGet("/reports", () => new Customer[0]);
            """);

        Assert.Equal(Audience.SignedIn("authentication scheme 'Bearer' and policy 'Admins'"), app.Endpoint("/customers"));
        Assert.Equal(Audience.SignedIn("authentication scheme 'Bearer'"), app.Endpoint("/reports"));
    }

    [Fact]
    public void AllowAnonymous_OnTheEndpointOrOnAGroup_OverridesRequireAuthorization()
    {
        var app = App("""
            var admin = app.MapGroup("/admin").RequireAuthorization("Admins");
            admin.MapGet("/login", () => new Customer[0]).AllowAnonymous();
            admin.MapGet("/meta", () => new Customer[0]).WithMetadata(new AllowAnonymousAttribute());
            admin.MapGet("/customers", () => new Customer[0]);

            var open = app.MapGroup("/open").AllowAnonymous();
            open.MapGet("/featured", () => new Customer[0]).RequireAuthorization();
            """);

        Assert.Equal(Audience.Public, app.Endpoint("/login"));
        Assert.Equal(Audience.Public, app.Endpoint("/meta"));
        Assert.Equal(Audience.SignedIn("policy 'Admins'"), app.Endpoint("/customers"));
        Assert.Equal(Audience.Public, app.Endpoint("/featured"));
    }

    [Fact]
    public void AHelperThatMapsOnTheGroupItIsGiven_TakesTheGroupOfEachCallSite()
    {
        const string Helpers = """
            public static class AdminApi
            {
                public static RouteGroupBuilder MapAdminApi(this RouteGroupBuilder group)
                {
                    group.MapGet("/admin/customers", () => new Customer[0]);
                    return group;
                }

                public static void MapReports(IEndpointRouteBuilder routes) =>
                    routes.MapGet("/reports", () => new Customer[0]);

                public static void Secure(RouteGroupBuilder group) => group.RequireAuthorization("Auditors");
            }
            """;
        var app = App("""
            app.MapGroup("/admin").MapAdminApi().RequireAuthorization("Staff");

            var reports = app.MapGroup("/reports");
            AdminApi.MapReports(reports);
            AdminApi.Secure(reports);
            """, Helpers);
        var reportsAlsoOpen = App("""
            AdminApi.MapReports(app.MapGroup("/secured").RequireAuthorization());
            AdminApi.MapReports(app.MapGroup("/open"));
            """, Helpers);

        Assert.Equal(Audience.SignedIn("policy 'Staff'"), app.Endpoint("/admin/customers"));
        Assert.Equal(Audience.SignedIn("policy 'Auditors'"), app.Endpoint("/reports"));
        Assert.Equal(Audience.Public, reportsAlsoOpen.Endpoint("/reports"));
    }

    [Fact]
    public void AHelperThatReturnsItsGroup_TakesTheConventionsItsCallersApply()
    {
        // The shape of eShop's APIs: app.MapOrdersApi().RequireAuthorization().
        var app = App("""
            app.MapOrdersApi().RequireAuthorization();
            """, """
            public static class OrdersApi
            {
                public static RouteGroupBuilder MapOrdersApi(this IEndpointRouteBuilder app)
                {
                    var api = app.MapGroup("api/orders");
                    api.MapGet("/orders/mine", () => new Customer[0]);
                    return api;
                }
            }
            """);

        Assert.Equal(Audience.SignedIn("signed-in users"), app.Endpoint("/orders/mine"));
    }

    [Fact]
    public void LocalFunctionsOfProgram_AreFollowedLikeHelpers()
    {
        var app = App("""
            MapAdmin(app.MapGroup("/admin").RequireAuthorization("Staff"));

            void MapAdmin(RouteGroupBuilder group) => group.MapGet("/customers", () => new Customer[0]);
            """);

        Assert.Equal(Audience.SignedIn("policy 'Staff'"), app.Endpoint("/customers"));
    }

    [Fact]
    public void AHelperWhoseCallersAreNotAllKnown_HasNoGroupConventions()
    {
        // A public helper of a library can be called from other assemblies; a method group can be called anywhere.
        var library = AudienceCompilation.Of(Types + InShop("""
            public static class PublicApi
            {
                public static void MapCustomers(RouteGroupBuilder group) => group.MapGet("/library", () => new Customer[0]);

                public static void Configure(WebApplication app) => MapCustomers(app.MapGroup("/secured").RequireAuthorization());
            }

            internal static class InternalApi
            {
                public static void MapCustomers(RouteGroupBuilder group) => group.MapGet("/internal", () => new Customer[0]);

                public static void Configure(WebApplication app) => MapCustomers(app.MapGroup("/secured").RequireAuthorization());
            }
            """));
        var delegated = App("""
            Action<RouteGroupBuilder> map = MapCustomers;
            map(app.MapGroup("/open"));
            MapCustomers(app.MapGroup("/secured").RequireAuthorization());

            void MapCustomers(RouteGroupBuilder group) => group.MapGet("/delegated", () => new Customer[0]);
            """);

        Assert.Equal(Audience.Public, library.Endpoint("/library"));
        Assert.Equal(Audience.SignedIn("signed-in users"), library.Endpoint("/internal"));
        Assert.Equal(Audience.Public, delegated.Endpoint("/delegated"));
    }

    [Fact]
    public void AGroupInAFieldIsUndecided_PublicUnlessTheFallbackPolicyApplies()
    {
        const string Api = """
            public sealed class CustomerApi
            {
                private readonly RouteGroupBuilder _group;

                public CustomerApi(WebApplication app) => _group = app.MapGroup("/customers").RequireAuthorization();

                public void Map() => _group.MapGet("/field", () => new Customer[0]);
            }
            """;
        var withoutFallback = App("new CustomerApi(app).Map();", Api);
        var withFallback = AudienceCompilation.WithProgram(Types + InShop(Api), """
            using Shop;
            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddAuthorization(options => options.FallbackPolicy = options.DefaultPolicy);
            var app = builder.Build();
            new CustomerApi(app).Map();
            app.MapGet("/open", () => new Customer[0]).AllowAnonymous();
            app.Run();
            """);

        Assert.Equal(Audience.Public, withoutFallback.Endpoint("/field"));
        Assert.Equal(Audience.SignedIn("the fallback policy"), withFallback.Endpoint("/field"));
        Assert.Equal(Audience.Public, withFallback.Endpoint("/open"));
    }

    [Fact]
    public void GroupsThatFlowBackIntoThemselves_KeepTheConventionsOfWhereTheyStart()
    {
        var app = App("""
            var group = app.MapGroup("/a").RequireAuthorization("Staff");
            group = group.MapGroup("/b");
            group.MapGet("/reassigned", () => new Customer[0]);

            Map(app.MapGroup("/c").RequireAuthorization("Auditors"), 3);

            var open = app.MapGroup("/open");
            open = open.MapGroup("/nested");
            open.MapGet("/open", () => new Customer[0]);

            RouteGroupBuilder Map(RouteGroupBuilder routes, int depth)
            {
                routes.MapGet("/recursive", () => new Customer[0]);
                return depth == 0 ? routes : Map(routes.MapGroup("/deeper"), depth - 1);
            }
            """);

        Assert.Equal(Audience.SignedIn("policy 'Staff'"), app.Endpoint("/reassigned"));
        Assert.Equal(Audience.SignedIn("policy 'Auditors'"), app.Endpoint("/recursive"));
        Assert.Equal(Audience.Public, app.Endpoint("/open"));
    }

    [Fact]
    public void OnCodeThatDoesNotCompile_EveryQuestionHasAnAnswer()
    {
        var compilation = Robustness.AnalysisHarness.Compile("""
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Authorization;
            using Microsoft.AspNetCore.Mvc;

            var app = WebApplication.CreateBuilder(args).Build();
            var group = app.MapGroup(;
            group.MapGet("/broken", () => Missing()).RequireAuthorization(Unknown.Policy);
            Helper(group);
            app.MapGet(
            unknown.MapGet("/unknown", () => 1);
            void Helper(RouteGroupBuilder g) => g.MapPost("/post", [Authorize(Policy = )] () => 1);

            [Authorize(Roles = 42)]
            [TypeFilter(typeof(Nope))]
            public class BrokenController : ControllerBase, IMissing
            {
                [AllowAnonymous(1)]
                public object Get( => null;
            }
            """);
        var model = new AudienceModel(compilation, new ApiPolicy(ProjectPolicy.Empty));
        int mappings = 0, types = 0, methods = 0;

        foreach (var tree in compilation.SyntaxTrees)
        {
            var semantic = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (semantic.GetOperation(node) is IInvocationOperation invocation)
                {
                    Assert.NotNull(model.ForMapping(invocation));
                    mappings++;
                }

                if (semantic.GetDeclaredSymbol(node) is INamedTypeSymbol type)
                {
                    Assert.NotNull(model.ForPageModel(type, null));
                    Assert.NotNull(model.ForComponent(type));
                    types++;
                }

                if (semantic.GetDeclaredSymbol(node) is IMethodSymbol method)
                {
                    Assert.NotNull(model.ForAction(method));
                    Assert.NotNull(model.ForGrpcMethod(method));
                    methods++;
                }
            }
        }

        Assert.True(mappings >= 3 && types >= 1 && methods >= 2, $"asked about {mappings} mappings, {types} types, {methods} methods");
    }
}
