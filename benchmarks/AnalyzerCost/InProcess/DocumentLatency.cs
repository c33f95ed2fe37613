using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace PolicyAnalyzers.Benchmarks;

/// <summary>
/// What an edit costs in the IDE: after one document changes, the project's compilation is new, and the IDE asks for
/// that document's semantic diagnostics. Each sample edits a different document (a new statement in a method body),
/// builds the new compilation, binds its declarations (the IDE has them from other features), then times the
/// document's analysis with PolicyAnalyzers alone: the wall time of the request, and the analyzers' own time as the
/// driver accounts it (their callbacks, including the once-per-compilation setup a new compilation pays).
/// </summary>
internal static class DocumentLatency
{
    public static void Run(ImmutableArray<SyntaxTree> trees, Func<ImmutableArray<SyntaxTree>, Compilation> create, DiagnosticAnalyzer[] analyzers, int edits)
    {
        var baseline = create(trees);
        baseline.GetDiagnostics(); // what the IDE has computed before the first edit
        var wall = new List<double>();
        var own = new List<double>();
        var step = Math.Max(1, trees.Length / edits);
        for (var i = -2; i < edits; i++)
        {
            var tree = trees[(Math.Max(i, 0) * step + trees.Length / 3) % trees.Length];
            var edited = Edit(tree, i);
            var compilation = baseline.ReplaceSyntaxTree(tree, edited);
            compilation.GetDeclarationDiagnostics();
            var withAnalyzers = compilation.WithAnalyzers(
                analyzers.ToImmutableArray(),
                new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: true));
            var stopwatch = Stopwatch.StartNew();
            var diagnostics = withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(edited), null, CancellationToken.None).GetAwaiter().GetResult();
            stopwatch.Stop();
            if (diagnostics.FirstOrDefault(d => d.Id is "AD0001" or "PA0999") is { } failure)
            {
                throw new InvalidOperationException(failure.ToString());
            }

            var analyzerTime = analyzers.Sum(a => withAnalyzers.GetAnalyzerTelemetryInfoAsync(a, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds);
            if (i >= 0)
            {
                // The first two edits warm up the JIT and are not counted.
                wall.Add(stopwatch.Elapsed.TotalMilliseconds);
                own.Add(analyzerTime);
            }
        }

        Console.WriteLine($"{edits} edits, one document each, PolicyAnalyzers only");
        Console.WriteLine("| per edited document | median (ms) | p95 (ms) | max (ms) |");
        Console.WriteLine("|---|---:|---:|---:|");
        Console.WriteLine($"| request wall time (binding the document included) | {Percentile(wall, 50):0} | {Percentile(wall, 95):0} | {wall.Max():0} |");
        Console.WriteLine($"| PolicyAnalyzers' own time | {Percentile(own, 50):0} | {Percentile(own, 95):0} | {own.Max():0} |");
    }

    /// <summary>A new statement at the start of the document's first method body with statements: a typical keystroke.</summary>
    private static SyntaxTree Edit(SyntaxTree tree, int seed)
    {
        var text = tree.GetText();
        var source = text.ToString();
        var brace = source.IndexOf("    {\n        ", source.IndexOf("public ", source.IndexOf("class ", StringComparison.Ordinal), StringComparison.Ordinal), StringComparison.Ordinal);
        var at = brace < 0 ? source.Length : brace + "    {\n".Length;
        var statement = brace < 0 ? $"\n// edit {seed}\n" : $"        var edit{Math.Abs(seed)} = {seed};\n";
        return tree.WithChangedText(text.WithChanges(new TextChange(new TextSpan(at, 0), statement)));
    }

    private static double Percentile(List<double> values, int percentile)
    {
        var sorted = values.OrderBy(v => v).ToList();
        var index = (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Count - 1)];
    }
}
