using DetentionStatistics.Model;
using DetentionStatistics.Publishing;
using DetentionStatistics.Roster;
using DetentionStatistics.Statistics;
using PolicyAnalyzers;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton<RosterStore>();
builder.Services.AddSingleton<StatisticsPublisher>();
builder.Services.AddAuthorization(options => options.AddPolicy("CaseWorker", policy => policy.RequireRole("CaseWorker")));
builder.Services.AddControllers();
builder.Services.AddRazorPages();

var app = builder.Build();
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapControllers();
app.MapRazorPages();

// The statistics page's data: counts per facility and per nationality. Aggregates are what the page is for.
app.MapGet("/api/statistics", (RosterStore roster) => DetentionStatisticsCalculator.Summarize(roster.All()));

app.MapPost("/api/publish", (StatisticsPublisher publisher) =>
{
    publisher.Publish();
    return Results.NoContent();
});

#if LEAKS
// MISTAKE (PA0002): an endpoint that returns the roster itself, names and dates of birth, to anyone who asks.
app.MapGet("/api/roster", (RosterStore roster) => roster.All());

// MISTAKE (PA0002): a "search" that projects names and facilities into an anonymous type: still the roster.
app.MapGet("/api/search", (RosterStore roster, string nationality) =>
    roster.All().Where(r => r.Nationality == nationality).Select(r => new { r.FullName, r.Facility }));
#else
// Fixed: the search answers how many, not who.
app.MapGet("/api/search", (RosterStore roster, string nationality) =>
    new { Nationality = nationality, Detained = roster.All().Count(r => r.Nationality == nationality) });

// Fixed: case workers get the roster through an approved disclosure that says why and who approved it.
app.MapGet("/api/caseload", Caseload.ForCaseWorkers).RequireAuthorization("CaseWorker");
#endif

app.Run();

static class Caseload
{
    [AuthorizedDisclosure("Case workers manage their detainees' cases; the endpoint requires the CaseWorker role",
        ApprovedBy = "Data Protection Officer, decision DPO-2024-031")]
    public static IReadOnlyList<DetentionRecord> ForCaseWorkers(RosterStore roster) => roster.All();
}
