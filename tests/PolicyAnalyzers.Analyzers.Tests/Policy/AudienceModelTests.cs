using PolicyAnalyzers.Policy;

namespace PolicyAnalyzers.Tests.Policy;

/// <summary>
/// The audience of controller actions, gRPC methods and Razor components: [Authorize]/[AllowAnonymous] on them and
/// their base types, authorization filters, "signedin" rows, a global AuthorizeFilter, conventions on
/// MapControllers/MapGrpcService/MapRazorComponents and the fallback policy.
/// </summary>
public class AudienceModelTests
{
    private const string Shop = """
        namespace Shop
        {
            public sealed class Customer { public string Email { get; set; } = ""; }
        }
        """;

    /// <summary>The application: the shop's customer and the given declarations, all in namespace Shop.</summary>
    private static AudienceCompilation InShop(string declarations, string? policyRows = null) =>
        AudienceCompilation.Of(Shop + $$"""
            namespace Shop
            {
                {{declarations}}
            }
            """, policyRows);

    [Fact]
    public void WhenNothingRestrictsAnAction_ItIsPublic()
    {
        var app = InShop("""
            public class CustomersController : ControllerBase
            {
                public Customer[] List() => new Customer[0];
            }
            """);

        Assert.Equal(Audience.Public, app.Action("Shop.CustomersController", "List"));
    }

    [Fact]
    public void WhenTheControllerIsAuthorized_ItsActionsAreForSignedInUsers_AndAllowAnonymousMakesOneActionPublic()
    {
        var app = InShop("""
            [Authorize]
            public class AccountController : Controller
            {
                public Customer Me() => new Customer();

                [AllowAnonymous]
                public Customer Featured() => new Customer();
            }
            """);

        Assert.Equal(Audience.SignedIn("signed-in users"), app.Action("Shop.AccountController", "Me"));
        Assert.Equal(Audience.Public, app.Action("Shop.AccountController", "Featured"));
    }

    [Fact]
    public void WhenTheControllerAllowsAnonymousVisitors_AnAuthorizeOnTheActionDoesNotApply()
    {
        // ASP.NET Core: [AllowAnonymous] bypasses every [Authorize], wherever each is.
        var app = InShop("""
            [AllowAnonymous]
            public class StoreController : Controller
            {
                [Authorize(Roles = "Admin")]
                public Customer[] Everyone() => new Customer[0];
            }
            """);

        Assert.Equal(Audience.Public, app.Action("Shop.StoreController", "Everyone"));
    }

    [Theory]
    [InlineData("[Authorize(\"RequireAdminRole\")]", "policy 'RequireAdminRole'")]
    [InlineData("[Authorize(Policy = \"RequireAdminRole\")]", "policy 'RequireAdminRole'")]
    [InlineData("[Authorize(Roles = \"Admin\")]", "role 'Admin'")]
    [InlineData("[Authorize(Roles = \"Admin,Speaker\")]", "roles 'Admin, Speaker'")]
    [InlineData("[Authorize(AuthenticationSchemes = \"Api\")]", "authentication scheme 'Api'")]
    [InlineData("[Authorize(Policy = \"Export\", Roles = \"Admin\")]", "policy 'Export' and role 'Admin'")]
    [InlineData("[Authorize, Authorize(Roles = \"Admin\")]", "role 'Admin'")]
    public void TheRequirementIsDescribedFromTheAttribute(string attribute, string requirement)
    {
        var app = InShop($$"""
            public class ReportsController : ControllerBase
            {
                {{attribute}}
                public Customer[] Export() => new Customer[0];
            }
            """);

        Assert.Equal(Audience.SignedIn(requirement), app.Action("Shop.ReportsController", "Export"));
    }

    [Fact]
    public void WhenTheControllerAndTheActionBothRequireSomething_BothAreNamed_OutermostFirst()
    {
        var app = InShop("""
            [Authorize(Roles = "Staff")]
            public class ReportsController : ControllerBase
            {
                [Authorize(Policy = "Export")]
                public Customer[] Export() => new Customer[0];
            }
            """);

        Assert.Equal(Audience.SignedIn("role 'Staff' and policy 'Export'"), app.Action("Shop.ReportsController", "Export"));
    }

