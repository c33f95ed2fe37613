using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Flow;

/// <summary>Helpers in the same compilation: summaries carry sinks and returns to the callers' lines.</summary>
public class FlowAcrossMethodsTests
{
    [Fact]
    public Task WhenHelperInAnotherFileSerializesAndWritesItsParameter_ReportsAtTheCaller() =>
        Verify.VerifyAnalyzerAsync(
            [
                TestModel.Usings + """
                using System.Text.Json;
                static class Storage
                {
                    public static void Save(string path, object payload)
                    {
                        var json = JsonSerializer.Serialize(payload);
                        File.WriteAllText(path, json);
                    }
                }
                """,
                TestModel.WithExport("List<DetentionRecord> records, List<FacilityCount> counts", """
                Storage.Save("wwwroot/roster.json", {|#0:records|});
                Storage.Save("wwwroot/counts.json", counts);
                """),
            ],
            Verify.Diagnostic("PA0002").WithLocation(0)
                .WithArguments("DetentionRecord[]", "the serializer 'JsonSerializer.Serialize' through 'Storage.Save'"));

    [Fact]
    public Task WhenHelperPassesParameterThroughAnotherHelper_ReportsAtTheOutermostCaller() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            static class Audit
            {
                public static void Write(string line) => File.AppendAllText("audit.log", line);
                public static void Record(string who, string what) => Write(who + ": " + what);
            }

            class Intake
            {
                void Run(Applicant applicant)
                {
                    Audit.Record({|PA0001:applicant.Name|}, "admitted");
                    Audit.Record(applicant.Office, "admitted");
                }
            }
            """));

    [Fact]
    public Task WhenHelperReturnsDataDerivedFromItsArgument_ReturnsProtectedData() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            static class Format
            {
                public static string Line(string name, int count) => $"{name.Trim()};{count}";
            }

            class Export
            {
                void Run(Applicant applicant, TextWriter writer)
                {
                    writer.WriteLine({|PA0001:Format.Line(applicant.Name, 1)|});
                    writer.WriteLine(Format.Line(applicant.Office, applicant.CaseCount));
                }
            }
            """));

    [Fact]
    public Task WhenHelperReadsProtectedStateItself_ItsResultIsProtected() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            class Roster
            {
                private readonly List<DetentionRecord> _records = new();
                public string FirstName() => _records[0].FullName;
                public string Describe => "First: " + FirstName();
                public int Total() => _records.Count;
            }

            class Export
            {
                void Run(Roster roster, TextWriter writer)
                {
                    writer.WriteLine({|PA0001:roster.FirstName()|});
                    writer.WriteLine({|PA0001:roster.Describe|});
                    writer.WriteLine(roster.Total());
                }
            }
            """));

    [Fact]
    public Task WhenHelpersAreRecursive_AnalysisTerminatesAndStillReports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            static class Chain
            {
                public static string Ping(string value, int depth) => depth == 0 ? value : Pong(value, depth - 1);
                public static string Pong(string value, int depth) => depth == 0 ? value : Ping(value, depth - 1);
                public static void Dump(string value, int depth) { if (depth > 0) Dump(value, depth - 1); else File.WriteAllText("x", value); }
            }

            class Export
            {
                void Run(Applicant applicant)
                {
                    File.WriteAllText("a.txt", {|PA0001:Chain.Ping(applicant.Name, 10)|});
                    Chain.Dump({|PA0001:applicant.Name|}, 3);
                    Chain.Dump(applicant.Office, 3);
                }
            }
            """));

    [Fact]
    public Task WhenHelperParameterIsProtectedByItsType_ReportsInsideTheHelperOnly() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            static class Export
            {
                public static void Save(DetentionRecord record) => File.WriteAllText("a.txt", {|PA0001:record.FullName|});

                static void Run(List<DetentionRecord> records)
                {
                    foreach (var record in records)
                    {
                        Save(record);
                    }
                }
            }
            """));

    [Fact]
    public Task WhenMethodGroupIsPassedToLinq_ItsSummaryApplies() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            class Export
            {
                static string NameOf(Applicant applicant) => applicant.Name;
                static string OfficeOf(Applicant applicant) => applicant.Office;

                void Run(List<Applicant> applicants)
                {
                    File.WriteAllLines("a.txt", {|PA0001:applicants.Select(NameOf)|});
                    File.WriteAllLines("b.txt", applicants.Select(OfficeOf));
                }
            }
            """));

    [Fact]
    public Task WhenAHelperWritesOnlySomethingDerivedFromItsArgument_TheArgumentsOtherContentsDoNotCount() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using System.Text.Json;

            public sealed class Quote { public string ProductName { get; set; } = ""; public Applicant Customer { get; set; } = new(); }

            static class Pricing
            {
                public static void Trace(Quote quote) => Console.WriteLine("Pricing " + quote.ProductName);
                public static string Save(Quote quote) => JsonSerializer.Serialize({|PA0002:quote|});
            }

            class Checkout
            {
                void Run(Quote quote)
                {
                    Pricing.Trace(quote);
                    Pricing.Save({|PA0002:quote|});
                }
            }
            """));
}
