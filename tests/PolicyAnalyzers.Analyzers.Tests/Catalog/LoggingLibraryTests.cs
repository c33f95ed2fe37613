using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Catalog;

/// <summary>Serilog, NLog and log4net, compiled against the real packages: what they log is PA0003.</summary>
public class LoggingLibraryTests
{
    [Fact]
    public Task Serilog_WhenProtectedDataIsLoggedThroughLogOrILogger_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("using Serilog;", "ILogger logger, Applicant applicant, DetentionRecord record", """
            Log.Information("Admitted {Name}", {|#0:applicant.Name|});
            Log.Warning({|PA0003:$"Late: {applicant.Name}"|});
            Log.Error(new InvalidOperationException(), "Failed for {Name} at {Office}", {|PA0003:applicant.Name|}, applicant.Office);
            logger.Debug("Record {Record}", {|PA0003:record|});
            logger.Fatal("Born {Date}", {|PA0003:record.DateOfBirth|});
            Log.Logger.Verbose("Nationality {Nationality}", {|PA0003:record.Nationality|});
            """),
            Verify.Diagnostic("PA0003").WithLocation(0).WithArguments("Applicant.Name", "the log 'Log.Information'"));

    [Fact]
    public Task Serilog_WhenProtectedDataIsAttachedWithForContextOrPushProperty_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("using Serilog; using Serilog.Context;", "ILogger logger, Applicant applicant", """
            // Attached to every later event of the logger or the scope.
            var scoped = logger.ForContext("Applicant", {|#0:applicant.Name|});
            scoped.Information("Admitted");
            Log.ForContext("Name", {|PA0003:applicant.Name|}).Information("Admitted");
            using (LogContext.PushProperty("Name", {|#1:applicant.Name|}))
            {
                Log.Information("Admitted");
            }

            logger.ForContext("Office", applicant.Office).Information("Admitted");
            logger.ForContext<Export>().Information("Admitted");
            using (LogContext.PushProperty("CaseCount", applicant.CaseCount)) { }
            """),
            Verify.Diagnostic("PA0003").WithLocation(0).WithArguments("Applicant.Name", "the log 'ILogger.ForContext'"),
            Verify.Diagnostic("PA0003").WithLocation(1).WithArguments("Applicant.Name", "the log 'LogContext.PushProperty'"));

    [Fact]
    public Task Serilog_WhenAProtectedObjectIsDestructured_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("using Serilog;", "ILogger logger, Applicant applicant, FacilityCount count", """
            // {@Applicant} writes the object's members; {Applicant} only its type name.
            logger.Information("Admitted {@Applicant}", {|PA0003:applicant|});
            Log.Information("Admitted {@Applicant}", {|PA0003:applicant|});
            logger.Information("Admitted {Applicant}", applicant);
            logger.Information("Counted {@Count}", count);
            """));

    [Fact]
    public Task Serilog_WhenOnlyCountsAndIdsAreLogged_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("using Serilog; using Serilog.Context;", "ILogger logger, List<DetentionRecord> records, List<Applicant> applicants, Guid caseId", """
            Log.Information("Published {Count} records", records.Count);
            logger.Information("Case {CaseId} has {Cases} applicants", caseId, applicants.Count(a => a.CaseCount > 0));
            logger.ForContext("Facilities", records.Select(r => r.Facility).Distinct().Count()).Debug("Counted");
            using (LogContext.PushProperty("CaseId", caseId)) { }
            logger.Warning("{Office} has {Count} open cases", applicants[0].Office, applicants[0].CaseCount);
            """));

    [Fact]
    public Task NLog_WhenProtectedDataIsLoggedStructuredOrInterpolated_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using NLog;

            class Admission
            {
                private static readonly Logger Logger = LogManager.GetCurrentClassLogger();

                void Run(ILogger logger, Applicant applicant, DetentionRecord record)
                {
                    Logger.Info("Admitted {Name}", {|#0:applicant.Name|});
                    Logger.Warn({|PA0003:$"Late: {applicant.Name}"|});
                    Logger.Error(new InvalidOperationException(), {|PA0003:$"Failed for {applicant.Name}"|});
                    logger.Debug("Record {@Record}", {|PA0003:record|});
                    logger.Trace({|PA0003:record.FullName|});
                    Logger.Log(LogLevel.Info, "Born {Date}", {|PA0003:record.DateOfBirth|});
                    Logger.WithProperty("Name", {|PA0003:applicant.Name|}).Info("Admitted");
                    using var scope = ScopeContext.PushProperty("Name", {|PA0003:applicant.Name|});
                }
            }
            """),
            Verify.Diagnostic("PA0003").WithLocation(0).WithArguments("Applicant.Name", "the log 'Logger.Info'"));

    [Fact]
    public Task NLog_WhenProtectedDataIsOneOfSeveralTemplateArguments_ReportsTheArgument() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("using NLog;", "Logger logger, Applicant applicant", """
            logger.Error(new InvalidOperationException(), "Failed for {Name} at {Office} on {Day}", {|PA0003:applicant.Name|}, applicant.Office, DateTime.Today);
            """));

    [Fact]
    public Task NLog_WhenOnlyCountsAndIdsAreLogged_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("using NLog;", "Logger logger, List<DetentionRecord> records, Applicant applicant, int caseId", """
            logger.Info("Published {Count} records", records.Count);
            logger.Info($"Case {caseId} handled at {applicant.Office}");
            logger.WithProperty("CaseId", caseId).Debug("Counted {Facilities}", records.GroupBy(r => r.Facility).Count());
            using var scope = ScopeContext.PushProperty("CaseId", caseId);
            """));

    [Fact]
    public Task Log4Net_WhenProtectedDataIsLoggedOrFormattedOrPutInTheContext_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using log4net;

            class Admission
            {
                private static readonly ILog Log = LogManager.GetLogger(typeof(Admission));

                void Run(Applicant applicant, DetentionRecord record)
                {
                    Log.Info({|#0:"Admitted " + applicant.Name|});
                    Log.InfoFormat("Admitted {0}", {|#1:applicant.Name|});
                    Log.ErrorFormat("Failed for {0} at {1}", {|PA0003:applicant.Name|}, applicant.Office);
                    Log.Warn({|PA0003:record.FullName|}, new InvalidOperationException());
                    Log.DebugFormat(System.Globalization.CultureInfo.InvariantCulture, "Born {0}", {|PA0003:record.DateOfBirth|});
                    ThreadContext.Properties["applicant"] = {|#2:applicant.Name|};
                    LogicalThreadContext.Properties["nationality"] = {|PA0003:record.Nationality|};
                }
            }
            """),
            Verify.Diagnostic("PA0003").WithLocation(0).WithArguments("Applicant.Name", "the log 'ILog.Info'"),
            Verify.Diagnostic("PA0003").WithLocation(1).WithArguments("Applicant.Name", "the log 'ILog.InfoFormat'"),
            Verify.Diagnostic("PA0003").WithLocation(2).WithArguments("Applicant.Name", "the log4net context properties"));

    [Fact]
    public Task Log4Net_WhenOnlyCountsAndIdsAreLogged_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("using log4net;", "ILog log, List<DetentionRecord> records, Applicant applicant, Guid caseId", """
            log.Info("Published " + records.Count + " records");
            log.InfoFormat("Case {0} at {1} has {2} cases", caseId, applicant.Office, applicant.CaseCount);
            ThreadContext.Properties["caseId"] = caseId;
            """));

    [Fact]
    public Task Serilog_WhenAProtectedObjectIsAttachedDestructured_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("using Serilog; using Serilog.Context;", "ILogger logger, Applicant applicant", """
            logger.ForContext("Applicant", {|PA0003:applicant|}, destructureObjects: true).Information("Admitted");
            using (LogContext.PushProperty("Applicant", {|PA0003:applicant|}, destructureObjects: true)) { }
            logger.ForContext("Applicant", applicant).Information("Admitted");
            """));
}