    [Fact]
    public void AttributesOnBaseControllers_Apply()
    {
        var app = InShop("""
            [Authorize(AuthenticationSchemes = "Api")]
            public abstract class ApiControllerBase : ControllerBase { }

            public abstract class ODataControllerBase : ApiControllerBase { }

            public class CustomersApiController : ODataControllerBase
            {
                public Customer[] Get() => new Customer[0];
            }

            public class PublicController : ControllerBase
            {
                public Customer[] Get() => new Customer[0];
            }
            """);

        Assert.Equal(Audience.SignedIn("authentication scheme 'Api'"), app.Action("Shop.CustomersApiController", "Get"));
        Assert.Equal(Audience.Public, app.Action("Shop.PublicController", "Get"));
    }

    [Fact]
    public void AnActionOverridingAnAuthorizedMethod_InheritsItsAttribute()
    {
        var app = InShop("""
            public abstract class ExportControllerBase : ControllerBase
            {
                [Authorize(Policy = "Export")]
                public virtual Customer[] Export() => new Customer[0];
            }

            public class CustomerExportController : ExportControllerBase
            {
                public override Customer[] Export() => new Customer[0];
            }
            """);

        Assert.Equal(Audience.SignedIn("policy 'Export'"), app.Action("Shop.CustomerExportController", "Export"));
    }

    [Fact]
    public void AnInheritedActionIsJudgedByTheControllerItIsReachedThrough()
    {
        var app = InShop("""
            public abstract class CrudController : ControllerBase
            {
                public Customer[] List() => new Customer[0];
            }

            [Authorize(Roles = "Admin")]
            public class AdminCustomersController : CrudController { }
            """);
        var list = app.Method("Shop.CrudController", "List");

        Assert.Equal(Audience.SignedIn("role 'Admin'"), app.Model.ForAction(list, app.Type("Shop.AdminCustomersController")));
        Assert.Equal(Audience.Public, app.Model.ForAction(list));
    }

    [Fact]
    public void AttributesOfTheApplication_ThatImplementIAuthorizeDataOrIAllowAnonymous_Count()
    {
        var app = InShop("""
            public sealed class AdminOnlyAttribute : AuthorizeAttribute
            {
                public AdminOnlyAttribute() : base("AdminPolicy") { }
            }

            [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
            public sealed class StaffAttribute : Attribute, IAuthorizeData
            {
                public string? Policy { get; set; } = "Staff";
                public string? Roles { get; set; }
                public string? AuthenticationSchemes { get; set; }
            }

            [AttributeUsage(AttributeTargets.Method)]
            public sealed class OpenAttribute : Attribute, IAllowAnonymous { }

            public class BackOfficeController : ControllerBase
            {
                [AdminOnly]
                public Customer[] Admins() => new Customer[0];

                [Staff(Roles = "Clerk")]
                public Customer[] Clerks() => new Customer[0];

                [AdminOnly, Open]
                public Customer[] Opened() => new Customer[0];
            }
            """);

        Assert.Equal(Audience.SignedIn("attribute 'AdminOnly'"), app.Action("Shop.BackOfficeController", "Admins"));
        Assert.Equal(Audience.SignedIn("attribute 'Staff' and role 'Clerk'"), app.Action("Shop.BackOfficeController", "Clerks"));
        Assert.Equal(Audience.Public, app.Action("Shop.BackOfficeController", "Opened"));
    }

    [Fact]
    public void AnAttributeThatIsNotInherited_DoesNotApplyToDerivedControllers()
    {
        var app = InShop("""
            [AttributeUsage(AttributeTargets.Class, Inherited = false)]
            public sealed class ThisControllerOnlyAttribute : AuthorizeAttribute { }

            [ThisControllerOnly]
            public class BaseReportsController : ControllerBase
            {
                public Customer[] Own() => new Customer[0];
            }

            public class DerivedReportsController : BaseReportsController
            {
                public Customer[] Derived() => new Customer[0];
            }
            """);

        Assert.Equal(Audience.SignedIn("attribute 'ThisControllerOnly'"), app.Action("Shop.BaseReportsController", "Own"));
        Assert.Equal(Audience.Public, app.Action("Shop.DerivedReportsController", "Derived"));
    }

