using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Analyzers;

/// <summary>PA0004: members that look like personal data, carry no marker, and are written by a serializer or an export.</summary>
public class UnmarkedPersonalDataTests
{
    [Fact]
    public Task WhenSerializedTypeHasUnmarkedPersonalMembers_Suggests() =>
        VerifyAsync("""
            using System.Text.Json;
            public sealed class Visitor
            {
                public string {|#0:FullName|} { get; set; } = "";
                public DateOnly {|#1:DateOfBirth|} { get; set; }
                public string {|#2:PassportNumber|} { get; set; } = "";
                public string Purpose { get; set; } = "";
                public string {|#4:Name|} { get; set; } = "";
                public Contact Emergency { get; set; } = new();
            }

            public sealed class Contact { public string {|#3:PhoneNumber|} { get; set; } = ""; }

            class Api
            {
                string Run(List<Visitor> visitors) => JsonSerializer.Serialize(visitors);
            }
            """,
            Suggestion(0, "Visitor.FullName", "a person's name"),
            Suggestion(1, "Visitor.DateOfBirth", "a date of birth"),
            Suggestion(2, "Visitor.PassportNumber", "a passport number"),
            Suggestion(3, "Contact.PhoneNumber", "a phone number"),
            Suggestion(4, "Visitor.Name", "a person's name"));

    [Fact]
    public Task WhenMembersAreMarkedIgnoredOrNeverWritten_DoesNotSuggest() =>
        VerifyAsync("""
            using System.Text.Json;
            using System.Text.Json.Serialization;
            public sealed class Marked { [ProtectedData] public string Email { get; set; } = ""; public string Office { get; set; } = ""; }
            public sealed class Ignored { [JsonIgnore] public string Email { get; set; } = ""; public string Office { get; set; } = ""; }
            public sealed class Server { public string IpAddress { get; set; } = ""; public string HostName { get; set; } = ""; public string Name { get; set; } = ""; }
            public sealed class NeverWritten { public string Email { get; set; } = ""; }

            class Api
            {
                void Run(Marked marked, Ignored ignored, Server server, NeverWritten neverWritten, DetentionRecord record)
                {
                    JsonSerializer.Serialize({|PA0002:marked|});
                    JsonSerializer.Serialize(ignored);
                    JsonSerializer.Serialize(server);
                    JsonSerializer.Serialize(new { server.Name, byNationality = new Dictionary<string, int>() });
                    Console.WriteLine(neverWritten.Email.Length);
                }
            }
            """);

    [Fact]
    public Task WhenATypeHoldsCountsPerLabel_ItsLabelsAreNotSuggestedButItsIdentifiersAre() =>
        VerifyAsync("""
            using System.Text.Json;
            public sealed record NationalityCount(string Nationality, int Detained);
            public sealed record FacilityTotal(string Name, string CountryOfBirth, decimal PercentOfDetainees);
            public sealed record ContactCount(string {|#0:Email|}, int NumberOfMessages);

            class Statistics
            {
                string Run(List<NationalityCount> byNationality, List<FacilityTotal> totals, List<ContactCount> contacts) =>
                    JsonSerializer.Serialize(byNationality) + JsonSerializer.Serialize(totals) + JsonSerializer.Serialize(contacts);
            }
            """,
            Suggestion(0, "ContactCount.Email", "an email address"));

    [Fact]
    public Task WhenATypeNameSaysProgramStructure_ItsNameIsNotAPersonsName() =>
        VerifyAsync("""
            using System.Text.Json;
            public sealed class ModelTreeMember { public string Name { get; set; } = ""; public string Kind { get; set; } = ""; }
            public sealed class MemberRole { public string Name { get; set; } = ""; }
            public sealed class ClubMember { public string {|#0:Name|} { get; set; } = ""; }

            class Templates
            {
                string Run(List<ModelTreeMember> tree, List<MemberRole> roles, List<ClubMember> members) =>
                    JsonSerializer.Serialize(tree) + JsonSerializer.Serialize(roles) + JsonSerializer.Serialize(members);
            }
            """,
            Suggestion(0, "ClubMember.Name", "a person's name"));

