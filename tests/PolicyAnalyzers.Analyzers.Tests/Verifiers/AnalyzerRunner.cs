using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PolicyAnalyzers.Tests.Verifiers;

/// <summary>
/// Runs analyzers over sources the way the compiler does, returning every diagnostic including analyzer crashes
/// (AD0001), for tests that check robustness rather than exact expectations.
/// </summary>
internal static class AnalyzerRunner
{
    public static Task<ImmutableArray<Diagnostic>> RunAsync(DiagnosticAnalyzer analyzer, params string[] sources) =>
        RunAsync(ImmutableArray.Create(analyzer), CancellationToken.None, sources);

    public static async Task<ImmutableArray<Diagnostic>> RunAsync(
        ImmutableArray<DiagnosticAnalyzer> analyzers, CancellationToken cancellationToken, params string[] sources)
    {
        var compilation = CreateCompilation(sources);
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: null,
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        return await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
    }

    public static CSharpCompilation CreateCompilation(params string[] sources)
    {
        var trees = ImmutableArray.CreateBuilder<SyntaxTree>();
        for (var i = 0; i < sources.Length; i++)
        {
            trees.Add(CSharpSyntaxTree.ParseText(sources[i], new CSharpParseOptions(LanguageVersion.Latest), path: $"Source{i}.cs"));
        }

        return CSharpCompilation.Create(
            "Analyzed",
            trees,
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }
}