    // The shape of Smartstore's admin area: a base controller with a TypeFilterAttribute wrapping an
    // IAsyncAuthorizationFilter, and a permission attribute of the same kind on each action.
    private const string AdminFilters = """
        namespace Shop.Security
        {
            public sealed class AuthorizeAdminAttribute : TypeFilterAttribute
            {
                public AuthorizeAdminAttribute() : base(typeof(AdminAccessFilter)) { }

                private sealed class AdminAccessFilter : IAsyncAuthorizationFilter
                {
                    public Task OnAuthorizationAsync(AuthorizationFilterContext context) => Task.CompletedTask;
                }
            }

            public class PermissionAttribute : TypeFilterAttribute
            {
                public PermissionAttribute(string permission) : base(typeof(PermissionFilter)) => Arguments = new object[] { permission };

                private sealed class PermissionFilter : IAuthorizationFilter
                {
                    public void OnAuthorization(AuthorizationFilterContext context) { }
                }
            }

            public sealed class ReadCustomersAttribute : PermissionAttribute
            {
                public ReadCustomersAttribute() : base("customer.read") { }
            }

            [AttributeUsage(AttributeTargets.Method)]
            public sealed class NeverAuthorizeAttribute : Attribute, IFilterMetadata { }

            // Authorization filters that admit anonymous visitors: a permission every guest holds, the store's state.
            public sealed class AuthorizeShopAccessAttribute : TypeFilterAttribute
            {
                public AuthorizeShopAccessAttribute() : base(typeof(ShopAccessFilter)) { }

                private sealed class ShopAccessFilter : IAsyncAuthorizationFilter
                {
                    public Task OnAuthorizationAsync(AuthorizationFilterContext context) => Task.CompletedTask;
                }
            }

            public sealed class CheckStoreClosedAttribute : TypeFilterAttribute
            {
                public CheckStoreClosedAttribute() : base(typeof(StoreClosedFilter)) { }

                private sealed class StoreClosedFilter : IAuthorizationFilter
                {
                    public void OnAuthorization(AuthorizationFilterContext context) { }
                }
            }
        }
        """;

    [Fact]
    public void TypeFiltersWrappingAuthorizationFilters_OnABaseControllerAndOnActions_MakeActionsSignedIn()
    {
        var app = AudienceCompilation.Of(Shop + AdminFilters + """
            namespace Shop.Storefront
            {
                using Shop.Security;

                [CheckStoreClosed, AuthorizeShopAccess]
                public abstract class PublicController : Controller { }

                public class CatalogController : PublicController
                {
                    public Customer[] Reviews() => new Customer[0];

                    [AuthorizeAdmin]
                    public Customer[] Preview() => new Customer[0];
                }
            }

            namespace Shop.Admin
            {
                using Shop.Security;

                [AuthorizeAdmin]
                public abstract class AdminController : Controller { }

                public class CustomerController : AdminController
                {
                    public Customer[] Dashboard() => new Customer[0];

                    [Permission("customer.read")]
                    public Customer[] List() => new Customer[0];

                    [ReadCustomers]
                    public Customer[] Export() => new Customer[0];

                    [NeverAuthorize]
                    public Customer[] Login() => new Customer[0];
                }
            }
            """);

        Assert.Equal(Audience.SignedIn("filter 'AuthorizeAdmin'"), app.Action("Shop.Admin.CustomerController", "Dashboard"));
        Assert.Equal(Audience.SignedIn("filter 'AuthorizeAdmin' and filter 'Permission(customer.read)'"), app.Action("Shop.Admin.CustomerController", "List"));
        Assert.Equal(Audience.SignedIn("filter 'AuthorizeAdmin' and filter 'ReadCustomers'"), app.Action("Shop.Admin.CustomerController", "Export"));
        Assert.Equal(Audience.Public, app.Action("Shop.Admin.CustomerController", "Login"));
        Assert.Equal(Audience.Public, app.Action("Shop.Storefront.CatalogController", "Reviews"));
        Assert.Equal(Audience.SignedIn("filter 'AuthorizeAdmin'"), app.Action("Shop.Storefront.CatalogController", "Preview"));
    }

