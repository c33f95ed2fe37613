using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Catalog;

/// <summary>
/// One test per library in the sink catalog: it fires for protected data and stays silent otherwise. Libraries
/// that are not test dependencies are declared by their public shape; the catalog matches full names.
/// </summary>
public class SinkCatalogTests
{
    [Fact]
    public Task CsvHelper_WhenRecordsOrFieldsAreWritten_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using System.Globalization;
            using CsvHelper;
            using CsvHelper.Configuration.Attributes;

            public sealed class Row { public string Office { get; set; } = ""; [ProtectedData, Ignore] public string Name { get; set; } = ""; }

            class Export
            {
                void Run(List<DetentionRecord> records, List<Applicant> applicants, List<FacilityCount> counts, List<Row> rows)
                {
                    using var csv = new CsvWriter(new StreamWriter("roster.csv"), CultureInfo.InvariantCulture);
                    csv.WriteRecords({|#0:records|});
                    csv.WriteRecords({|PA0001:applicants|});
                    csv.WriteField({|PA0001:applicants[0].Name|});
                    csv.WriteRecords(counts);
                    csv.WriteRecords(rows);
                    csv.WriteField(applicants[0].Office);
                }
            }
            """),
            Verify.Diagnostic("PA0001").WithLocation(0).WithArguments("DetentionRecord[]", "the export 'CsvWriter.WriteRecords'"));

    [Fact]
    public Task ClosedXml_WhenCellValuesOrTablesAreSet_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            namespace ClosedXML.Excel
            {
                public interface IXLCell { object Value { get; set; } IXLCell SetValue<T>(T value); object InsertTable<T>(IEnumerable<T> data); }
                public interface IXLWorksheet { IXLCell Cell(int row, int column); }
            }

            class Export
            {
                void Run(ClosedXML.Excel.IXLWorksheet sheet, DetentionRecord record, List<DetentionRecord> records, List<FacilityCount> counts)
                {
                    sheet.Cell(1, 1).Value = "Full name";
                    sheet.Cell(2, 1).Value = {|PA0001:record.FullName|};
                    sheet.Cell(2, 2).SetValue({|PA0001:record.DateOfBirth|});
                    sheet.Cell(4, 1).InsertTable({|PA0001:records|});
                    sheet.Cell(10, 1).InsertTable(counts);
                }
            }
            """));

    [Fact]
    public Task OpenXml_WhenCellValueIsBuiltFromProtectedData_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            namespace DocumentFormat.OpenXml.Spreadsheet
            {
                public class CellValue { public CellValue(string text) { } }
                public class Cell { public CellValue? CellValue { get; set; } }
            }

