using System.Linq;
using PolicyAnalyzers.CodeFixes;
using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer,
    PolicyAnalyzers.CodeFixes.ProtectedDataCodeFix>;

namespace PolicyAnalyzers.Tests.CodeFixes;

/// <summary>
/// The light bulb lists what removes the leak first and the approval last: the IDE's default action (and a batch
/// tool) takes the first, and that must never be a waiver.
/// </summary>
public class FixOrderTests
{
    private const string Approve = "Approve this disclosure with [AuthorizedDisclosure]";

    [Fact]
    public async Task WhenASerializedMemberCarriesTheData_OffersTheExclusionThenTheDeclassifierThenTheApproval()
    {
        var project = CodeFixHarness.CreateProject("""
            using System.Text.Json;
            using PolicyAnalyzers;

            public sealed class Witness
            {
                [ProtectedData] public string Name { get; set; } = "";
                public int Age { get; set; }
            }

            static class Witnesses
            {
                [Declassifier] public static Witness Anonymized(Witness witness) => new() { Age = witness.Age };
            }

            class Api
            {
                string Run(Witness witness) => JsonSerializer.Serialize(witness);
            }
            """);

        var leak = Assert.Single(await CodeFixHarness.DiagnosticsAsync(project));
        Assert.Equal("PA0002", leak.Id);
        Assert.Equal(
            new[] { "Exclude 'Name' with [JsonIgnore]", "Pass through the declassifier 'Witnesses.Anonymized'", Approve },
            await CodeFixHarness.OfferedTitlesAsync(project, leak));
    }

    [Fact]
    public Task WhenASerializedMemberCarriesTheData_TheFirstActionExcludesIt()
    {
        const string Api = """
            using System.Text.Json;
            using PolicyAnalyzers;

            public sealed class Witness
            {
                [ProtectedData]
                public string Name { get; set; } = "";

                public int Age { get; set; }
            }

            class Api
            {
                string Run(Witness witness) => JsonSerializer.Serialize({|PA0002:witness|});
            }
            """;

        return new Verify.Test
        {
            TestCode = Api,
            FixedCode = ExpectedFix.WitnessNameIgnored(ExpectedFix.Unmarked(Api)),
            CodeActionIndex = 0,
            CodeActionEquivalenceKey = MemberExclusion.KeyFor("System.Text.Json.Serialization.JsonIgnoreAttribute"),
        }.RunAsync();
    }

    [Fact]
    public Task WhenADeclassifierAcceptsTheValue_TheFirstActionDeclassifies()
    {
        const string Tribunal = """
            using System.IO;
            using PolicyAnalyzers;

            static class Mask
            {
                [Declassifier] public static string Initials(string name) => name.Length > 0 ? name.Substring(0, 1) : "";
            }

            class Tribunal
            {
                void Send([ProtectedData] string name) => File.WriteAllText("tribunal.txt", {|PA0001:name|});
            }
            """;

        return new Verify.Test
        {
            TestCode = Tribunal,
            FixedCode = ExpectedFix.Declassified(Tribunal, "Mask.Initials"),
            CodeActionIndex = 0,
            CodeActionEquivalenceKey = Declassification.KeyFor("M:Mask.Initials(System.String)"),
        }.RunAsync();
    }

    [Fact]
    public async Task WhenEachKindOfLeakHasItsFixes_TheApprovalIsAlwaysLast()
    {
        var project = CodeFixHarness.CreateProject(BatchFixAllTests.MixedLeaks);

        var leaks = (await CodeFixHarness.DiagnosticsAsync(project)).Where(d => d.Id != "PA0004").ToList();
        Assert.Equal(new[] { "PA0001", "PA0002", "PA0002", "PA0003" }, leaks.Select(d => d.Id).OrderBy(id => id));
        foreach (var leak in leaks)
        {
            var titles = await CodeFixHarness.OfferedTitlesAsync(project, leak);
            Assert.Equal(Approve, titles[titles.Count - 1]);
            Assert.Equal(1, titles.Count(title => title == Approve));
        }
    }
}
