using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Catalog;

/// <summary>Traces and telemetry (System.Diagnostics.Activity, Application Insights): what they carry is PA0003.</summary>
public class TelemetryTests
{
    [Fact]
    public Task Activity_WhenTagsEventsOrBaggageCarryProtectedData_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using System.Diagnostics;

            class Tracing
            {
                private static readonly ActivitySource Source = new("Admissions");

                void Run(Applicant applicant, DetentionRecord record)
                {
                    using var activity = Source.StartActivity("admit");
                    activity?.SetTag("applicant.name", {|#0:applicant.Name|});
                    activity?.AddTag("detainee.nationality", {|PA0003:record.Nationality|});
                    activity?.AddBaggage("applicant", {|PA0003:applicant.Name|});
                    Activity.Current?.SetBaggage("applicant", {|PA0003:applicant.Name|});
                    activity?.SetStatus(ActivityStatusCode.Error, {|PA0003:$"No case for {applicant.Name}"|});
                    activity?.AddEvent(new ActivityEvent("admitted", tags: {|#1:new ActivityTagsCollection { ["name"] = applicant.Name }|}));
                    using var child = Source.StartActivity("review", ActivityKind.Internal, default(ActivityContext), {|PA0003:new Dictionary<string, object?> { ["born"] = record.DateOfBirth }|});
                }
            }
            """),
            Verify.Diagnostic("PA0003").WithLocation(0).WithArguments("Applicant.Name", "the telemetry 'Activity.SetTag'"),
            Verify.Diagnostic("PA0003").WithLocation(1).WithArguments("Applicant.Name", "the telemetry 'ActivityEvent'"));

    [Fact]
    public Task Activity_WhenOnlyCountsAndIdsAreAttached_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using System.Diagnostics;

            class Tracing
            {
                private static readonly ActivitySource Source = new("Statistics");

                void Run(List<DetentionRecord> records, Applicant applicant, Guid caseId)
                {
                    using var activity = Source.StartActivity("publish", ActivityKind.Internal, default(ActivityContext), new Dictionary<string, object?> { ["records"] = records.Count });
                    activity?.SetTag("records.count", records.Count);
                    activity?.AddTag("facilities", records.Select(r => r.Facility).Distinct().Count());
                    activity?.SetBaggage("case.id", caseId.ToString());
                    activity?.AddEvent(new ActivityEvent("published", tags: new ActivityTagsCollection { ["office"] = applicant.Office, ["cases"] = applicant.CaseCount }));
                }
            }
            """));

    [Fact]
    public Task ApplicationInsights_WhenTrackCallsOrTheirPropertiesCarryProtectedData_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("using Microsoft.ApplicationInsights; using Microsoft.ApplicationInsights.DataContracts;", "TelemetryClient telemetry, Applicant applicant, DetentionRecord record", """
            telemetry.TrackEvent("Admitted", {|#0:new Dictionary<string, string> { ["name"] = applicant.Name }|});
            telemetry.TrackTrace({|PA0003:$"Admitted {applicant.Name}"|});
            telemetry.TrackException(new InvalidOperationException(), {|PA0003:new Dictionary<string, string> { ["nationality"] = record.Nationality }|});

            var properties = new Dictionary<string, string>();
            properties["name"] = applicant.Name;
            telemetry.TrackTrace("Updated", SeverityLevel.Information, {|PA0003:properties|});

            var reviewed = new EventTelemetry("Reviewed");
            reviewed.Properties["name"] = applicant.Name;
            telemetry.TrackEvent({|PA0003:reviewed|});
            telemetry.GetMetric("Admissions", "Nationality").TrackValue(1, {|PA0003:record.Nationality|});
            """),
            Verify.Diagnostic("PA0003").WithLocation(0).WithArguments("Applicant.Name", "the telemetry 'TelemetryClient.TrackEvent'"));

    [Fact]
    public Task ApplicationInsights_WhenOnlyCountsAndIdsAreTracked_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("using Microsoft.ApplicationInsights;", "TelemetryClient telemetry, List<DetentionRecord> records, Applicant applicant, Guid caseId", """
            telemetry.TrackEvent("Published", new Dictionary<string, string> { ["office"] = applicant.Office, ["case"] = caseId.ToString() }, new Dictionary<string, double> { ["records"] = records.Count });
            telemetry.TrackMetric("Records", records.Count);
            telemetry.TrackTrace($"Published {records.Count} records for {records.GroupBy(r => r.Facility).Count()} facilities");
            telemetry.GetMetric("Admissions", "Office").TrackValue(applicant.CaseCount, applicant.Office);
            """));
}
