using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Flow;

/// <summary>An object built from protected values holds them in some members only: its other members are not protected.</summary>
public class MemberPrecisionTests
{
    [Fact]
    public Task WhenAModelIsBuiltWithAnInitializer_OnlyTheMembersThatReceivedProtectedDataAreProtected() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using Microsoft.Extensions.Logging;

            public sealed class CaseModel
            {
                public string ApplicantName { get; set; } = "";
                public string Office { get; set; } = "";
                public string CaseUrl { get; set; } = "";
            }

            class Cases
            {
                void Run(Applicant applicant, ILogger logger)
                {
                    var model = new CaseModel { ApplicantName = applicant.Name, Office = applicant.Office, CaseUrl = "/cases/" + applicant.CaseCount };
                    logger.LogInformation("Redirecting to {Url}", model.CaseUrl);
                    logger.LogInformation("Office {Office}", model.Office);
                    logger.LogInformation("Applicant {Name}", {|PA0003:model.ApplicantName|});
                    File.WriteAllText("case.json", System.Text.Json.JsonSerializer.Serialize({|PA0002:model|}));
                }
            }
            """));

    [Fact]
    public Task WhenAMemberIsSetAfterCreation_ThatMemberIsProtected() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using Microsoft.Extensions.Logging;

            public sealed class OrderModel { public int Id { get; set; } public string Email { get; set; } = ""; }

            class Orders
            {
                void Run(Applicant applicant, ILogger logger)
                {
                    var order = new OrderModel();
                    order.Id = applicant.CaseCount;
                    order.Email = applicant.Name;
                    logger.LogInformation("Order {Id}", order.Id);
                    logger.LogInformation("Order for {Email}", {|PA0003:order.Email|});
                }
            }
            """));

    [Fact]
    public Task WhenAnAnonymousObjectOrATupleHoldsProtectedData_OnlyThoseElementsAreProtected() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("Applicant applicant, TextWriter writer", """
            var row = new { applicant.Name, applicant.Office };
            writer.Write(row.Office);
            writer.Write({|PA0001:row.Name|});

            var pair = (Who: applicant.Name, Where: applicant.Office);
            writer.Write(pair.Where);
            writer.Write(pair.Item2);
            writer.Write({|PA0001:pair.Who|});
            writer.Write({|PA0001:pair.Item1|});
            """));

    [Fact]
    public Task WhenARecordIsBuiltFromProtectedData_ItsOtherPositionalMembersAreNotProtected() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            public sealed record ApplicantRow(string Name, string Office, int Cases);

            class Export
            {
                void Run(Applicant applicant, TextWriter writer)
                {
                    var row = new ApplicantRow(applicant.Name, applicant.Office, applicant.CaseCount);
                    writer.Write(row.Office);
                    writer.Write(row.Cases);
                    writer.Write({|PA0001:row.Name|});
                    writer.Write({|PA0001:row|});
                }
            }
            """));

    [Fact]
    public Task WhenTheOnlyMemberThatHoldsProtectedDataIsIgnoredOrNotPrinted_WritingTheObjectIsNotALeak() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using System.Text.Json;
            using System.Text.Json.Serialization;
            using Microsoft.Extensions.Logging;

            public sealed class CaseSummary
            {
                [JsonIgnore] public string ApplicantName { get; set; } = "";
                public string Office { get; set; } = "";
            }

            class Publish
            {
                void Run(Applicant applicant, ILogger logger)
                {
                    var summary = new CaseSummary { ApplicantName = applicant.Name, Office = applicant.Office };
                    File.WriteAllText("summary.json", JsonSerializer.Serialize(summary));
                    File.WriteAllText("summary-newtonsoft.json", Newtonsoft.Json.JsonConvert.SerializeObject({|PA0002:summary|}));

                    // A class without ToString prints its type name.
                    logger.LogInformation("Published {Summary}", summary);
                    logger.LogInformation($"Published {summary}");
                }
            }
            """));

    [Fact]
    public Task WhenALibraryTurnsAnObjectThatHoldsDataInSomeMembersIntoText_OnlyWhatItsToStringPrintsCounts() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            public sealed class Account { public string Id { get; set; } = ""; public string Name { get; set; } = ""; }
            public sealed record AccountRow(string Id, string Name);

            static class Directory { public static string IdOf(object account) => ""; }

            class Profile
            {
                void Save(Applicant applicant)
                {
                    var account = new Account { Id = "42" };
                    account.Name = applicant.Name;
                    var id = string.Concat("user-", account.ToString());
                    Console.WriteLine($"Saving {id}");
                    var row = string.Join(",", new AccountRow("42", applicant.Name));
                    throw new InvalidOperationException({|PA0003:$"Could not save {row}"|});
                }
            }
            """));

    [Fact]
    public Task WhenAnEntityReachesAHelperAmongOtherObjects_TheIdsAndDatesItLogsAreNotProtected() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using Microsoft.Extensions.Logging;

            public sealed class Order
            {
                public int Id { get; set; }
                public DateTime CreatedOnUtc { get; set; }
                public Guid Reference { get; set; }
                public string Note { get; set; } = "";
            }

            class Messages
            {
                private readonly ILogger _logger;
                public Messages(ILogger logger) => _logger = logger;

                // A message factory: the model parts are whatever the caller had, the applicant's name among them.
                void Send(Applicant applicant, Order order) => Create(applicant.Name, order);

                void Create(params object[] parts)
                {
                    var order = parts.OfType<Order>().First();
                    _logger.LogInformation("Order {Id} from {Created} ({Reference}) is too old", order.Id, order.CreatedOnUtc, order.Reference);
                }
            }
            """));

    [Fact]
    public Task WhenTextOfAnEntityThatReachedAHelperAmongOtherObjectsIsLogged_ItIsReported() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using Microsoft.Extensions.Logging;

            public sealed class Order { public int Id { get; set; } public string Note { get; set; } = ""; }

            class Messages
            {
                private readonly ILogger _logger;
                public Messages(ILogger logger) => _logger = logger;

                void Send(Applicant applicant, Order order) => Create({|PA0003:applicant.Name|}, order);

                void Create(params object[] parts)
                {
                    var order = parts.OfType<Order>().First();
                    _logger.LogInformation("Order note {Note}", order.Note);
                }
            }
            """));

    [Fact]
    public Task WhenAProtectedNumberOrDateIsRead_ItStaysProtected() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using Microsoft.Extensions.Logging;

            public sealed class Case
            {
                public int Number { get; set; }
                [ProtectedData] public DateTime BirthDate { get; set; }
            }

            class Cases
            {
                void Run(DetentionRecord record, Case item, ILogger logger)
                {
                    logger.LogInformation("Born {Date}", {|PA0003:record.DateOfBirth|});
                    logger.LogInformation("Born {Date}", {|PA0003:item.BirthDate|});
                    logger.LogInformation("Case {Number}", item.Number);

                    var model = new Case { Number = record.DateOfBirth.Year };
                    logger.LogInformation("Year {Year}", {|PA0003:model.Number|});
                }
            }
            """));
}
