using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PolicyAnalyzers.Analyzers;
using PolicyAnalyzers.Tests.Verifiers;

namespace PolicyAnalyzers.Tests.Robustness;

/// <summary>
/// Runs both analyzers the way a build or the IDE does (CompilationWithAnalyzers) under a time bound, and judges the
/// outcome the way a user's build would: an AD0001 fails the build, a PA0999 means a member went unanalysed.
/// </summary>
internal static class AnalysisHarness
{
    /// <summary>Generous: a hang fails the test instead of hanging CI; real runs take a fraction of this.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static ImmutableArray<DiagnosticAnalyzer> Analyzers() =>
        ImmutableArray.Create<DiagnosticAnalyzer>(new ProtectedDataFlowAnalyzer(), new AuthorizedDisclosureAnalyzer());

    /// <summary>A library over the test references (framework, ASP.NET Core, the attributes, the catalog's libraries).</summary>
    public static CSharpCompilation Compile(params string[] sources) =>
        Compile(TestReferences.All, OutputKind.DynamicallyLinkedLibrary, sources);

    public static CSharpCompilation Compile(IEnumerable<MetadataReference> references, OutputKind kind, params string[] sources) =>
        Compile(references, kind, sources.Select((source, i) => ($"Source{i}.cs", source)).ToArray());

    /// <summary>Files with their paths: a path such as <c>Generated.g.cs</c> is what marks generated code.</summary>
    public static CSharpCompilation Compile(IEnumerable<MetadataReference> references, OutputKind kind, params (string Path, string Source)[] files) =>
        Compile(references, kind, ParseOptions, files);

    public static CSharpCompilation Compile(
        IEnumerable<MetadataReference> references, OutputKind kind, CSharpParseOptions parseOptions, params (string Path, string Source)[] files) =>
        CSharpCompilation.Create(
            "Analyzed",
            files.Select(file => CSharpSyntaxTree.ParseText(file.Source, parseOptions, file.Path, Encoding.UTF8)),
            references,
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));

    /// <summary>Both analyzers over the sources, asserting no AD0001, no PA0999 and completion within <see cref="Bound"/>.</summary>
    public static Task<ImmutableArray<Diagnostic>> AnalyzeCleanlyAsync(params string[] sources) =>
        AnalyzeCleanlyAsync(Compile(sources));

    public static async Task<ImmutableArray<Diagnostic>> AnalyzeCleanlyAsync(
        Compilation compilation, string? caseName = null, AnalyzerConfigOptionsProvider? configuration = null)
    {
        var diagnostics = await AnalyzeWithinAsync(compilation, Bound, concurrent: true, configuration).ConfigureAwait(false);
        AssertNoFailure(diagnostics, (caseName is null ? string.Empty : caseName + ": ") + Describe(compilation));
        return diagnostics;
    }

    /// <summary>
    /// The analyzers' diagnostics, or a <see cref="TimeoutException"/> when they take longer than
    /// <paramref name="bound"/>: cancelled through the token then, and abandoned if they do not honour it, so that a
    /// hang fails the test instead of hanging CI.
    /// </summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeWithinAsync(
        Compilation compilation, TimeSpan bound, bool concurrent, AnalyzerConfigOptionsProvider? configuration = null)
    {
        using var timeout = new CancellationTokenSource(bound);
        var stopwatch = Stopwatch.StartNew();
        var analysis = WithAnalyzers(compilation, concurrent, configuration: configuration).GetAnalyzerDiagnosticsAsync(timeout.Token);
        try
        {
            return await analysis.WaitAsync(bound + TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is OperationCanceledException or TimeoutException)
        {
            throw new TimeoutException(
                $"The analysis did not finish within {bound.TotalSeconds:0} s (given up after {stopwatch.Elapsed.TotalSeconds:0.0} s, " +
                $"{exception.GetType().Name}) on {Describe(compilation)}");
        }
    }

    public static Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, bool concurrent, CancellationToken cancellationToken) =>
        WithAnalyzers(compilation, concurrent).GetAnalyzerDiagnosticsAsync(cancellationToken);

    public static CompilationWithAnalyzers WithAnalyzers(
        Compilation compilation,
        bool concurrent,
        Action<Exception, DiagnosticAnalyzer, Diagnostic>? onAnalyzerException = null,
        AnalyzerConfigOptionsProvider? configuration = null) =>
        compilation.WithAnalyzers(
            Analyzers(),
            new CompilationWithAnalyzersOptions(
                configuration is null
                    ? new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty)
                    : new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, configuration),
                onAnalyzerException,
                concurrentAnalysis: concurrent,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false));

    /// <summary>Fails with every AD0001 (an analyzer threw) and PA0999 (the analyzer gave up on a member).</summary>
    public static void AssertNoFailure(ImmutableArray<Diagnostic> diagnostics, string context)
    {
        var failures = diagnostics.Where(IsFailure).ToList();
        if (failures.Count > 0)
        {
            throw new Xunit.Sdk.XunitException(
                "The analyzers failed (" + string.Join(Environment.NewLine, failures.Select(Format)) + ") on " + context);
        }
    }

    public static bool IsFailure(Diagnostic diagnostic) => diagnostic.Id is "AD0001" or "PA0999";

    /// <summary>"PA0001 Source0.cs(12,9): message": what a build log shows of a diagnostic.</summary>
    public static string Format(Diagnostic diagnostic)
    {
        var where = "(no location)";
        if (diagnostic.Location.IsInSource)
        {
            var span = diagnostic.Location.GetLineSpan();
            where = $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
        }

        return $"{diagnostic.Id} {where}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
    }

    /// <summary>The diagnostics with <paramref name="id"/>, formatted and sorted.</summary>
    public static IReadOnlyList<string> Reported(ImmutableArray<Diagnostic> diagnostics, string id) =>
        diagnostics.Where(d => d.Id == id).Select(Format).OrderBy(s => s, StringComparer.Ordinal).ToList();

    /// <summary>The source of a small compilation, for failure messages; big ones by their size.</summary>
    public static string Describe(Compilation compilation)
    {
        var trees = compilation.SyntaxTrees.ToList();
        var length = trees.Sum(tree => tree.Length);
        if (length > 20_000)
        {
            return $"{trees.Count} files, {length:N0} characters";
        }

        var text = new StringBuilder();
        foreach (var tree in trees)
        {
            text.AppendLine().Append("// ").AppendLine(tree.FilePath).Append(tree.GetText());
        }

        return text.ToString();
    }
}