    [Fact]
    public void TypeAndServiceFilters_CountWhenTheirFilterAuthorizes_AndANameSaysWhomItAdmits()
    {
        var app = InShop("""
            public sealed class StaffFilter : IAuthorizationFilter
            {
                public void OnAuthorization(AuthorizationFilterContext context) { }
            }

            public sealed class TimingFilter : IActionFilter
            {
                public void OnActionExecuting(ActionExecutingContext context) { }
                public void OnActionExecuted(ActionExecutedContext context) { }
            }

            public sealed class TrackAttribute : TypeFilterAttribute
            {
                public TrackAttribute() : base(typeof(TimingFilter)) { }
            }

            // A name that says "Authorize", but the source shows the filter does not.
            public sealed class AuthorizeLoggingAttribute : TypeFilterAttribute
            {
                public AuthorizeLoggingAttribute() : base(typeof(TimingFilter)) { }
            }

            public sealed class StaffOnlyAttribute() : TypeFilterAttribute(typeof(StaffFilter));

            public sealed class RequireStaffAttribute : Attribute, IAuthorizationFilter
            {
                public void OnAuthorization(AuthorizationFilterContext context) { }
            }

            public sealed class AdminCheckAttribute : TypeFilterAttribute<StaffFilter> { }

            // Authorization filters whose names do not say whom they admit: they may let anonymous visitors in.
            public sealed class OpeningHoursFilter : IAuthorizationFilter
            {
                public void OnAuthorization(AuthorizationFilterContext context) { }
            }

            public sealed class AuthorizeVisitorsAttribute() : TypeFilterAttribute(typeof(OpeningHoursFilter));

            public sealed class CheckRegionAttribute : Attribute, IAuthorizationFilter
            {
                public void OnAuthorization(AuthorizationFilterContext context) { }
            }

            public class ReportsController : ControllerBase
            {
                [TypeFilter(typeof(StaffFilter))] public Customer[] ByType() => new Customer[0];
                [TypeFilter<StaffFilter>] public Customer[] ByGenericType() => new Customer[0];
                [ServiceFilter(typeof(StaffFilter))] public Customer[] ByService() => new Customer[0];
                [StaffOnly] public Customer[] ByPrimaryConstructor() => new Customer[0];
                [RequireStaff] public Customer[] ByFilterAttribute() => new Customer[0];
                [AdminCheck] public Customer[] ByGenericBase() => new Customer[0];
                [TypeFilter(typeof(OpeningHoursFilter))] public Customer[] DuringOpeningHours() => new Customer[0];
                [AuthorizeVisitors] public Customer[] Visitors() => new Customer[0];
                [CheckRegion] public Customer[] InRegion() => new Customer[0];
                [TypeFilter(typeof(TimingFilter))] public Customer[] Timed() => new Customer[0];
                [ServiceFilter(typeof(TimingFilter))] public Customer[] TimedByService() => new Customer[0];
                [Track] public Customer[] Tracked() => new Customer[0];
                [AuthorizeLogging] public Customer[] Logged() => new Customer[0];
            }
            """);

        Assert.Equal(Audience.SignedIn("filter 'StaffFilter'"), app.Action("Shop.ReportsController", "ByType"));
        Assert.Equal(Audience.SignedIn("filter 'StaffFilter'"), app.Action("Shop.ReportsController", "ByGenericType"));
        Assert.Equal(Audience.SignedIn("filter 'StaffFilter'"), app.Action("Shop.ReportsController", "ByService"));
        Assert.Equal(Audience.SignedIn("filter 'StaffOnly'"), app.Action("Shop.ReportsController", "ByPrimaryConstructor"));
        Assert.Equal(Audience.SignedIn("filter 'RequireStaff'"), app.Action("Shop.ReportsController", "ByFilterAttribute"));
        Assert.Equal(Audience.SignedIn("filter 'AdminCheck'"), app.Action("Shop.ReportsController", "ByGenericBase"));
        Assert.Equal(Audience.Public, app.Action("Shop.ReportsController", "DuringOpeningHours"));
        Assert.Equal(Audience.Public, app.Action("Shop.ReportsController", "Visitors"));
        Assert.Equal(Audience.Public, app.Action("Shop.ReportsController", "InRegion"));
        Assert.Equal(Audience.Public, app.Action("Shop.ReportsController", "Timed"));
        Assert.Equal(Audience.Public, app.Action("Shop.ReportsController", "TimedByService"));
        Assert.Equal(Audience.Public, app.Action("Shop.ReportsController", "Tracked"));
        Assert.Equal(Audience.Public, app.Action("Shop.ReportsController", "Logged"));
    }

