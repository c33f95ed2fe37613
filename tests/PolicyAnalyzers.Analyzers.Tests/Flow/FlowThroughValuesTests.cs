using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Flow;

/// <summary>Protection follows values through locals, collections, LINQ, strings, anonymous types, tuples, async and lambdas.</summary>
public class FlowThroughValuesTests
{
    [Fact]
    public Task WhenValueIsCopiedThroughLocalsAndReassigned_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("Applicant applicant", """
            var name = applicant.Name;
            string copy;
            copy = name;
            var label = "Applicant: " + copy;
            File.WriteAllText("a.txt", {|PA0001:label|});
            """));

    [Fact]
    public Task WhenLocalIsTaintedLaterInALoop_ReportsTheEarlierUse() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("List<Applicant> applicants, TextWriter writer", """
            var previous = "";
            foreach (var applicant in applicants)
            {
                writer.WriteLine({|PA0001:previous|});
                previous = applicant.Name;
            }
            """));

    [Fact]
    public Task WhenLocalIsOverwrittenWithUnprotectedValueOnly_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("Applicant applicant", """
            var text = applicant.Office;
            text = text.ToUpperInvariant();
            File.WriteAllText("a.txt", text);
            """));

    [Fact]
    public Task WhenStringBuilderCollectsRecordsInALoop_ReportsAtTheWrite() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("IEnumerable<DetentionRecord> records", """
            var csv = new StringBuilder();
            csv.AppendLine("FullName,DateOfBirth");
            foreach (var record in records)
            {
                csv.Append(record.FullName).Append(',').AppendLine(record.DateOfBirth.ToString("yyyy-MM-dd"));
            }

            File.WriteAllText("wwwroot/roster.csv", {|PA0001:csv.ToString()|});
            """));

    [Fact]
    public Task WhenStringBuilderAppendsInterpolatedLines_ReportsAtTheWrite() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("IEnumerable<DetentionRecord> records, List<FacilityCount> counts", """
            var roster = new StringBuilder();
            foreach (var record in records)
            {
                roster.AppendLine($"{record.FullName},{record.DateOfBirth:yyyy-MM-dd}");
            }

            var statistics = new StringBuilder();
            foreach (var count in counts)
            {
                statistics.AppendLine($"{count.Facility},{count.Count}");
            }

            File.WriteAllText("roster.csv", {|PA0001:roster.ToString()|});
            File.WriteAllText("statistics.csv", statistics.ToString());
            """));

    [Fact]
    public Task WhenStringIsBuiltWithFormatJoinConcatAndTransforms_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("Applicant applicant, List<Applicant> all, TextWriter writer", """
            writer.Write({|PA0001:string.Format("{0};{1}", applicant.Office, applicant.Name)|});
            writer.Write({|PA0001:string.Join(",", all.Select(a => a.Name))|});
            writer.Write({|PA0001:string.Concat("x", applicant.Name.Trim())|});
            writer.Write({|PA0001:applicant.Name.Substring(0, 1).ToUpper()|});
            writer.Write({|PA0001:Encoding.UTF8.GetBytes(applicant.Name.ToLowerInvariant())|});
            """));

    [Fact]
    public Task WhenLinqProjectsIntoAnonymousTypeThenSerialized_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using System.Text.Json;
            class Export
            {
                string Run(List<Applicant> applicants)
                {
                    var rows = applicants
                        .Where(a => a.CaseCount > 0)
                        .OrderBy(a => a.Office)
                        .Select(a => new { a.Office, Person = a.Name })
                        .ToList();
                    return JsonSerializer.Serialize({|PA0002:rows|});
                }
            }
            """));

    [Fact]
    public Task WhenLinqProjectsOnlyUnprotectedMembers_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using System.Text.Json;
            class Export
            {
                string Run(List<Applicant> applicants) =>
                    JsonSerializer.Serialize(applicants.Select(a => new { a.Office, a.CaseCount }).ToArray());
            }
            """));

    [Fact]
    public Task WhenElementsAreReadByIndexFirstAndDictionary_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("List<Applicant> applicants, TextWriter writer", """
            var names = applicants.Select(a => a.Name).ToArray();
            writer.Write({|PA0001:names[0]|});
            writer.Write({|PA0001:applicants.Select(a => a.Name).First()|});
            var byOffice = applicants.ToDictionary(a => a.Office, a => a.Name);
            writer.Write({|PA0001:byOffice["Leeds"]|});
            foreach (var name in byOffice.Values)
            {
                writer.Write({|PA0001:name|});
            }

            foreach (var office in byOffice.Keys)
            {
                writer.Write(office);
            }
            """));

    [Fact]
    public Task WhenListIsFilledWithProtectedValues_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("Applicant applicant", """
            var lines = new List<string>();
            lines.Add(applicant.Name);
            File.WriteAllLines("a.txt", {|PA0001:lines|});

            var initialized = new List<string> { "header", applicant.Name };
            File.WriteAllLines("b.txt", {|PA0001:initialized|});

            string[] array = [applicant.Name];
            File.WriteAllLines("c.txt", {|PA0001:array|});
            """));

    [Fact]
    public Task WhenTupleRecordAndWithCarryTheValue_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            public sealed record Row(string Label, int Count);

            class Export
            {
                void Run(Applicant applicant, TextWriter writer)
                {
                    var pair = (applicant.Name, applicant.CaseCount);
                    writer.Write({|PA0001:pair.Name|});
                    var (name, _) = pair;
                    writer.Write({|PA0001:name|});
                    var row = new Row(applicant.Name, 1);
                    writer.Write({|PA0001:row|});
                    var renamed = new Row("x", 1) with { Label = applicant.Name };
                    writer.Write({|PA0001:renamed.Label|});
                }
            }
            """));

    [Fact]
    public Task WhenValueIsAwaited_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            class Export
            {
                static Task<string> LoadNameAsync(Applicant applicant) => Task.FromResult(applicant.Name);

                async Task Run(Applicant applicant)
                {
                    var name = await LoadNameAsync(applicant);
                    await File.WriteAllTextAsync("a.txt", {|PA0001:name|});
                }
            }
            """));

    [Fact]
    public Task WhenToStringIsCalledOnProtectedValueOrRecord_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            public sealed record Visit(int Room, [property: ProtectedData] string Visitor);
            public sealed class Desk { [ProtectedData] public string Occupant { get; set; } = ""; }

            class Export
            {
                void Run(DetentionRecord record, Visit visit, Desk desk, TextWriter writer)
                {
                    writer.Write({|PA0001:record.ToString()|});
                    writer.Write({|PA0001:visit.ToString()|});
                    writer.Write({|PA0001:$"Visit: {visit}"|});
                    writer.Write($"Desk: {desk}");
                    writer.Write(desk.ToString());
                }
            }
            """));

    [Fact]
    public Task WhenLambdaAndLocalFunctionCarryTheValue_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("Applicant applicant, TextWriter writer", """
            Func<Applicant, string> describe = a => "Applicant " + a.Name;
            writer.Write({|PA0001:describe(applicant)|});

            string Describe(Applicant a) => a.Name.ToUpperInvariant();
            writer.Write({|PA0001:Describe(applicant)|});

            // A local function is a helper: the leak is reported at the call that passes the data.
            void Write(string text) => writer.Write(text);
            Write(applicant.Office);
            Write({|#0:applicant.Name|});
            """),
            Verify.Diagnostic("PA0001").WithLocation(0)
                .WithArguments("Applicant.Name", "the export 'TextWriter.Write' through 'Export.Run.Write'"));

    [Fact]
    public Task WhenALocalFunctionWritesWhatItCaptures_ReportsWhereItWrites() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("Applicant applicant, TextWriter writer", """
            var name = applicant.Name;
            var office = applicant.Office;
            void WriteName() => writer.Write({|PA0001:name|});
            void WriteOffice() => writer.Write(office);
            static string Upper(string text) => text.ToUpperInvariant();
            WriteName();
            WriteOffice();
            WriteName();
            writer.Write({|PA0001:Upper(name)|});
            writer.Write(Upper(office));
            """));

    [Fact]
    public Task WhenValueFlowsThroughPatternsAndSwitch_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("object value, Applicant applicant, TextWriter writer", """
            object boxed = applicant.Name;
            if (boxed is string name)
            {
                writer.Write({|PA0001:name|});
            }

            var label = applicant.CaseCount switch { 0 => "none", _ => applicant.Name };
            writer.Write({|PA0001:label|});
            writer.Write({|PA0001:applicant?.Name|});
            writer.Write({|PA0001:applicant.Name ?? "unknown"|});
            """));
}
