using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;
using static PolicyAnalyzers.Tests.Robustness.AnalysisHarness;

namespace PolicyAnalyzers.Tests.Robustness;

/// <summary>
/// The analyzers on thousands of broken versions of real code. CI runs a fixed seed and a small number of mutants;
/// build/fuzz.sh runs as many as asked, with any seed, through the same test (see <see cref="MutationFuzzer"/>).
/// </summary>
public class MutationFuzzTests
{
    /// <summary>What CI runs: about 10 s on a 2-core machine.</summary>
    public const int CiIterations = 60;

    /// <summary>Issue 6, where this fuzzer comes from.</summary>
    public const int CiSeed = 6;

    private static readonly TimeSpan MutantBound = TimeSpan.FromSeconds(10);

    private static readonly Lazy<MutationFuzzer> Fuzzer = new(() => new MutationFuzzer(FuzzCorpus.Load()));

    private readonly ITestOutputHelper _output;

    public MutationFuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task WhenTheCorpusIsUnmutated_EachSubjectAnalysesCleanlyAndHoldsLeaks()
    {
        foreach (var subject in FuzzCorpus.Load())
        {
            var diagnostics = await AnalyzeCleanlyAsync(subject);

            var leaks = diagnostics.Where(d => d.Id is "PA0001" or "PA0002" or "PA0003").ToList();
            Assert.True(leaks.Count >= 2, $"{subject.SyntaxTrees.Last().FilePath}: a corpus without leaks tests little; reported {leaks.Count}");
        }
    }

    [Fact]
    public async Task WhenTheSampleIsUnmutated_TheAnalyzersReportWhatItsExpectedDiagnosticsList()
    {
        // The sample's own list (build/sample.sh --check holds the real build to it); here its code lines, in process.
        var expected = File.ReadAllLines(Path.Combine(FuzzCorpus.RepositoryRoot(), "samples", "DetentionStatistics", "expected-diagnostics.txt"))
            .Where(line => line.Contains(".cs(", StringComparison.Ordinal))
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToList();

        var diagnostics = await AnalyzeCleanlyAsync(FuzzCorpus.Load()[0]);

        var reported = diagnostics
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Location.IsInSource)
            .Select(d =>
            {
                var start = d.Location.GetLineSpan().StartLinePosition;
                return $"{d.Location.SourceTree!.FilePath}({start.Line + 1},{start.Character + 1}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}";
            })
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, reported);
    }

    [Fact]
    public void WhenTheSameSeedAndIterationAreGiven_TheFuzzerMakesTheSameMutant()
    {
        var first = Fuzzer.Value.Create(CiSeed, 17);
        var again = Fuzzer.Value.Create(CiSeed, 17);

        Assert.Equal(first.Tree.ToString(), again.Tree.ToString());
        Assert.Equal(first.Mutations, again.Mutations);
    }

    [Fact]
    public async Task WhenTheCorpusIsMutated_NeitherAnalyzerFailsOnAnyMutant()
    {
        var seed = MutationFuzzer.Setting(MutationFuzzer.SeedVariable, CiSeed);
        var iterations = MutationFuzzer.Setting(MutationFuzzer.IterationsVariable, CiIterations);
        var first = MutationFuzzer.Setting(MutationFuzzer.FirstIterationVariable, 0);
        var failures = new List<string>();
        var slowest = TimeSpan.Zero;
        var stopwatch = Stopwatch.StartNew();

        for (var iteration = first; iteration < first + iterations; iteration++)
        {
            var mutant = Fuzzer.Value.Create(seed, iteration);
            var started = stopwatch.Elapsed;
            var problem = await MutationFuzzer.CheckAsync(mutant, MutantBound);
            slowest = TimeSpan.FromTicks(Math.Max(slowest.Ticks, (stopwatch.Elapsed - started).Ticks));
            if (problem is not null)
            {
                var report = mutant.Describe(problem);
                failures.Add(report);
                MutationFuzzer.Save(mutant, problem);
                _output.WriteLine(report);
            }
        }

        _output.WriteLine(
            $"Seed {seed}: {iterations} mutants from iteration {first} in {stopwatch.Elapsed.TotalSeconds:0.0} s " +
            $"(slowest {slowest.TotalMilliseconds:0} ms), {failures.Count} failed.");
        Assert.True(
            failures.Count == 0,
            $"{failures.Count} of {iterations} mutants (seed {seed}) made an analyzer fail. First:{Environment.NewLine}{failures.FirstOrDefault()}");
    }
}
