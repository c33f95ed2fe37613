using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Flow;

/// <summary>State kept in fields and auto-properties: what one method of a type stores, another writes out.</summary>
public class FieldStateTests
{
    [Fact]
    public Task WhenOneMethodFillsABuilderFieldAndAnotherSavesIt_ReportsWhereItIsSaved() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            public sealed class RosterReport
            {
                private readonly StringBuilder _lines = new();
                private readonly StringBuilder _totals = new();

                public void Add(DetentionRecord record)
                {
                    _lines.AppendLine(record.FullName + ";" + record.Facility);
                    _totals.AppendLine(record.Facility);
                }

                public void Save()
                {
                    File.WriteAllText("roster.csv", {|PA0001:_lines.ToString()|});
                }
            }
            """));

    [Fact]
    public Task WhenAFieldOrAutoPropertyHoldsAProtectedValue_AnotherMethodLoggingItReports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using Microsoft.Extensions.Logging;

            public sealed class IntakeSession
            {
                private readonly ILogger _logger;
                private string _name = "";
                private string _office = "";

                public IntakeSession(ILogger logger) => _logger = logger;

                public string LastApplicant { get; private set; } = "";

                public void Start(Applicant applicant)
                {
                    _name = applicant.Name;
                    _office = applicant.Office;
                    LastApplicant = applicant.Name;
                }

                public void Finish()
                {
                    _logger.LogInformation("Finished {Name}", {|PA0003:_name|});
                    _logger.LogInformation("Finished at {Office}", _office);
                    _logger.LogInformation("Last was {Name}", {|PA0003:LastApplicant|});
                }
            }
            """));

    [Fact]
    public Task WhenAMethodStoresItsArgumentInTheObject_WritingTheObjectOutReportsWhereItIsWritten() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            public sealed class Outbox
            {
                private readonly List<string> _lines = new();

                public void Add(string line) => _lines.Add(line);

                public void Save(string path) => File.WriteAllLines(path, _lines);
            }

            class Job
            {
                void Run(Applicant applicant, List<FacilityCount> counts)
                {
                    var people = new Outbox();
                    people.Add(applicant.Name);
                    {|PA0001:people|}.Save("people.txt");

                    var statistics = new Outbox();
                    statistics.Add(applicant.Office);
                    statistics.Add(counts.Count.ToString());
                    statistics.Save("statistics.txt");
                }
            }
            """));

    [Fact]
    public Task WhenFieldsHoldOnlyCountsAndLabels_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using Microsoft.Extensions.Logging;

            public sealed class FacilityTally
            {
                private readonly Dictionary<string, int> _perFacility = new();
                private int _total;
                private readonly ILogger _logger;

                public FacilityTally(ILogger logger) => _logger = logger;

                public void Add(DetentionRecord record)
                {
                    _perFacility[record.Facility] = _perFacility.TryGetValue(record.Facility, out var count) ? count + 1 : 1;
                    _total++;
                }

                public void Publish()
                {
                    _logger.LogInformation("{Total} people in {Facilities} facilities", _total, _perFacility.Count);
                    File.WriteAllText("wwwroot/statistics.json", System.Text.Json.JsonSerializer.Serialize(_perFacility));
                }
            }
            """));

    [Fact]
    public Task WhenAServiceStoresWhatItIsGivenInTheDatabase_TheServiceDoesNotBecomeData() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using Microsoft.Extensions.Logging;

            public sealed class Subscription { public string Email { get; set; } = ""; }
            public sealed class ShopDbContext { public List<Subscription> Subscriptions { get; } = new(); }

            public sealed class NewsletterService
            {
                private readonly ShopDbContext _db = new();
                private readonly ILogger _logger;

                public NewsletterService(ILogger logger) => _logger = logger;

                public void Subscribe(string email) => _db.Subscriptions.Add(new Subscription { Email = email });

                public void Report() => _logger.LogInformation("Newsletter service {Service}", this);
            }

            class Orders
            {
                void Place(NewsletterService newsletter, Applicant applicant)
                {
                    newsletter.Subscribe(applicant.Name);
                    newsletter.Report();
                }
            }
            """));
}
