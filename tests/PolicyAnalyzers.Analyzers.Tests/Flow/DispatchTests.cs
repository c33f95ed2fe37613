using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Flow;

/// <summary>Calls through interfaces and virtual methods reach the implementations in the compilation: services behind dependency injection.</summary>
public class DispatchTests
{
    private const string Mailer = """
        public interface IMailer
        {
            void Send(string to, string body);
            int Queued(string to);
        }

        public sealed class SmtpMailer : IMailer
        {
            public void Send(string to, string body) => File.AppendAllText("outbox.txt", to + ": " + body);
            public int Queued(string to) => 0;
        }

        public sealed class NullMailer : IMailer
        {
            public void Send(string to, string body) { }
            public int Queued(string to) => to.Length;
        }
        """;

    [Fact]
    public Task WhenAnInjectedServiceWritesWhatItIsGiven_ReportsAtTheCallThroughTheInterface() =>
        Verify.VerifyAnalyzerAsync(TestModel.With(Mailer + """
            public sealed class CaseController
            {
                private readonly IMailer _mailer;

                public CaseController(IMailer mailer) => _mailer = mailer;

                public void Notify(Applicant applicant)
                {
                    _mailer.Send("casework@agency.example", {|#0:"Admitted " + applicant.Name|});
                    _mailer.Send("casework@agency.example", "Admitted one applicant at " + applicant.Office);
                    var queued = _mailer.Queued(applicant.Name);
                    _mailer.Send("stats@agency.example", queued.ToString());
                }
            }
            """),
            Verify.Diagnostic("PA0001").WithLocation(0)
                .WithArguments("Applicant.Name", "the export 'File.AppendAllText' through 'IMailer.Send'"));

    [Fact]
    public Task WhenAnOverrideWritesWhatTheBaseMethodIsGiven_ReportsAtTheCallThroughTheBase() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            public abstract class Exporter
            {
                public abstract void Write(string line);
                public virtual void Flush(string footer) { }
            }

            public sealed class FileExporter : Exporter
            {
                public override void Write(string line) => File.AppendAllText("export.csv", line);
                public override void Flush(string footer) => File.AppendAllText("export.csv", footer);
            }

            class Job
            {
                void Run(Exporter exporter, Applicant applicant, List<FacilityCount> counts)
                {
                    exporter.Write({|PA0001:applicant.Name|});
                    exporter.Flush({|PA0001:applicant.Name|});
                    exporter.Write(counts.Count.ToString());
                }
            }
            """));

    [Fact]
    public Task WhenImplementationsReturnProtectedData_TheCallerGetsIt() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using Microsoft.Extensions.Logging;

            public interface IApplicantDirectory
            {
                string NameOf(Applicant applicant);
                string OfficeOf(Applicant applicant);
            }

            public sealed class ApplicantDirectory : IApplicantDirectory
            {
                public string NameOf(Applicant applicant) => applicant.Name;
                public string OfficeOf(Applicant applicant) => applicant.Office;
            }

            class Audit
            {
                void Run(IApplicantDirectory directory, Applicant applicant, ILogger logger)
                {
                    logger.LogInformation("Seen {Name}", {|PA0003:directory.NameOf(applicant)|});
                    logger.LogInformation("Seen at {Office}", directory.OfficeOf(applicant));
                }
            }
            """));

    [Fact]
    public Task WhenAServiceIsCalledWithCountsOnly_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.With(Mailer + """
            class Statistics
            {
                void Run(IMailer mailer, List<DetentionRecord> records)
                {
                    var perFacility = records.GroupBy(r => r.Facility).Select(g => g.Key + ": " + g.Count());
                    mailer.Send("stats@agency.example", string.Join("\n", perFacility));
                    mailer.Send("stats@agency.example", records.Count.ToString());
                }
            }
            """));

    [Fact]
    public Task WhenAnInterfaceHasNoImplementationInTheCompilation_ItIsALibraryCall() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            public interface IRemoteAudit { string Describe(string text); }

            class Job
            {
                void Run(IRemoteAudit audit, Applicant applicant, TextWriter writer)
                {
                    // What goes in is assumed to come out, as for any library method.
                    writer.Write({|PA0001:audit.Describe(applicant.Name)|});
                    writer.Write(audit.Describe(applicant.Office));
                }
            }
            """));

    [Fact]
    public Task WhenAPropertyIsReadThroughAnInterface_ItsImplementationsDecide() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using Microsoft.Extensions.Logging;

            public interface IWorkContext
            {
                string CurrentName { get; }
                string CurrentOffice { get; }
            }

            public sealed class WorkContext : IWorkContext
            {
                private readonly Applicant _current = new();
                public string CurrentName => _current.Name;
                public string CurrentOffice => _current.Office;
            }

            class Greeter
            {
                void Run(IWorkContext context, ILogger logger)
                {
                    logger.LogInformation("Hello {Name}", {|PA0003:context.CurrentName|});
                    logger.LogInformation("Office {Office}", context.CurrentOffice);
                }
            }
            """));
}
