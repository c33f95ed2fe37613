using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Analyzers;

/// <summary>PA0001: protected data written to files, streams and writers.</summary>
public class ProtectedDataExportedTests
{
    [Fact]
    public Task WhenProtectedMemberOfProtectedTypeIsWrittenToFile_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            class Export
            {
                void Run(DetentionRecord record) =>
                    File.WriteAllText("wwwroot/roster.txt", {|#0:record.FullName|});
            }
            """),
            Verify.Diagnostic("PA0001").WithLocation(0).WithArguments("DetentionRecord.FullName", "the export 'File.WriteAllText'"));

    [Fact]
    public Task WhenMarkedMemberIsAppendedToFile_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            class Export
            {
                Task Run(Applicant applicant) => File.AppendAllTextAsync("out.txt", {|PA0001:applicant.Name|});
            }
            """));

    [Fact]
    public Task WhenProtectedInstanceIsWrittenToTextWriter_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            class Export
            {
                void Run(StreamWriter writer, DetentionRecord record) => writer.WriteLine({|#0:record|});
            }
            """),
            Verify.Diagnostic("PA0001").WithLocation(0).WithArguments("DetentionRecord", "the export 'TextWriter.WriteLine'"));

    [Fact]
    public Task WhenProtectedBytesAreWrittenToStream_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            class Export
            {
                void Run(FileStream stream, Applicant applicant) =>
                    stream.Write({|PA0001:Encoding.UTF8.GetBytes(applicant.Name)|});
            }
            """));

    [Fact]
    public Task WhenProtectedDataIsFormattedIntoTheLine_ReportsOnTheArgument() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("TextWriter writer, List<DetentionRecord> records", """
            writer.WriteLine("FullName,DateOfBirth");
            foreach (var record in records)
            {
                writer.WriteLine({|PA0001:$"{record.FullName},{record.DateOfBirth:yyyy-MM-dd}"|});
            }
            """));

    [Fact]
    public Task WhenUnmarkedMemberOfUnprotectedType_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("Applicant applicant, Product product", """
            File.WriteAllText("office.txt", applicant.Office);
            File.WriteAllText("product.txt", product.FullName + product.Name);
            """));

    [Fact]
    public Task WhenOnlyConstantsAndNameofAreWritten_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            class Export
            {
                const string Header = "FullName,DateOfBirth";

                void Run(TextWriter writer, DetentionRecord record)
                {
                    writer.WriteLine(Header);
                    writer.WriteLine("FullName");
                    writer.WriteLine(nameof(record.FullName));
                    writer.WriteLine(nameof(DetentionRecord));
                    writer.WriteLine(typeof(DetentionRecord).Name);
                }
            }
            """));

    [Fact]
    public Task WhenOnlyCountsAreWritten_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("List<DetentionRecord> records, DetentionRecord record", """
            File.WriteAllText("count.txt", records.Count.ToString());
            File.WriteAllText("any.txt", records.Any().ToString());
            File.WriteAllText("length.txt", record.FullName.Length.ToString());
            File.WriteAllText("check.txt", (record.FullName == "x").ToString());
            """));

    [Fact]
    public Task WhenWrittenToStringWriter_DoesNotReportUntilItLeaves() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("DetentionRecord record", """
            var buffer = new StringWriter();
            buffer.WriteLine(record.FullName);
            File.WriteAllText("out.txt", {|PA0001:buffer.ToString()|});
            """));

    [Fact]
    public Task WhenMethodHasExportSinkAttribute_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            static class Upload
            {
                [ExportSink] public static void ToPartner(string payload) { }
                public static void ToArchive([ExportSink] string payload, string label) { }
            }

            class Export
            {
                void Run(Applicant applicant)
                {
                    Upload.ToPartner({|#0:applicant.Name|});
                    Upload.ToArchive({|PA0001:applicant.Name|}, "label");
                    Upload.ToArchive("payload", applicant.Name);
                }
            }
            """),
            Verify.Diagnostic("PA0001").WithLocation(0).WithArguments("Applicant.Name", "the export 'Upload.ToPartner'"));
}
