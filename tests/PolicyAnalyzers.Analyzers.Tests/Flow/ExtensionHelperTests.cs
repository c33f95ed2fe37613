using System.Threading.Tasks;
using Xunit;
using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Flow
{
    /// <summary>An application's own logging helpers over ILogger, written as classic extension methods or C# 14 extension blocks.</summary>
    public class ExtensionHelperTests
    {
        [Fact]
        public Task WhenAnExtensionBlockHelperLogsItsArgument_ReportsAtTheCallerNamingTheHelper() =>
            Verify.VerifyAnalyzerAsync(TestModel.With("""
                using Microsoft.Extensions.Logging;

                public static class LoggingExtensions
                {
                    extension(ILogger logger)
                    {
                        public void Info(string message) => logger.LogInformation(message);
                    }
                }

                class Gdpr
                {
                    void Erase(ILogger logger, Applicant applicant)
                    {
                        logger.Info({|#0:"Erasing " + applicant.Name|});
                        logger.Info("Erasing an applicant with " + applicant.CaseCount + " cases");
                    }
                }
                """),
                Verify.Diagnostic("PA0003").WithLocation(0)
                    .WithArguments("Applicant.Name", "the log 'ILogger.LogInformation' through 'LoggingExtensions.Info'"));

        [Fact]
        public Task WhenAnExtensionBlockMemberLogsAProtectedMemberOfItsReceiver_ReportsWhereItIsRead() =>
            Verify.VerifyAnalyzerAsync(TestModel.With("""
                using Microsoft.Extensions.Logging;

                public static class ApplicantExtensions
                {
                    extension(Applicant applicant)
                    {
                        public void Trace(ILogger logger) => logger.LogInformation("Applicant {Name}", {|PA0003:applicant.Name|});
                        public int Cases => applicant.CaseCount;
                    }
                }

                class Intake
                {
                    void Run(ILogger logger, Applicant applicant)
                    {
                        applicant.Trace(logger);
                        logger.LogInformation("{Cases} cases", applicant.Cases);
                    }
                }
                """));

        [Fact]
        public Task WhenAClassicExtensionHelperLogsItsArgument_ReportsAtTheCaller() =>
            Verify.VerifyAnalyzerAsync(TestModel.With("""
                using Microsoft.Extensions.Logging;

                public static class LoggingExtensions
                {
                    public static void Warn(this ILogger logger, string message) => logger.LogWarning(message);
                }

                class Gdpr
                {
                    void Erase(ILogger logger, Applicant applicant)
                    {
                        logger.Warn({|PA0003:$"Could not erase {applicant.Name}"|});
                        logger.Warn($"Could not erase an applicant at {applicant.Office}");
                    }
                }
                """));
    }
}
