using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using PolicyAnalyzers.Flow;
using Xunit.Abstractions;
using static PolicyAnalyzers.Tests.Robustness.AnalysisHarness;

namespace PolicyAnalyzers.Tests.Robustness;

/// <summary>
/// Code at sizes no person writes and generators do: thousands of statements, thousands of terms, expressions and
/// call chains thousands deep, types nested thousands deep. The analysis finishes, never fails, and never runs off
/// the end of a 1 MB thread stack (which would end the compiler process, beyond any AD0001).
/// </summary>
public class LargeCodeTests
{
    private readonly ITestOutputHelper _output;

    public LargeCodeTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task WhenAMethodHasFiveThousandStatements_TheLeakAtItsEndIsReported()
    {
        var body = new StringBuilder("        var v0 = record.FullName;\n");
        for (var i = 1; i < 5_000; i++)
        {
            body.Append("        var v").Append(i).Append(" = v").Append(i - 1).Append(" + \",\";\n");
        }

        var diagnostics = await AnalyzeCleanlyAsync(TestModel.With(
            "class Export\n{\n    void Run(DetentionRecord record)\n    {\n" + body + "        Console.WriteLine(v4999);\n    }\n}\n"));

        Assert.Single(Reported(diagnostics, "PA0003"));
    }

    [Fact]
    public async Task WhenAStringConcatenatesFiveThousandTerms_TheProtectedTermIsReported()
    {
        var terms = Enumerable.Range(0, 5_000).Select(i => i == 2_500 ? "record.FullName" : "count.ToString()");

        var diagnostics = await AnalyzeCleanlyAsync(TestModel.With(
            "class Export\n{\n    void Run(DetentionRecord record, int count)\n    {\n        var text = " + string.Join(" + ", terms) +
            ";\n        File.WriteAllText(\"roster.txt\", text);\n    }\n}\n"));

        Assert.Single(Reported(diagnostics, "PA0001"));
    }

    /// <summary>Shape, one level of it (@ is the level below), and whether the protected value at the bottom is reported.</summary>
    public static readonly TheoryData<string, string, bool> DeepExpressions = new()
    {
        // Parentheses are no operations: the value is right at the top.
        { "parentheses", "(@)", true },

        // docs/limits.md: below 200 nested operations nothing is evaluated, so the protected value at the bottom is not seen.
        { "calls", "Id(@)", false },
        { "right-nested concatenation", "\"a\" + (@)", false },
        { "conditionals", "flag ? (@) : \"\"", false },
        { "object creations", "new Box(@).Value", false },
        { "member calls", "@.Trim()", false },
    };

    [Theory]
    [MemberData(nameof(DeepExpressions))]
    public async Task WhenAnExpressionIsNestedAThousandDeep_TheAnalysisFinishesAsDocumented(string shape, string level, bool reported)
    {
        // Five times the analyzer's limit, and no deeper: before any analyzer sees the method, the driver has Roslyn
        // bind it and build its operations, both recursively, on a thread-pool thread (8 MB of stack here). At 2,000
        // levels of "new Box(@).Value" Roslyn's operation factory alone, in tier-0 JIT code, needed more than that
        // and ended the test host now and then (a dotnet build of it, all CA analyzers on, needs less than 4 MB).
        var expression = "record.FullName";
        for (var i = 0; i < 1_000; i++)
        {
            expression = level.Replace("@", expression, StringComparison.Ordinal);
        }

        var diagnostics = await AnalyzeCleanlyAsync(TestModel.With(
            "class Deep\n{\n    static bool flag;\n    sealed record Box(string Value);\n    static string Id(string s) => s;\n" +
            "    void Run(DetentionRecord record)\n    {\n        var text = " + expression + ";\n        Console.WriteLine(text);\n    }\n}\n"));

        Assert.True(reported == (Reported(diagnostics, "PA0003").Count == 1), shape);
    }