    [Fact]
    public void FilterAttributesFromAReferencedAssembly_AreRecognisedByTheirNestedFilter_OrElseByName()
    {
        // Built as a build references it: a reference assembly. Nested filter types are in its metadata; which
        // filter a constructor passes to its base is not (that is IL).
        var library = AudienceCompilation.Of(null, ("Security.cs", AdminFilters + """
            namespace Shop.Security
            {
                internal sealed class StaffFilter : IAuthorizationFilter
                {
                    public void OnAuthorization(AuthorizationFilterContext context) { }
                }

                public sealed class AuthorizeStaffAttribute : TypeFilterAttribute
                {
                    public AuthorizeStaffAttribute() : base(typeof(StaffFilter)) { }
                }

                public sealed class AuditAttribute : TypeFilterAttribute
                {
                    public AuditAttribute() : base(typeof(StaffFilter)) { }
                }

                public sealed class AuthorizeGuestsAttribute : TypeFilterAttribute
                {
                    public AuthorizeGuestsAttribute() : base(typeof(StaffFilter)) { }
                }

                public sealed class TraceAttribute : TypeFilterAttribute
                {
                    public TraceAttribute() : base(typeof(TraceFilter)) { }

                    private sealed class TraceFilter : IActionFilter
                    {
                        public void OnActionExecuting(ActionExecutingContext context) { }
                        public void OnActionExecuted(ActionExecutedContext context) { }
                    }
                }
            }
            """)).Compilation;
        using var image = new System.IO.MemoryStream();
        var referenceAssembly = new Microsoft.CodeAnalysis.Emit.EmitOptions(metadataOnly: true, includePrivateMembers: false);
        Assert.True(library.WithAssemblyName("Shop.Security").Emit(image, options: referenceAssembly).Success);
        var reference = Microsoft.CodeAnalysis.MetadataReference.CreateFromImage(image.ToArray());
        var app = AudienceCompilation.Of(null, Verifiers.TestReferences.All.Add(reference), ("Admin.cs", Shop + """
            namespace Shop.Admin
            {
                using Shop.Security;

                [AuthorizeAdmin]
                public abstract class AdminController : Controller { }

                public class CustomerController : AdminController
                {
                    [Permission("customer.read")]
                    public Customer[] List() => new Customer[0];
                }

                public class StoreController : Controller
                {
                    [AuthorizeStaff] public Customer[] Staff() => new Customer[0];
                    [Audit] public Customer[] Audited() => new Customer[0];
                    [AuthorizeGuests] public Customer[] Guests() => new Customer[0];
                    [AuthorizeShopAccess] public Customer[] Shop() => new Customer[0];
                    [Trace] public Customer[] Traced() => new Customer[0];
                }
            }
            """));

        Assert.Equal(Audience.SignedIn("filter 'AuthorizeAdmin' and filter 'Permission(customer.read)'"), app.Action("Shop.Admin.CustomerController", "List"));
        Assert.Equal(Audience.SignedIn("filter 'AuthorizeStaff'"), app.Action("Shop.Admin.StoreController", "Staff"));
        Assert.Equal(Audience.Public, app.Action("Shop.Admin.StoreController", "Traced"));

        Assert.Equal(Audience.Public, app.Action("Shop.Admin.StoreController", "Shop"));

        // Their filter is not nested and their names do not say whom they admit: public (a "signedin" row can name them).
        Assert.Equal(Audience.Public, app.Action("Shop.Admin.StoreController", "Audited"));
        Assert.Equal(Audience.Public, app.Action("Shop.Admin.StoreController", "Guests"));
    }