            class Export
            {
                void Run(DetentionRecord record, List<FacilityCount> counts)
                {
                    var cell = new DocumentFormat.OpenXml.Spreadsheet.Cell { CellValue = new DocumentFormat.OpenXml.Spreadsheet.CellValue({|PA0001:record.Nationality|}) };
                    var count = new DocumentFormat.OpenXml.Spreadsheet.Cell { CellValue = new DocumentFormat.OpenXml.Spreadsheet.CellValue(counts[0].Count.ToString()) };
                }
            }
            """));

    [Fact]
    public Task HttpClient_WhenProtectedDataIsUploaded_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithAsyncExport("using System.Net.Http; using System.Net.Http.Json;", "HttpClient client, DetentionRecord record, Applicant applicant, List<FacilityCount> counts", """
            await client.PostAsJsonAsync("https://partner.example/cases", {|PA0001:record|});
            await client.PutAsJsonAsync("https://partner.example/applicants", {|PA0001:applicant|});
            await client.PostAsync("https://partner.example/raw", new StringContent({|PA0001:applicant.Name|}));
            await client.PostAsync("https://partner.example/json", JsonContent.Create({|PA0001:applicant|}));
            await client.GetAsync({|PA0001:$"https://partner.example/lookup?name={applicant.Name}"|});
            var request = new HttpRequestMessage(HttpMethod.Post, "https://partner.example") { Content = new StringContent({|PA0001:record.FullName|}) };
            await client.SendAsync(request);
            await client.PostAsJsonAsync("https://partner.example/stats", counts);
            await client.GetAsync($"https://partner.example/office/{applicant.Office}");
            """));

    [Fact]
    public Task Mail_WhenBodyOrSubjectCarriesProtectedData_ReportsOnce() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("using System.Net.Mail;", "SmtpClient smtp, Applicant applicant", """
            // Mailing a person at their own address is how they receive their own data: recipients are not data.
            smtp.Send(new MailMessage("casework@agency.example", applicant.Name, "Your appointment", "See you on Monday"));
            var message = new MailMessage("a@agency.example", "b@partner.example");
            message.Subject = "Case update";
            message.Body = {|PA0001:$"Applicant {applicant.Name} was admitted"|};
            smtp.Send(message);
            smtp.Send("a@agency.example", "b@partner.example", "Case", {|PA0001:applicant.Name|});
            smtp.Send(new MailMessage("a@agency.example", "b@partner.example", "Office", applicant.Office));
            """));

    [Fact]
    public Task ZipArchive_WhenEntryIsWrittenWithProtectedData_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("using System.IO.Compression;", "ZipArchive archive, DetentionRecord record", """
            var entry = archive.CreateEntry("roster.txt");
            using var writer = new StreamWriter(entry.Open());
            writer.WriteLine({|PA0001:record.FullName|});
            writer.WriteLine("header only");
            """));

    [Fact]
    public Task ClosedXml_WhenAColumnIsIgnored_DoesNotReportIt() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            namespace ClosedXML.Excel { public interface IXLCell { object InsertTable<T>(IEnumerable<T> data); } }
            namespace ClosedXML.Attributes { public sealed class XLColumnAttribute : Attribute { public bool Ignore { get; set; } } }

            public sealed class Row { public string Facility { get; set; } = ""; [ProtectedData, ClosedXML.Attributes.XLColumn(Ignore = true)] public string Name { get; set; } = ""; }
            public sealed class CsvOnlyIgnored { [ProtectedData, CsvHelper.Configuration.Attributes.Ignore] public string Name { get; set; } = ""; }

            class Export
            {
                void Run(ClosedXML.Excel.IXLCell cell, List<Row> rows, List<CsvOnlyIgnored> other)
                {
                    cell.InsertTable(rows);
                    cell.InsertTable({|PA0001:other|});
                }
            }
            """));

    [Fact]
    public Task SignalR_WhenProtectedDataIsSentToClients_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using Microsoft.AspNetCore.SignalR;

            public class RosterHub : Hub
            {
                public Task Share(DetentionRecord record, int total) =>
                    Task.WhenAll(Clients.All.SendAsync("record", {|#0:record|}), Clients.All.SendAsync("total", total));
            }
            """),
            Verify.Diagnostic("PA0002").WithLocation(0).WithArguments("DetentionRecord", "the SignalR clients through 'SignalR.SendAsync'"));

    [Fact]
    public Task Logging_WhenScopesLoggerMessagesDebugTraceAndExceptionsCarryProtectedData_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using System.Diagnostics;
            using Microsoft.Extensions.Logging;

            static partial class Log
            {
                [LoggerMessage(1, LogLevel.Information, "Admitted {Name} to {Office}")]
                static partial void Admitted(ILogger logger, string name, string office);

                [LoggerMessage(2, LogLevel.Information, "Admitted {@Applicant}")]
                static partial void AdmittedWhole(ILogger logger, Applicant applicant);

                [LoggerMessage(3, LogLevel.Information, "Admitted {Applicant}")]
                static partial void AdmittedByName(ILogger logger, Applicant applicant);

                public static void Run(ILogger logger, Applicant applicant)
                {
                    Admitted(logger, {|PA0003:applicant.Name|}, applicant.Office);
                    Admitted(logger, "someone", applicant.Office);
                    AdmittedWhole(logger, {|PA0003:applicant|});
                    AdmittedByName(logger, applicant);
                    using var scope = logger.BeginScope({|PA0003:applicant.Name|});
                    Debug.WriteLine({|PA0003:applicant.Name|});
                    Trace.TraceWarning({|PA0003:"Late: " + applicant.Name|});
                    Trace.TraceInformation("Office {0}", applicant.Office);
                    throw new InvalidOperationException({|PA0003:$"No case for {applicant.Name}"|});
                }

                public static void Missing(Applicant applicant) => throw new ArgumentException("No case", nameof(applicant.Name));
            }
            """));

    [Fact]
    public Task ExportSinkInReferencedAssembly_Reports()
    {
        var test = new Verify.Test
        {
            TestCode = TestModel.With("""
                class Export
                {
                    void Run(Applicant applicant) => Partner.Gateway.Send({|#0:applicant.Name|});
                }
                """),
            ExpectedDiagnostics = { Verify.Diagnostic("PA0001").WithLocation(0).WithArguments("Applicant.Name", "the export 'Gateway.Send'") },
        };
        var partner = new Microsoft.CodeAnalysis.Testing.ProjectState("Partner", Microsoft.CodeAnalysis.LanguageNames.CSharp, "/Partner/", "cs");
        partner.Sources.Add("namespace Partner { public static class Gateway { [PolicyAnalyzers.ExportSink] public static void Send(string payload) { } } }");
        partner.AdditionalReferences.AddRange(Verifiers.TestReferences.All);
        test.TestState.AdditionalProjects.Add("Partner", partner);
        test.TestState.AdditionalProjectReferences.Add("Partner");
        return test.RunAsync();
    }

    [Fact]
    public Task ConfiguredSinksDeclassifiersAndMarkers_AreHonoured() =>
        Verify.VerifyWithGlobalConfigAsync(
            TestModel.With("""
            namespace Company
            {
                public static class Reports { public static void Print(string text) { } public static void Preview(string text) { } }
                public static class Telemetry { public static void Track(string name, string value) { } }
                public static class Mask { public static string Hide(string value) => "***"; }
                [AttributeUsage(AttributeTargets.Property)] public sealed class SensitiveAttribute : Attribute { }
                public sealed class Staff { [Sensitive] public string Phone { get; set; } = ""; }
            }

            class Export
            {
                void Run(Applicant applicant, Company.Staff staff)
                {
                    Company.Reports.Print({|PA0001:applicant.Name|});
                    Company.Reports.Preview(applicant.Name);
                    Company.Telemetry.Track("name", {|PA0003:applicant.Name|});
                    Company.Reports.Print(Company.Mask.Hide(applicant.Name));
                    Company.Reports.Print({|PA0001:staff.Phone|});
                }
            }
            """),
            """
            policy_analyzers.export_sinks = M:Company.Reports.Print(System.String)
            policy_analyzers.log_sinks = T:Company.Telemetry
            policy_analyzers.declassifiers = M:Company.Mask.Hide
            policy_analyzers.protected_data_attributes = Company.SensitiveAttribute
            """);
}
