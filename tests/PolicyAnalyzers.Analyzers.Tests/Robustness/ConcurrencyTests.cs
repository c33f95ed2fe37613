using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;
using static PolicyAnalyzers.Tests.Robustness.AnalysisHarness;

namespace PolicyAnalyzers.Tests.Robustness;

/// <summary>
/// The driver runs the analyzers on many threads at once (concurrentAnalysis); the IDE asks for one document at a
/// time and cancels at every keystroke. None of it may change what is reported: the analyzers keep no shared mutable
/// state beyond the caches of one compilation, and cancellation stops them promptly without leaving anything behind.
/// </summary>
public class ConcurrencyTests
{
    private readonly ITestOutputHelper _output;

    public ConcurrencyTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task WhenFiftyFilesAreAnalysedConcurrentlyOrNot_TheDiagnosticsAreIdentical()
    {
        var compilation = Compile(GeneratedSolution.Files(50));
        var baseline = await RunAsync(compilation, concurrent: false);

        // Every diagnostic of the analyzer is there, so the comparison compares something.
        foreach (var id in new[] { "PA0001", "PA0002", "PA0003", "PA0004", "PA0005", "PA0006" })
        {
            Assert.Contains(baseline, line => line.StartsWith(id, StringComparison.Ordinal));
        }

        foreach (var (concurrent, fresh) in new[] { (true, false), (true, false), (true, true), (false, false), (true, false) })
        {
            // A fresh compilation too: nothing may depend on the semantic models or caches of an earlier run.
            var run = await RunAsync(fresh ? Compile(GeneratedSolution.Files(50)) : compilation, concurrent);
            Assert.Equal(baseline, run);
        }

        _output.WriteLine($"{baseline.Count} diagnostics, identical in 6 runs");
    }

    [Fact]
    public async Task WhenFilesAreAnalysedOneAtATimeAsTheIdeDoes_TheirLeaksAreThoseOfTheWholeCompilation()
    {
        var compilation = Compile(GeneratedSolution.Files(50));
        var whole = (await RunAsync(compilation, concurrent: true)).Where(IsLeak).ToList();

        // The IDE asks for the diagnostics of the open document (and span) only; compilation-end diagnostics
        // (PA0004, PA0006) do not exist there, the leaks must be the same.
        var analysis = WithAnalyzers(compilation, concurrent: true);
        var byFile = new List<string>();
        foreach (var tree in compilation.SyntaxTrees.Reverse())
        {
            var diagnostics = await analysis.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), filterSpan: null, CancellationToken.None);
            AssertNoFailure(diagnostics, tree.FilePath);
            byFile.AddRange(diagnostics.Select(Format).Where(IsLeak));
        }

        Assert.NotEmpty(whole);
        Assert.Equal(whole, byFile.OrderBy(line => line, StringComparer.Ordinal).ToList());
    }

    public static readonly TheoryData<int> CancellationMoments = new() { 0, 25, 100, 400 };

    [Theory]
    [MemberData(nameof(CancellationMoments))]
    public async Task WhenAnalysisIsCancelled_ItStopsWithinSecondsAndNoAnalyzerThrows(int afterMilliseconds)
    {
        var compilation = Compile(GeneratedSolution.Files(300));
        var exceptions = new ConcurrentQueue<string>();
        var analysis = WithAnalyzers(compilation, concurrent: true, (exception, analyzer, _) => exceptions.Enqueue(analyzer.GetType().Name + ": " + exception));
        using var cancellation = new CancellationTokenSource();

        var running = analysis.GetAnalyzerDiagnosticsAsync(cancellation.Token);
        await Task.Delay(afterMilliseconds);
        cancellation.Cancel();
        var stopwatch = Stopwatch.StartNew();

        var stopped = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running.WaitAsync(TimeSpan.FromSeconds(5)));
        _output.WriteLine($"Cancelled after {afterMilliseconds} ms; stopped {stopwatch.ElapsedMilliseconds} ms later ({stopped.GetType().Name})");
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"stopped only {stopwatch.Elapsed.TotalSeconds:0.0} s after cancellation");
        Assert.Empty(exceptions);
    }

    [Fact]
    public async Task WhenAnalysisIsCancelledAndRequestedAgain_TheNextRunReportsWhatAnUncancelledRunReports()
    {
        var compilation = Compile(GeneratedSolution.Files(50));
        var baseline = await RunAsync(compilation, concurrent: true);

        // As the IDE does: the same compilation, a cancelled request, then a new one.
        using (var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50)))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => AnalyzeAsync(compilation, concurrent: true, cancellation.Token));
        }

        Assert.Equal(baseline, await RunAsync(compilation, concurrent: true));
    }

    private static bool IsLeak(string line) =>
        line.StartsWith("PA0001", StringComparison.Ordinal) || line.StartsWith("PA0002", StringComparison.Ordinal) || line.StartsWith("PA0003", StringComparison.Ordinal);

    private static async Task<List<string>> RunAsync(Compilation compilation, bool concurrent)
    {
        var diagnostics = await AnalyzeWithinAsync(compilation, Bound, concurrent);
        AssertNoFailure(diagnostics, Describe(compilation));
        return diagnostics.Select(Format).OrderBy(line => line, StringComparer.Ordinal).ToList();
    }
}