    [Fact]
    public void SignedInRows_NameAttributesAndBaseClassesTheModelCannotRecognise()
    {
        const string Source = """
            namespace Company.Web
            {
                public sealed class Staff { public string Email { get; set; } = ""; }

                // Checked by middleware the analyzer cannot see.
                [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
                public sealed class StaffOnlyAttribute : Attribute { }

                public abstract class StaffControllerBase : ControllerBase { }

                public class RotaController : StaffControllerBase
                {
                    public Staff[] Get() => new Staff[0];

                    [AllowAnonymous]
                    public Staff[] Open() => new Staff[0];
                }

                public class DirectoryController : ControllerBase
                {
                    [StaffOnly]
                    public Staff[] Get() => new Staff[0];
                }
            }
            """;
        var configured = AudienceCompilation.Of(Source, "signedin T:Company.Web.StaffControllerBase; signedin T:Company.Web.StaffOnlyAttribute");
        var unconfigured = AudienceCompilation.Of(Source);

        Assert.Equal(Audience.SignedIn("base class 'StaffControllerBase'"), configured.Action("Company.Web.RotaController", "Get"));
        Assert.Equal(Audience.SignedIn("attribute 'StaffOnly'"), configured.Action("Company.Web.DirectoryController", "Get"));
        Assert.Equal(Audience.Public, configured.Action("Company.Web.RotaController", "Open"));
        Assert.Equal(Audience.Public, unconfigured.Action("Company.Web.RotaController", "Get"));
        Assert.Equal(Audience.Public, unconfigured.Action("Company.Web.DirectoryController", "Get"));
    }

    private const string FallbackController = """
        namespace Shop
        {
            public class CustomersController : ControllerBase
            {
                public Customer[] List() => new Customer[0];

                [AllowAnonymous]
                public Customer[] Featured() => new Customer[0];

                [Authorize(Roles = "Admin")]
                public Customer[] Admins() => new Customer[0];
            }
        }
        """;

    [Theory]
    [InlineData("builder.Services.AddAuthorization(o => o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());")]
    [InlineData("builder.Services.AddAuthorization(options => { options.FallbackPolicy = options.DefaultPolicy; });")]
    [InlineData("builder.Services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());")]
    public void WhenTheApplicationSetsAFallbackPolicy_EndpointsWithoutAttributesAreSignedIn(string setup)
    {
        var app = AudienceCompilation.WithProgram(Shop + FallbackController, $$"""
            var builder = WebApplication.CreateBuilder(args);
            {{setup}}
            var app = builder.Build();
            app.MapControllers();
            app.Run();
            """);

        Assert.Equal(Audience.SignedIn("the fallback policy"), app.Action("Shop.CustomersController", "List"));
        Assert.Equal(Audience.Public, app.Action("Shop.CustomersController", "Featured"));
        Assert.Equal(Audience.SignedIn("role 'Admin'"), app.Action("Shop.CustomersController", "Admins"));
    }

    [Theory]
    [InlineData("builder.Services.AddAuthorization(o => o.FallbackPolicy = null);")]
    [InlineData("builder.Services.AddAuthorizationBuilder().SetFallbackPolicy(null);")]
    [InlineData("builder.Services.AddAuthorization(o => o.FallbackPolicy = builder.Environment.IsProduction() ? o.DefaultPolicy : null);")]
    [InlineData("builder.Services.AddAuthorization(o => o.DefaultPolicy = new AuthorizationPolicyBuilder().RequireRole(\"Admin\").Build());")]
    public void WhenTheFallbackPolicyIsNullOrMayBe_EndpointsWithoutAttributesArePublic(string setup)
    {
        var app = AudienceCompilation.WithProgram(Shop + FallbackController, $$"""
            using Microsoft.Extensions.Hosting;
            var builder = WebApplication.CreateBuilder(args);
            {{setup}}
            var app = builder.Build();
            app.Run();
            """);

        Assert.Equal(Audience.Public, app.Action("Shop.CustomersController", "List"));
    }

    [Theory]
    [InlineData("new AuthorizeFilter()", "signed-in users")]
    [InlineData("new AuthorizeFilter(\"Staff\")", "policy 'Staff'")]
    [InlineData("new AuthorizeFilter(new AuthorizationPolicyBuilder().RequireRole(\"Staff\").Build())", "role 'Staff'")]
    public void AGlobalAuthorizeFilter_AppliesToEveryAction(string filter, string requirement)
    {
        var app = AudienceCompilation.WithProgram(Shop + FallbackController, $$"""
            using Microsoft.AspNetCore.Mvc.Authorization;
            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddControllersWithViews(options => options.Filters.Add({{filter}}));
            builder.Build().Run();
            """);

        Assert.Equal(Audience.SignedIn(requirement), app.Action("Shop.CustomersController", "List"));
        Assert.Equal(Audience.Public, app.Action("Shop.CustomersController", "Featured"));
    }

