using System.Collections.Generic;
using System.Linq;
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
        var source = GeneratedClass(
            """
            public sealed class Pricing
            {
                private decimal _rate = 0.2m;
                public decimal Step0(decimal amount) => Step1(amount) + Step1(amount * _rate);

            """,
            Enumerable.Range(1, depth - 1)
                .Select(i => $"private decimal Step{i}(decimal amount) => Step{i + 1}(amount) + Step{i + 1}(amount * _rate);")
                .Append($"private decimal Step{depth}(decimal amount) => amount * _rate;"));

        AssertSummarizedWithin("Cost", source, "Step0", depth + 1, 4 * (depth + 1));
    }

    [Fact]
    public void WhenMethodsFormACycleWithManyPaths_WalksEachMethodAFewTimesPerRound()
    {
        // Rules that evaluate other rules (pricing, discounts, cart rules): a cycle whose members are reached along
        // many paths. Each member was walked once per path in every round of the cycle: 2^n.
        const int depth = 12;
        var source = GeneratedClass(
            "public sealed class Rules\n{\n",
            Enumerable.Range(0, depth)
                .Select(i => $"public string Rule{i}(string input) => Rule{i + 1}(input) + Rule{i + 1}(input.Trim());")
                .Append($"public string Rule{depth}(string input) => input.Length > 3 ? Rule0(input.Substring(1)) : input;"));

        AssertSummarizedWithin("Cycle", source, "Rule0", depth + 1, 10 * (depth + 1));
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

        // 36 with the bound of two nested field states (the call chain Add -> _next.Add is still followed), 120 without.
        AssertSummarizedWithin("Chain", source.ToString(), "Report0", 1, 60);
    }

    /// <summary>A class: its opening (declaration and first members), then one generated member a line, then its end.</summary>
    private static string GeneratedClass(string opening, IEnumerable<string> members) =>
        opening + string.Concat(members.Select(member => $"    {member}\n")) + "}\n";

    /// <summary>
    /// Summarizes <paramref name="method"/> of the source, compiled alone into an assembly of that name: the summary is
    /// usable and took between <paramref name="minWalks"/> and <paramref name="maxWalks"/> method walks.
    /// </summary>
    private static void AssertSummarizedWithin(string assemblyName, string source, string method, int minWalks, int maxWalks)
    {
        var probe = new SummaryProbe(CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(source)],
            Verifiers.TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)));

        var summary = probe.Summarize(method);

        Assert.True(summary.IsUsable);
        Assert.InRange(probe.Flow.Walks, minWalks, maxWalks);
    }
}
