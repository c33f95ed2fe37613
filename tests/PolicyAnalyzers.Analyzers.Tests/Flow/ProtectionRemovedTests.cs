using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Flow;

/// <summary>What removes protection: aggregates, declassifiers, constants, truths; and where protection stays.</summary>
public class ProtectionRemovedTests
{
    [Fact]
    public Task WhenOnlyAggregatesOfRecordsAreExported_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("List<DetentionRecord> records, TextWriter writer", """
            writer.WriteLine(records.Count());
            writer.WriteLine(records.LongCount(r => r.Nationality == "X"));
            writer.WriteLine(records.Any(r => r.FullName.StartsWith("A")));
            writer.WriteLine(records.All(r => r.DateOfBirth.Year > 1950));
            writer.WriteLine(records.Select(r => r.FullName).Contains("Ada"));
            writer.WriteLine(records.Sum(r => r.DateOfBirth.Year));
            writer.WriteLine(records.Average(r => r.DateOfBirth.Year));
            writer.WriteLine(records.Count > 0 ? "some" : "none");
            writer.WriteLine(records.Where(r => r.Facility == "North").Count());
            """));

    [Fact]
    public Task WhenCountsPerGroupAreKeyedByAnUnmarkedMember_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using System.Text.Json;
            class Statistics
            {
                string Run(List<DetentionRecord> records)
                {
                    var byFacility = records.GroupBy(r => r.Facility).Select(g => new FacilityCount(g.Key, g.Count())).ToList();
                    var byNationality = records.GroupBy(r => r.Nationality).ToDictionary(g => g.Key, g => g.Count());
                    var fromQuery = (from r in records group r by r.Facility into g select new { Facility = g.Key, Count = g.Count() }).ToList();
                    return JsonSerializer.Serialize(new { byFacility, byNationality, fromQuery });
                }
            }
            """));

    [Theory]
    // Groups keyed by a marked member: the keys are the names.
    [InlineData("List<Applicant> applicants", "applicants.GroupBy(a => a.Name).Select(g => new { g.Key, Count = g.Count() })")]
    // The groups themselves: each holds its people.
    [InlineData("List<DetentionRecord> records", "records.GroupBy(r => r.Facility).Select(g => new { g.Key, People = g.ToList() })")]
    public Task WhenPublishedGroupsCarryProtectedData_Reports(string parameter, string groups) =>
        Verify.VerifyAnalyzerAsync(TestModel.With($$"""
            using System.Text.Json;
            class Statistics
            {
                string Run({{parameter}}) =>
                    JsonSerializer.Serialize({|PA0002:{{groups}}|});
            }
            """));

    [Fact]
    public Task WhenValuePassesThroughADeclassifier_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            static class Redact
            {
                [Declassifier] public static string Initials(string name) => name.Length > 0 ? name.Substring(0, 1) : "";
                [Declassifier] public static string CaseReference(DetentionRecord record) => record.FullName.GetHashCode().ToString("x8");
                public static string Keep(string name) => name.Trim();
            }

            class Export
            {
                void Run(DetentionRecord record, Applicant applicant, TextWriter writer)
                {
                    writer.WriteLine(Redact.Initials(applicant.Name));
                    writer.WriteLine(Redact.CaseReference(record));
                    writer.WriteLine($"Case {Redact.CaseReference(record)} at {applicant.Office}");
                    writer.WriteLine({|PA0001:$"Case {Redact.CaseReference(record)} of {applicant.Name}"|});
                }

                void Names(IEnumerable<Applicant> applicants, TextWriter writer)
                {
                    writer.WriteLine(string.Join(",", applicants.Select(a => a.Name).Select(Redact.Initials)));
                    writer.WriteLine({|PA0001:string.Join(",", applicants.Select(a => a.Name).Select(Redact.Keep))|});
                }
            }
            """));

    [Fact]
    public Task WhenOnlyTruthsNullChecksAndTypeNamesAreUsed_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("DetentionRecord record, Applicant applicant, TextWriter writer", """
            writer.WriteLine(record == null);
            writer.WriteLine(string.IsNullOrEmpty(applicant.Name));
            writer.WriteLine(applicant.Name is null ? "missing" : "present");
            writer.WriteLine(record.GetType().Name);
            writer.WriteLine(typeof(DetentionRecord).FullName);
            writer.WriteLine(nameof(Applicant.Name));
            writer.WriteLine(applicant.Name.Length);
            """));

    [Fact]
    public Task WhenUnmarkedMemberOfRecordWithMarkedMembersIsUsed_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("List<Applicant> applicants, TextWriter writer", """
            foreach (var applicant in applicants)
            {
                writer.WriteLine($"{applicant.Office};{applicant.CaseCount}");
            }
            """));

    [Fact]
    public Task WhenGroupsAreKeyedByAnIdentifyingMemberOfAProtectedType_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            class Statistics
            {
                void Run(List<DetentionRecord> records, TextWriter writer)
                {
                    foreach (var group in records.GroupBy(r => r.FullName))
                    {
                        writer.WriteLine({|PA0001:group.Key|});
                    }

                    foreach (var group in records.GroupBy(r => r.Facility))
                    {
                        writer.WriteLine(group.Key);
                    }

                    foreach (var group in records.GroupBy(r => r.Nationality))
                    {
                        writer.WriteLine(group.Key);
                    }
                }
            }
            """));

    [Fact]
    public Task WhenCountByKeysAreUnmarkedMembers_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using System.Text.Json;
            class Statistics
            {
                void Run(List<DetentionRecord> records)
                {
                    JsonSerializer.Serialize(records.CountBy(r => r.Facility).ToList());
                    JsonSerializer.Serialize({|PA0002:records.CountBy(r => r.DateOfBirth).ToList()|});
                }
            }
            """));
}