    [Fact]
    public void RequireAuthorizationOnMapControllers_AppliesToEveryAction_WhenEveryControllerRouteHasIt()
    {
        const string Secured = """
            var app = WebApplication.CreateBuilder(args).Build();
            app.MapControllers().RequireAuthorization("Staff");
            app.Run();
            """;
        const string OneRouteOpen = """
            var app = WebApplication.CreateBuilder(args).Build();
            app.MapControllers().RequireAuthorization("Staff");
            app.MapControllerRoute("default", "{controller}/{action}");
            app.Run();
            """;

        Assert.Equal(Audience.SignedIn("policy 'Staff'"), AudienceCompilation.WithProgram(Shop + FallbackController, Secured).Action("Shop.CustomersController", "List"));
        Assert.Equal(Audience.Public, AudienceCompilation.WithProgram(Shop + FallbackController, Secured).Action("Shop.CustomersController", "Featured"));
        Assert.Equal(Audience.Public, AudienceCompilation.WithProgram(Shop + FallbackController, OneRouteOpen).Action("Shop.CustomersController", "List"));
    }

    // What the gRPC code generator and Grpc.AspNetCore declare, by their public shape.
    private const string Grpc = """
        namespace Grpc.Core
        {
            public abstract class ServerCallContext { }
        }

        namespace Greet
        {
            public sealed class HelloRequest { }
            public sealed class HelloReply { public string Name { get; set; } = ""; }

            public static partial class Greeter
            {
                public abstract partial class GreeterBase
                {
                    public virtual Task<HelloReply> SayHello(HelloRequest request, Grpc.Core.ServerCallContext context) => throw new NotImplementedException();
                    public virtual Task<HelloReply> SayGoodbye(HelloRequest request, Grpc.Core.ServerCallContext context) => throw new NotImplementedException();
                }
            }
        }

        namespace Microsoft.AspNetCore.Builder
        {
            public sealed class GrpcServiceEndpointConventionBuilder : IEndpointConventionBuilder
            {
                public void Add(Action<EndpointBuilder> convention) { }
            }

            public static class GrpcEndpointRouteBuilderExtensions
            {
                public static GrpcServiceEndpointConventionBuilder MapGrpcService<TService>(this IEndpointRouteBuilder builder) where TService : class =>
                    new GrpcServiceEndpointConventionBuilder();
            }
        }
        """;

    [Fact]
    public void GrpcMethods_TakeTheirAudienceFromTheMethodAndTheServiceClass()
    {
        var app = AudienceCompilation.Of(Grpc + """
            namespace Greet
            {
                [Authorize(Roles = "Staff")]
                public abstract class StaffServiceBase : Greeter.GreeterBase { }

                public sealed class StaffGreeter : StaffServiceBase
                {
                    public override Task<HelloReply> SayHello(HelloRequest request, Grpc.Core.ServerCallContext context) => Task.FromResult(new HelloReply());

                    [AllowAnonymous]
                    public override Task<HelloReply> SayGoodbye(HelloRequest request, Grpc.Core.ServerCallContext context) => Task.FromResult(new HelloReply());
                }

                public sealed class OpenGreeter : Greeter.GreeterBase
                {
                    public override Task<HelloReply> SayHello(HelloRequest request, Grpc.Core.ServerCallContext context) => Task.FromResult(new HelloReply());

                    [Authorize("Greeters")]
                    public override Task<HelloReply> SayGoodbye(HelloRequest request, Grpc.Core.ServerCallContext context) => Task.FromResult(new HelloReply());
                }
            }
            """);

        Assert.Equal(Audience.SignedIn("role 'Staff'"), app.Model.ForGrpcMethod(app.Method("Greet.StaffGreeter", "SayHello")));
        Assert.Equal(Audience.Public, app.Model.ForGrpcMethod(app.Method("Greet.StaffGreeter", "SayGoodbye")));
        Assert.Equal(Audience.Public, app.Model.ForGrpcMethod(app.Method("Greet.OpenGreeter", "SayHello")));
        Assert.Equal(Audience.SignedIn("policy 'Greeters'"), app.Model.ForGrpcMethod(app.Method("Greet.OpenGreeter", "SayGoodbye")));
    }

