using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Analyzers;

/// <summary>PA0003: protected data written to logs and the console.</summary>
public class ProtectedDataLoggedTests
{
    [Fact]
    public Task WhenProtectedMemberIsLoggedAsTemplateArgument_ReportsOnTheArgument() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using Microsoft.Extensions.Logging;
            class Intake
            {
                void Run(ILogger<Intake> logger, DetentionRecord record) =>
                    logger.LogInformation("Admitted {Name} at {Facility}", {|#0:record.FullName|}, record.Facility);
            }
            """),
            Verify.Diagnostic("PA0003").WithLocation(0).WithArguments("DetentionRecord.FullName", "the log 'ILogger.LogInformation'"));

    [Fact]
    public Task WhenProtectedMemberIsInterpolatedIntoTheMessage_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using Microsoft.Extensions.Logging;
            class Intake
            {
                void Run(ILogger logger, Applicant applicant) => logger.LogWarning({|PA0003:$"Applicant {applicant.Name} is late"|});
            }
            """));

    [Fact]
    public Task WhenWrittenToConsole_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            class Intake
            {
                void Run(DetentionRecord record) => Console.WriteLine({|#0:record.DateOfBirth|});
            }
            """),
            Verify.Diagnostic("PA0003").WithLocation(0).WithArguments("DetentionRecord.DateOfBirth", "the log 'Console.WriteLine'"));

    [Fact]
    public Task WhenOnlyCountsAndUnprotectedValuesAreLogged_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using Microsoft.Extensions.Logging;
            class Intake
            {
                void Run(ILogger logger, List<DetentionRecord> records, Applicant applicant, Product product)
                {
                    logger.LogInformation("Admitted {Count} people", records.Count);
                    logger.LogInformation("Applicant at {Office} with {Cases} cases", applicant.Office, applicant.CaseCount);
                    logger.LogInformation("Product {Name}", product.Name);
                    logger.LogInformation("Field {Field}", nameof(DetentionRecord.FullName));
                    Console.WriteLine(records.Any(r => r.FullName == "x"));
                }
            }
            """));

    [Fact]
    public Task WhenStructuredLogDestructuresAnObjectWithProtectedMembers_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using Microsoft.Extensions.Logging;
            class Intake
            {
                void Run(ILogger logger, Applicant applicant)
                {
                    logger.LogInformation("Admitted {@Applicant}", {|PA0003:applicant|});
                    logger.LogInformation("Admitted {Applicant}", applicant);
                }
            }
            """));

    [Fact]
    public Task WhenWrittenToConsoleOutOrError_ReportsAsALog() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            class Intake
            {
                void Run(Applicant applicant)
                {
                    Console.Out.WriteLine({|#0:applicant.Name|});
                    Console.Error.Write({|PA0003:applicant.Name|});
                }
            }
            """),
            Verify.Diagnostic("PA0003").WithLocation(0).WithArguments("Applicant.Name", "the log 'Console.Out'"));

    [Fact]
    public Task WhenAnExceptionMessageHoldsProtectedData_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            class Cases
            {
                void Run(Applicant applicant) => throw new InvalidOperationException({|PA0003:$"No case for {applicant.Name}"|});
            }
            """));

    [Fact]
    public Task WhenYourOwnExceptionPutsProtectedDataInItsMessage_ReportsWhereItDoes() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            public sealed class CaseException : Exception
            {
                public CaseException(Applicant applicant) : base({|PA0003:"No case for " + applicant.Name|}) { }
            }

            class Cases
            {
                void Run(Applicant applicant) => throw new CaseException(applicant);
            }
            """));

    [Fact]
    public Task WhenYourOwnExceptionIsGivenAnObjectButItsMessageHoldsNoProtectedData_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            // A ticket prints as text, and it holds an applicant: written whole into a message, it would be a leak.
            public sealed class Ticket
            {
                public Applicant Applicant { get; set; } = new();
                public string Office { get; set; } = "";
                public override string ToString() => Office + ": " + Applicant.Name;
            }

            public sealed class TicketException : Exception
            {
                public TicketException(Ticket ticket) : base("No case at office " + ticket.Office) => Ticket = ticket;
                public Ticket Ticket { get; }
            }

            class Cases
            {
                void Run(Ticket ticket) => throw new TicketException(ticket);
            }
            """));
}
