using PolicyAnalyzers.CodeFixes;
using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer,
    PolicyAnalyzers.CodeFixes.ProtectedDataCodeFix>;

namespace PolicyAnalyzers.Tests.CodeFixes;

public class MemberExclusionTests
{
    [Fact]
    public async Task WhenMemberInAnotherFileCarriesTheData_AddsTheSerializersIgnoreThere()
    {
        const string Api = """
            using System.Collections.Generic;
            using System.Text.Json;

            class Api
            {
                string Run(List<Witness> witnesses) => JsonSerializer.Serialize({|PA0002:witnesses|});
                string Again(Witness witness) => JsonSerializer.Serialize({|PA0002:witness|});
                string Other(Witness witness) => Newtonsoft.Json.JsonConvert.SerializeObject({|PA0002:witness|});
            }
            """;
        const string Witness = """
            using PolicyAnalyzers;

            public sealed class Witness
            {
                [ProtectedData]
                public string Name { get; set; } = "";

                public int Age { get; set; }
            }
            """;
        var test = new Verify.Test();
        test.TestState.Sources.Add(("Api.cs", Api));
        test.TestState.Sources.Add(("Witness.cs", Witness));
        test.FixedState.Sources.Add(("Api.cs", ExpectedFix.Unmarked(Api)));
        test.FixedState.Sources.Add(("Witness.cs", ExpectedFix.WitnessNameIgnored(Witness)));

        // Newtonsoft does not honour System.Text.Json's [JsonIgnore]: that call still leaks.
        test.FixedState.ExpectedDiagnostics.Add(Verify.Diagnostic("PA0002").WithSpan("Api.cs", 8, 82, 8, 89)
            .WithArguments("Witness.Name", "the serializer 'JsonConvert.SerializeObject'"));
        test.CodeActionEquivalenceKey = MemberExclusion.KeyFor("System.Text.Json.Serialization.JsonIgnoreAttribute");
        test.CodeActionIndex = 0;
        test.NumberOfFixAllIterations = 1;
        test.NumberOfIncrementalIterations = 1;
        await test.RunAsync();
    }

    [Fact]
    public async Task WhenCsvWriterWritesTheRecords_AddsCsvHelpersIgnore()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using System.Collections.Generic;
                using CsvHelper;
                using PolicyAnalyzers;

                public sealed class Row
                {
                    public string Facility { get; set; } = "";

                    [ProtectedData]
                    public string Name { get; set; } = "";
                }

                class Export
                {
                    void Run(CsvWriter csv, List<Row> rows) => csv.WriteRecords({|PA0001:rows|});
                }
                """,
            FixedCode = """
                using System.Collections.Generic;
                using CsvHelper;
                using PolicyAnalyzers;
                using CsvHelper.Configuration.Attributes;

                public sealed class Row
                {
                    public string Facility { get; set; } = "";

                    [ProtectedData]
                    [Ignore]
                    public string Name { get; set; } = "";
                }

                class Export
                {
                    void Run(CsvWriter csv, List<Row> rows) => csv.WriteRecords(rows);
                }
                """,
        };
        await test.RunAsync();
    }

    // A protected value serialized on its own is no member of a serialized type: there is nothing to exclude.
    [Fact]
    public async Task WhenTheValueIsNotAMemberOfASerializedType_OffersOnlyTheApproval()
    {
        var project = CodeFixHarness.CreateProject("""
            using System.Text.Json;
            using PolicyAnalyzers;

            class Api
            {
                string Run([ProtectedData] string name) => JsonSerializer.Serialize(name);
            }
            """);

        var leak = Assert.Single(await CodeFixHarness.DiagnosticsAsync(project));
        Assert.Equal(
            new[] { "Approve this disclosure with [AuthorizedDisclosure]" },
            await CodeFixHarness.OfferedTitlesAsync(project, leak));
    }
}