    [Fact]
    public void GrpcServices_MappedWithRequireAuthorization_AreSignedIn_AndOthersFollowTheFallbackPolicy()
    {
        const string Services = """
            namespace Greet
            {
                public sealed class StaffGreeter : Greeter.GreeterBase
                {
                    public override Task<HelloReply> SayHello(HelloRequest request, Grpc.Core.ServerCallContext context) => Task.FromResult(new HelloReply());
                }

                public sealed class OpenGreeter : Greeter.GreeterBase
                {
                    public override Task<HelloReply> SayHello(HelloRequest request, Grpc.Core.ServerCallContext context) => Task.FromResult(new HelloReply());
                }
            }
            """;
        var mapped = AudienceCompilation.WithProgram(Grpc + Services, """
            var app = WebApplication.CreateBuilder(args).Build();
            app.MapGrpcService<Greet.StaffGreeter>().RequireAuthorization("Staff");
            app.MapGrpcService<Greet.OpenGreeter>();
            app.Run();
            """);
        var withFallback = AudienceCompilation.WithProgram(Grpc + Services, """
            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddAuthorization(o => o.FallbackPolicy = o.DefaultPolicy);
            builder.Build().MapGrpcService<Greet.OpenGreeter>();
            """);

        Assert.Equal(Audience.SignedIn("policy 'Staff'"), mapped.Model.ForGrpcMethod(mapped.Method("Greet.StaffGreeter", "SayHello")));
        Assert.Equal(Audience.Public, mapped.Model.ForGrpcMethod(mapped.Method("Greet.OpenGreeter", "SayHello")));
        Assert.Equal(Audience.SignedIn("the fallback policy"), withFallback.Model.ForGrpcMethod(withFallback.Method("Greet.OpenGreeter", "SayHello")));
    }

    private const string Components = """
        namespace Site.Components
        {
            public sealed class Speaker { public string Email { get; set; } = ""; }

            [Microsoft.AspNetCore.Components.Route("/roster")]
            [Authorize(Roles = "Admin")]
            public partial class Roster : Microsoft.AspNetCore.Components.ComponentBase { }

            [Microsoft.AspNetCore.Components.Route("/speakers")]
            public partial class Speakers : Microsoft.AspNetCore.Components.ComponentBase { }

            [Microsoft.AspNetCore.Components.Route("/about")]
            [AllowAnonymous]
            public partial class About : Microsoft.AspNetCore.Components.ComponentBase { }

            // Not routable: [Authorize] is not enforced on a component the router does not reach.
            [Authorize]
            public partial class SpeakerCard : Microsoft.AspNetCore.Components.ComponentBase { }

            public partial class App : Microsoft.AspNetCore.Components.ComponentBase { }
        }
        """;

    [Fact]
    public void RoutableComponents_TakeTheirAudienceFromTheirAttributes()
    {
        var app = AudienceCompilation.Of(Components);

        Assert.Equal(Audience.SignedIn("role 'Admin'"), app.Model.ForComponent(app.Type("Site.Components.Roster")));
        Assert.Equal(Audience.Public, app.Model.ForComponent(app.Type("Site.Components.Speakers")));
        Assert.Equal(Audience.Public, app.Model.ForComponent(app.Type("Site.Components.SpeakerCard")));
    }

    [Theory]
    [InlineData("app.MapRazorComponents<Site.Components.App>().RequireAuthorization();", "signed-in users")]
    [InlineData("app.MapRazorComponents<Site.Components.App>(); builder.Services.AddAuthorization(o => o.FallbackPolicy = o.DefaultPolicy);", "the fallback policy")]
    public void RoutableComponents_FollowTheirMappingsConventionsAndTheFallbackPolicy(string setup, string requirement)
    {
        var app = AudienceCompilation.WithProgram(Components, $$"""
            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            {{setup}}
            app.Run();
            """);

        Assert.Equal(Audience.SignedIn(requirement), app.Model.ForComponent(app.Type("Site.Components.Speakers")));
        Assert.Equal(Audience.Public, app.Model.ForComponent(app.Type("Site.Components.About")));
    }
}