    [Fact]
    public Task WhenAMemberCannotHoldTheDataItsNameSuggests_DoesNotSuggest() =>
        VerifyAsync("""
            using System.Text.Json;
            public enum NameStyle { FirstLast, LastFirst }
            public sealed class CustomerSettings
            {
                public bool EmailEnabled { get; set; }
                public int FirstNameMaxLength { get; set; }
                public NameStyle LastNameStyle { get; set; }
                public System.Guid PhoneNumberId { get; set; }
                public DateTime {|#0:BirthDate|} { get; set; }
                public long {|#1:PhoneNumber|} { get; set; }
            }

            class Api
            {
                string Run(CustomerSettings settings) => JsonSerializer.Serialize(settings);
            }
            """,
            Suggestion(0, "CustomerSettings.BirthDate", "a date of birth"),
            Suggestion(1, "CustomerSettings.PhoneNumber", "a phone number"));

    [Fact]
    public Task WhenMembersUseSpellingsTheDataScanKnew_Suggests() =>
        VerifyAsync("""
            using System.Text.Json;
            public sealed class InmateEntry
            {
                public string {|#0:Forename|} { get; set; } = "";
                public string {|#1:Lname|} { get; set; } = "";
                public string {|#2:CellPhone|} { get; set; } = "";
                public string {|#3:Name|} { get; set; } = "";
                public string Wing { get; set; } = "";
            }

            class Api
            {
                string Run(List<InmateEntry> inmates) => JsonSerializer.Serialize(inmates);
            }
            """,
            Suggestion(0, "InmateEntry.Forename", "a person's name"),
            Suggestion(1, "InmateEntry.Lname", "a person's name"),
            Suggestion(2, "InmateEntry.CellPhone", "a phone number"),
            Suggestion(3, "InmateEntry.Name", "a person's name"));

    [Fact]
    public async Task WhenTypeLivesInReferencedProject_LeavesItToThatProject()
    {
        // In the IDE a project reference is a compilation reference: its members have source locations in trees
        // this compilation does not hold, and reporting there would fail the analyzer (AD0001).
        var test = new Verify.Test
        {
            TestCode = TestModel.Usings + """
                using System.Text.Json;
                class Api
                {
                    string Run(Model.Visitor visitor, Model.Badge badge) => JsonSerializer.Serialize(visitor) + JsonSerializer.Serialize(badge);
                }

                namespace Model
                {
                    public sealed class Badge { public string {|#0:Email|} { get; set; } = ""; }
                }
                """,
        };
        test.DisabledDiagnostics.Remove("PA0004");
        test.ExpectedDiagnostics.Add(Suggestion(0, "Badge.Email", "an email address"));
        var model = new ProjectState("Model", LanguageNames.CSharp, "/Model/", "cs");
        model.Sources.Add("namespace Model { public sealed class Visitor { public string FullName { get; set; } = \"\"; public string Purpose { get; set; } = \"\"; } }");
        model.AdditionalReferences.AddRange(Verifiers.TestReferences.All);
        test.TestState.AdditionalProjects.Add("Model", model);
        test.TestState.AdditionalProjectReferences.Add("Model");
        await test.RunAsync();
    }

    /// <summary>Verifies the code (with the shared test model) with PA0004 suggestions on.</summary>
    private static Task VerifyAsync(string code, params DiagnosticResult[] expected)
    {
        var test = new Verify.Test { TestCode = TestModel.With(code) };
        test.DisabledDiagnostics.Remove("PA0004");
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>PA0004 at markup location <paramref name="location"/>: the member looks like <paramref name="looksLike"/> and a serializer writes it.</summary>
    private static DiagnosticResult Suggestion(int location, string member, string looksLike) =>
        Verify.Diagnostic("PA0004").WithLocation(location).WithArguments(member, looksLike, "JsonSerializer.Serialize");
}
