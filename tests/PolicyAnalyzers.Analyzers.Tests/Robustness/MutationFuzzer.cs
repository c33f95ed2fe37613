using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PolicyAnalyzers.Tests.Robustness;

/// <summary>
/// Breaks the corpus a few tokens at a time, as typing does, and runs both analyzers on each mutant. Each mutant is
/// a function of the seed and its iteration alone (its own <see cref="Random"/>), so any failure can be replayed
/// without replaying the iterations before it. Tokens come from Roslyn's lexer: deleted, inserted (a token from
/// elsewhere in the same file) or duplicated, and now and then the file is cut short, as if not typed yet.
/// </summary>
internal sealed class MutationFuzzer
{
    public const string IterationsVariable = "POLICYANALYZERS_FUZZ_ITERATIONS";
    public const string SeedVariable = "POLICYANALYZERS_FUZZ_SEED";
    public const string FirstIterationVariable = "POLICYANALYZERS_FUZZ_FIRST";
    public const string OutputVariable = "POLICYANALYZERS_FUZZ_OUTPUT";

    private readonly List<Target> _targets = new();

    public MutationFuzzer(IEnumerable<Compilation> subjects)
    {
        foreach (var subject in subjects)
        {
            foreach (var tree in subject.SyntaxTrees.Where(FuzzCorpus.IsMutable))
            {
                var tokens = SyntaxFactory.ParseTokens(tree.GetText().ToString(), options: (CSharpParseOptions)tree.Options)
                    .Select(token => new Piece(token.LeadingTrivia.ToFullString(), token.Text, token.TrailingTrivia.ToFullString()))
                    .ToImmutableArray();
                _targets.Add(new Target(subject, tree, tokens));
            }
        }
    }

    /// <summary>The mutant of iteration <paramref name="iteration"/> under <paramref name="seed"/>.</summary>
    public Mutant Create(int seed, int iteration)
    {
        var random = new Random(unchecked((seed * 1_000_003) + iteration));
        var target = _targets[random.Next(_targets.Count)];
        var pieces = target.Pieces.ToList();
        var steps = new List<string>();
        var mutations = 1 + random.Next(3);
        for (var i = 0; i < mutations; i++)
        {
            // Never the end-of-file token itself: everything else is fair game.
            var at = random.Next(pieces.Count - 1);
            var piece = pieces[at];
            switch (random.Next(10))
            {
                case 9:
                    // The rest of the file not typed yet (the end-of-file token stays).
                    pieces.RemoveRange(at, pieces.Count - 1 - at);
                    steps.Add($"cut the file before token {at}");
                    break;
                case 0 or 1 or 2:
                    pieces[at] = piece with { Text = string.Empty };
                    steps.Add($"deleted '{piece.Text}' (token {at})");
                    break;
                case 3 or 4 or 5:
                    var inserted = target.Pieces[random.Next(target.Pieces.Length - 1)].Text;
                    pieces.Insert(at, new Piece(" ", inserted, " "));
                    steps.Add($"inserted '{inserted}' before token {at}");
                    break;
                default:
                    pieces.Insert(at + 1, new Piece(" ", piece.Text, string.Empty));
                    steps.Add($"duplicated '{piece.Text}' (token {at})");
                    break;
            }
        }

        var text = new StringBuilder();
        foreach (var piece in pieces)
        {
            text.Append(piece.Leading).Append(piece.Text).Append(piece.Trailing);
        }

        var tree = CSharpSyntaxTree.ParseText(text.ToString(), (CSharpParseOptions)target.Tree.Options, target.Tree.FilePath, Encoding.UTF8);
        return new Mutant(seed, iteration, target.Tree.FilePath, string.Join("; ", steps), tree, target.Subject.ReplaceSyntaxTree(target.Tree, tree));
    }

    /// <summary>Runs both analyzers on the mutant; the problem found, or null.</summary>
    public static async Task<string?> CheckAsync(Mutant mutant, TimeSpan bound)
    {
        ImmutableArray<Diagnostic> diagnostics;
        try
        {
            diagnostics = await AnalysisHarness.AnalyzeWithinAsync(mutant.Compilation, bound, concurrent: true).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return $"The analysis did not finish within {bound.TotalSeconds:0} s.";
        }

        var failures = diagnostics.Where(AnalysisHarness.IsFailure).Select(AnalysisHarness.Format).ToList();
        return failures.Count == 0 ? null : string.Join(Environment.NewLine, failures);
    }

    /// <summary>Writes a failing mutant where <see cref="OutputVariable"/> says, for the long runs of build/fuzz.sh.</summary>
    public static void Save(Mutant mutant, string problem)
    {
        var directory = Environment.GetEnvironmentVariable(OutputVariable);
        if (string.IsNullOrEmpty(directory))
        {
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(
            Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"seed{mutant.Seed}-iteration{mutant.Iteration}.cs.txt")),
            mutant.Describe(problem));
    }

    public static int Setting(string variable, int ciValue) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : ciValue;

    private sealed record Piece(string Leading, string Text, string Trailing);

    private sealed record Target(Compilation Subject, SyntaxTree Tree, ImmutableArray<Piece> Pieces);
}

/// <summary>One mutated file in its compilation, with what it takes to reproduce it.</summary>
internal sealed record Mutant(int Seed, int Iteration, string Path, string Mutations, SyntaxTree Tree, Compilation Compilation)
{
    public string Describe(string problem) =>
        $"""
        Seed {Seed}, iteration {Iteration}: {Path}, {Mutations}
        {problem}
        Replay: {MutationFuzzer.FirstIterationVariable}={Iteration} build/fuzz.sh 1 {Seed}
        ----- {Path} as mutated -----
        {Tree.GetText()}
        -----
        """;
}
