using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PolicyAnalyzers.Tests.Robustness;

/// <summary>How many method bodies the analysis walks: each method about once, whatever the shape of the calls.</summary>
public class SummaryCostTests
{
    [Fact]
    public void WhenMethodsReadFieldsWhoseStateIsBeingComputed_WalksEachMethodAFewTimes()
    {
        // A service whose methods read its field and call the next one twice (a pricing pipeline's shape). Reading the
        // field while its state is computed makes each summary provisional; walking those again per call was 2^n.
        const int depth = 14;
        var source = new StringBuilder("""
            public sealed class Pricing
            {
                private decimal _rate = 0.2m;
                public decimal Step0(decimal amount) => Step1(amount) + Step1(amount * _rate);

            """);
        for (var i = 1; i < depth; i++)
        {
            source.AppendLine($"    private decimal Step{i}(decimal amount) => Step{i + 1}(amount) + Step{i + 1}(amount * _rate);");
        }

        source.AppendLine($"    private decimal Step{depth}(decimal amount) => amount * _rate;");
        source.AppendLine("}");
        var probe = Probe("Cost", source);

        var summary = probe.Summarize("Step0");

        Assert.True(summary.IsUsable);
        Assert.InRange(probe.Flow.Walks, depth + 1, 4 * (depth + 1));
    }

    [Fact]
    public void WhenMethodsFormACycleWithManyPaths_WalksEachMethodAFewTimesPerRound()
    {
        // Rules that evaluate other rules (pricing, discounts, cart rules): a cycle whose members are reached along
        // many paths. Each member was walked once per path in every round of the cycle: 2^n.
        const int depth = 12;
        var source = new StringBuilder("public sealed class Rules\n{\n");
        for (var i = 0; i < depth; i++)
        {
            source.AppendLine($"    public string Rule{i}(string input) => Rule{i + 1}(input) + Rule{i + 1}(input.Trim());");
        }

        source.AppendLine($"    public string Rule{depth}(string input) => input.Length > 3 ? Rule0(input.Substring(1)) : input;");
        source.AppendLine("}");
        var probe = Probe("Cycle", source);

        var summary = probe.Summarize("Rule0");

        Assert.True(summary.IsUsable);
        Assert.InRange(probe.Flow.Walks, depth + 1, 10 * (depth + 1));
    }

    [Fact]
    public void WhenServicesHoldTheNextOneInAField_OneMethodsAnalysisDoesNotWalkTheWholeChain()
    {
        // Each service stores names and hands them to the next service it holds in a field: computing one field state
        // needed the next one's, and so on down the chain, for every new compilation (in the IDE, every edit).
        const int services = 30;
        var source = new StringBuilder("using System.Collections.Generic;\n");
        for (var i = 0; i < services; i++)
        {
            var next = i + 1 < services ? $"Service{i + 1}" : "object";
            var forward = i + 1 < services ? "_next.Add(name);" : "";
            source.AppendLine($$"""
                public sealed class Service{{i}}
                {
                    private readonly List<string> _names = new();
                    private readonly {{next}} _next;
                    public Service{{i}}({{next}} next) { _next = next; }
                    public void Add(string name) { _names.Add(name); {{forward}} }
                    public string Report{{i}}() => string.Join(",", _names);
                }
                """);
        }

        var probe = Probe("Chain", source);

        var summary = probe.Summarize("Report0");

        Assert.True(summary.IsUsable);
        // 36 with the bound of two nested field states (the call chain Add -> _next.Add is still followed), 120 without.
        Assert.InRange(probe.Flow.Walks, 1, 60);
    }

    /// <summary>A probe of the generated source, compiled alone into an assembly of that name.</summary>
    private static SummaryProbe Probe(string assemblyName, StringBuilder source) =>
        new(CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(source.ToString())],
            Verifiers.TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)));
}
