using Microsoft.CodeAnalysis;
using PolicyAnalyzers.Tests.Verifiers;
using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Flow;

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

    [Fact]
    public Task WhenAReferencedProjectsLoggingHelpersAreCalled_TheyAreLogsWithoutConfiguration() =>
        Verify.VerifyWithReferenceAsync(
            TestModel.With("""
            using Microsoft.Extensions.Logging;

            class Gdpr
            {
                void Erase(ILogger logger, Applicant applicant, Shop.Catalog catalog)
                {
                    logger.Info({|#0:"Erasing " + applicant.Name|});
                    logger.Error({|#1:applicant.Name|}, null);
                    logger.Info($"Erased an applicant with {applicant.CaseCount} cases");
                    catalog.Info(applicant.Name);
                }
            }
            """),
            SmartstoreStyleLogging(),
            Verify.Diagnostic("PA0003").WithLocation(0).WithArguments("Applicant.Name", "the log 'ILogger.Info'"),
            Verify.Diagnostic("PA0003").WithLocation(1).WithArguments("Applicant.Name", "the log 'ILogger.Error'"));

    /// <summary>
    /// A referenced project with logging helpers as Smartstore writes them: C# 14 extension members over ILogger, in a
    /// class named like Microsoft's LoggerExtensions, and a classic extension method; plus an unrelated Info method.
    /// </summary>
    private static MetadataReference SmartstoreStyleLogging()
    {
        var source = """
            namespace Microsoft.Extensions.Logging
            {
                public static class LoggerExtensions
                {
                    extension(ILogger logger)
                    {
                        public void Info(string message) => logger.Log(LogLevel.Information, message);
                    }

                    public static void Error(this ILogger logger, string message, System.Exception? exception) => logger.Log(LogLevel.Error, message);
                }
            }

            namespace Shop
            {
                public sealed class Catalog { public void Info(string text) { } }
            }
            """;
        return ReferencedProject.Compile("Shop.Logging", source);
    }
}