    [Fact]
    public async Task WhenACallChainFitsInTheSummaryDepth_TheLeakAtItsEndIsReportedAtItsStart()
    {
        // Start and 31 helpers: 32 summaries inside one another, FlowContext.MaxSummaryDepth.
        var diagnostics = await AnalyzeCleanlyAsync(Chain(helpers: 31));

        var leak = Assert.Single(Reported(diagnostics, "PA0001"));
        Assert.Contains("through 'Chain.Step1'", leak, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenACallChainIsAThousandHelpersLong_TheAnalysisFinishesWithoutFailing()
    {
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = await AnalyzeCleanlyAsync(Chain(helpers: 1_000));
        _output.WriteLine($"1,000 helpers analysed in {stopwatch.ElapsedMilliseconds} ms: {diagnostics.Length} diagnostics");

        // Past 32 summaries inside one another the far helpers count as library methods, so the leak at the end is
        // reported at the start only when the driver happened to summarise the helpers from the sink up (see the
        // next two tests): never anywhere else, and never as a failure.
        Assert.All(diagnostics, d => Assert.True(d.Id == "PA0001" && d.GetMessage().Contains("'Chain.Step1'", StringComparison.Ordinal), Format(d)));
    }

    [Fact]
    public void WhenAChainLongerThanTheSummaryDepthIsSummarisedFromItsStart_TheFarHelpersCountAsLibraryMethods()
    {
        var probe = new SummaryProbe(Compile(Chain(helpers: 40)));

        var start = probe.Summarize("Start");

        Assert.Empty(start.Findings);
    }

    [Fact]
    public void WhenTheSameChainWasSummarisedFromItsSinkUp_TheStartSeesTheLeak()
    {
        var probe = new SummaryProbe(Compile(Chain(helpers: 40)));
        for (var step = 40; step >= 1; step--)
        {
            probe.Summarize("Step" + step);
        }

        var start = probe.Summarize("Start");

        Assert.Single(start.Findings);
    }

    [Fact]
    public void WhenMutuallyRecursiveHelpersAreSummarisedInEitherOrder_TheirCallerGetsTheSameAnswer()
    {
        var source = TestModel.With("""
            static class PingPong
            {
                public static void Ping(string value, int n) { Console.WriteLine(value); if (n > 0) Pong(value, n - 1); }
                public static void Pong(string value, int n) { if (n > 0) Ping(value, n - 1); }
                public static void Run(Applicant applicant) => Pong(applicant.Name, 3);
            }
            """);

        var pingFirst = new SummaryProbe(Compile(source));
        pingFirst.Summarize("Ping");
        var pongFirst = new SummaryProbe(Compile(source));
        pongFirst.Summarize("Pong");

        Assert.Equal(pongFirst.Summarize("Run").Findings.Length, pingFirst.Summarize("Run").Findings.Length);

        // And the leak through the cycle is found, not lost: Pong hands the name to Ping, which logs it.
        Assert.Single(pingFirst.Summarize("Run").Findings);
    }

    [Theory]
    [InlineData("A", "B", "C")]
    [InlineData("B", "C", "A")]
    [InlineData("C", "A", "B")]
    [InlineData("C", "B", "A")]
    public void WhenACycleOfThreeIsSummarisedInAnyOrder_EveryMethodGetsTheSameSummary(string first, string second, string third)
    {
        // A passes its parameter to B, B to C, C back to A; only C writes it out, and only A returns it.
        var source = TestModel.With("""
            static class Cycle
            {
                public static string A(string value, int n) => n > 0 ? B(value, n - 1) : value;
                public static string B(string value, int n) => C(value, n);
                public static string C(string value, int n) { File.WriteAllText("x", value); return A(value, n); }
                public static void Run(Applicant applicant, TextWriter writer) => writer.Write(B(applicant.Name, 2));
            }
            """);

        var reference = new SummaryProbe(Compile(source));
        var probe = new SummaryProbe(Compile(source));
        foreach (var name in new[] { first, second, third })
        {
            probe.Summarize(name);
        }

        foreach (var name in new[] { "A", "B", "C" })
        {
            Assert.True(reference.Summarize(name).HasSameEffects(probe.Summarize(name)), name + " differs with the order " + first + second + third);
        }

        // Run passes the name into the cycle (which writes it) and writes what comes back: two findings, whatever the order.
        Assert.Equal(2, probe.Summarize("Run").Findings.Length);
        Assert.Equal(2, reference.Summarize("Run").Findings.Length);
    }

    [Fact]
    public void WhenCallsAreNestedDeepInEachOfThirtyHelpers_TheirSummariesFitInAOneMegabyteStack()
    {
        // Before StackGuard and FlowContext.MaxNestedDepth: 31 walkers of ~190 operations each, one inside another,
        // overflowed this stack and ended the process.
        var probe = new SummaryProbe(Compile(DeeplyNestedChain(helpers: 31, nesting: 190)));

        var start = SummaryProbe.OnThreadWithStack(SummaryProbe.OneMegabyte, () => probe.Summarize("Start"));

        Assert.Null(start.Failure);
    }

    [Fact]
    public async Task WhenCallsAreNestedDeepInEachOfThirtyHelpers_NeitherAnalyzerFails()
    {
        await AnalyzeCleanlyAsync(DeeplyNestedChain(helpers: 31, nesting: 190));
    }

    [Fact]
    public void WhenSerializedTypesNestTwoThousandDeep_TheSearchForProtectedMembersFitsInAOneMegabyteStack()
    {
        // Before ProtectionModel's depth limit this recursion overflowed a 1 MB stack at about 1,300 types.
        var compilation = Compile(NestedTypes(2_000));
        var outermost = compilation.GetTypeByMetadataName("T1")!;
        var protection = new ProtectionModel(new PolicyAnalyzers.Policy.ApiPolicy(PolicyAnalyzers.Policy.ProjectPolicy.Empty));

        var source = SummaryProbe.OnThreadWithStack(SummaryProbe.OneMegabyte, () => protection.GetContainedProtection(outermost, PolicyAnalyzers.Policy.DataView.SystemTextJson));

        // Deeper than System.Text.Json writes (64 objects): not followed.
        Assert.Null(source);
    }

    [Fact]
    public async Task WhenSerializedTypesNestTwoThousandDeep_NeitherAnalyzerFails()
    {
        await AnalyzeCleanlyAsync(NestedTypes(2_000));
    }

    /// <summary>Start passes a protected name down <paramref name="helpers"/> helpers; the last writes it to a file.</summary>
    private static string Chain(int helpers)
    {
        var code = new StringBuilder("static class Chain\n{\n    public static void Start(Applicant applicant) => Step1(applicant.Name);\n");
        for (var i = 1; i <= helpers; i++)
        {
            code.Append("    public static void Step").Append(i).Append("(string value) => ")
                .Append(i < helpers ? $"Step{i + 1}(value);\n" : "File.WriteAllText(\"out.txt\", value);\n");
        }

        return TestModel.With(code.Append("}\n").ToString());
    }

    /// <summary>Like <see cref="Chain"/>, with each call to the next helper at the bottom of <paramref name="nesting"/> nested calls.</summary>
    private static string DeeplyNestedChain(int helpers, int nesting)
    {
        var code = new StringBuilder("static class Deep\n{\n    public static void Start(Applicant applicant) => M1(applicant.Name);\n");
        for (var i = 1; i <= helpers; i++)
        {
            var expression = i < helpers ? $"M{i + 1}(value)" : "Sink(value)";
            code.Append("    public static string M").Append(i).Append("(string value) => ")
                .Append(string.Concat(Enumerable.Repeat("Id(", nesting))).Append(expression).Append(')', nesting).Append(";\n");
        }

        code.Append("    static string Id(string s) => s;\n");
        code.Append("    static string Sink(string s) { File.WriteAllText(\"x\", s); return s; }\n}\n");
        return TestModel.With(code.ToString());
    }

    /// <summary>T1 holds a T2, which holds a T3... and the last holds a marked name; an API serializes a T1.</summary>
    private static string NestedTypes(int depth)
    {
        var code = new StringBuilder();
        for (var i = 1; i < depth; i++)
        {
            code.Append("public sealed class T").Append(i).Append(" { public T").Append(i + 1).Append("? Next { get; set; } }\n");
        }

        code.Append("public sealed class T").Append(depth).Append(" { [ProtectedData] public string Name { get; set; } = \"\"; }\n");
        code.Append("class Api { string Run(T1 value) => System.Text.Json.JsonSerializer.Serialize(value); }\n");
        return TestModel.With(code.ToString());
    }
}
