using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Policy;

/// <summary>A project's own policy rows: the same power as the built-in catalog, from a .policy file or a .globalconfig.</summary>
public class ProjectPolicyTests
{
    [Fact]
    public Task WhenAPolicyFileNamesTheAppsOwnExtensionBlockLoggers_TheyAreLogs() =>
        Verify.VerifyAnalyzerAsync(
            TestModel.With("""
            namespace Shop
            {
                public interface IAppLog { void Write(string level, string message); }

                public static class LoggingExtensions
                {
                    extension(IAppLog log)
                    {
                        public void Info(string message) => log.Write("info", message);
                        public void Warn(string message) => log.Write("warn", message);
                    }
                }

                class Gdpr
                {
                    void Erase(IAppLog log, Applicant applicant)
                    {
                        log.Info({|#0:$"Erasing {applicant.Name}"|});
                        log.Warn($"Erasing applicant at {applicant.Office}");
                    }
                }
            }
            """),
            ("PolicyAnalyzers.policy", """
            # Smartstore-style logging helpers
            log M:Shop.LoggingExtensions.{Info,Warn}
            """),
            Verify.Diagnostic("PA0003").WithLocation(0).WithArguments("Applicant.Name", "the log 'LoggingExtensions.Info'"));

    [Fact]
    public Task WhenARowSaysTheReceiverIsWritten_TheObjectThatCarriesDataIsReported() =>
        Verify.VerifyAnalyzerAsync(
            TestModel.With("""
            namespace Company
            {
                public sealed class Report
                {
                    public void Add(string line) { }
                    public void Save(string path) { }
                }

                class Export
                {
                    void Run(Applicant applicant)
                    {
                        var report = new Report();
                        report.Add(applicant.Name);
                        {|PA0001:report|}.Save("people.txt");

                        var counts = new Report();
                        counts.Add(applicant.Office);
                        counts.Save(applicant.Office + ".txt");
                    }
                }
            }
            """),
            ("reports.policy", """
            export M:Company.Report.Save data=this
            accumulator T:Company.Report
            """));

    [Fact]
    public Task WhenARowProtectsAMemberOfATypeThatCannotBeEdited_ItIsProtected() =>
        Verify.VerifyAnalyzerAsync(
            TestModel.With("""
            using Microsoft.Extensions.Logging;

            namespace Vendor.Crm
            {
                public sealed class Contact { public string Email { get; set; } = ""; public string Region { get; set; } = ""; }
            }

            class Sync
            {
                void Run(ILogger logger, Vendor.Crm.Contact contact)
                {
                    logger.LogInformation("Synced {Email}", {|PA0003:contact.Email|});
                    logger.LogInformation("Synced a contact in {Region}", contact.Region);
                }
            }
            """),
            ("PolicyAnalyzers.policy", "protect P:Vendor.Crm.Contact.Email"));

    [Fact]
    public Task WhenTheProjectSaysAllItsSerializersHonourIgnoreDataMember_IgnoredMembersAreNotLeaks() =>
        Verify.VerifyWithGlobalConfigAsync(
            TestModel.With("""
            using System.Runtime.Serialization;
            using System.Text.Json;

            public sealed class ProductModel
            {
                public string Title { get; set; } = "";
                [IgnoreDataMember] public List<Applicant> Reviewers { get; set; } = new();
            }

            public sealed class ReviewModel
            {
                public List<Applicant> Reviewers { get; set; } = new();
            }

            class Api
            {
                string Product(ProductModel product) => JsonSerializer.Serialize(product);
                string Review(ReviewModel review) => JsonSerializer.Serialize({|PA0002:review|});
            }
            """),
            "policy_analyzers.policy = ignore T:System.Runtime.Serialization.IgnoreDataMemberAttribute");

    [Fact]
    public Task WhenAGlobalConfigHoldsSeveralRows_EachApplies() =>
        Verify.VerifyWithGlobalConfigAsync(
            TestModel.With("""
            namespace Company
            {
                public static class Audit { public static void Write(string text) { } }
                public static class Mask { public static string Hide(string text) => "***"; }
            }

            class Intake
            {
                void Run(Applicant applicant)
                {
                    Company.Audit.Write({|PA0003:applicant.Name|});
                    Company.Audit.Write(Company.Mask.Hide(applicant.Name));
                }
            }
            """),
            "policy_analyzers.policy = log M:Company.Audit.Write; declassify M:Company.Mask.Hide");

    [Fact]
    public Task WhenAPolicyRowCannotBeRead_PA0008NamesTheLineAndTheOtherRowsStillApply() =>
        Verify.VerifyAnalyzerAsync(
            TestModel.With("""
            namespace Company { public static class Audit { public static void Write(string text) { } } }

            class Intake
            {
                void Run(Applicant applicant) => Company.Audit.Write({|PA0003:applicant.Name|});
            }
            """),
            ("/0/PolicyAnalyzers.policy", """
            log M:Company.Audit.Write
            exports M:Company.Upload.Send
            """),
            Verify.Diagnostic("PA0008").WithSpan("/0/PolicyAnalyzers.policy", 2, 1, 2, 1)
                .WithArguments("expected a verb (export, log, declassify... as docs/policy.md lists them) and an API: exports M:Company.Upload.Send"));

    [Fact]
    public Task WhenEveryRowIsReadable_NoPA0008() =>
        Verify.VerifyAnalyzerAsync("class Empty { }", ("PolicyAnalyzers.policy", "log M:Company.Audit.Write\n# fine\n"));
}
