using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PolicyAnalyzers.Analyzers;
using PolicyAnalyzers.CodeFixes;
using PolicyAnalyzers.Shared;
using PolicyAnalyzers.Tests.Verifiers;

namespace PolicyAnalyzers.Tests.CodeFixes;

/// <summary>
/// Drives <see cref="ProtectedDataCodeFix"/> the way hosts do, where the testing library cannot: the actions in the
/// order a light bulb lists them, and Fix All as batch tools call it (with no equivalence key, as dotnet/format
/// did; or with the key of the first action offered for one diagnostic, as the .NET SDK's dotnet format does).
/// The SDK's dotnet format is in dotnet/sdk, src/BuiltInTools/dotnet-format/Analyzers/SolutionCodeFixApplier.cs.
/// </summary>
internal static class CodeFixHarness
{
    private static readonly ProtectedDataCodeFix Provider = new();

    /// <summary>A one-project solution of the sources (Source0.cs, Source1.cs...), built like the analyzer tests'.</summary>
    public static Project CreateProject(params string[] sources)
    {
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Default,
            "Fixed",
            "Fixed",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: TestReferences.All));
        for (var i = 0; i < sources.Length; i++)
        {
            project = project.AddDocument($"Source{i}.cs", sources[i], filePath: $"Source{i}.cs").Project;
        }

        return project;
    }

    /// <summary>What the flow analyzer reports on the project, PA0004 included, in source order.</summary>
    public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Project project)
    {
        var compilation = (await project.GetCompilationAsync().ConfigureAwait(false))!;
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ProtectedDataFlowAnalyzer()))
            .GetAnalyzerDiagnosticsAsync()
            .ConfigureAwait(false);
        return diagnostics
            .Where(d => Provider.FixableDiagnosticIds.Contains(d.Id))
            .OrderBy(d => d.Location.SourceTree?.FilePath)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToImmutableArray();
    }

    /// <summary>The titles of the actions offered for a diagnostic, in the order they were registered.</summary>
    public static async Task<IReadOnlyList<string>> OfferedTitlesAsync(Project project, Diagnostic diagnostic) =>
        (await OfferedAsync(project, diagnostic).ConfigureAwait(false)).Select(action => action.Title).ToList();

    /// <summary>The text of each document after Fix All over the whole solution, as a batch tool runs it.</summary>
    public static async Task<IReadOnlyList<string>> FixAllInSolutionAsync(Project project, string? equivalenceKey)
    {
        var diagnostics = await DiagnosticsAsync(project).ConfigureAwait(false);
        var fixAll = new FixAllContext(
            project,
            Provider,
            FixAllScope.Solution,
            equivalenceKey!,
            Provider.FixableDiagnosticIds,
            new KnownDiagnostics(diagnostics),
            CancellationToken.None);
        return await ApplyAsync(project, await Provider.GetFixAllProvider().GetFixAsync(fixAll).ConfigureAwait(false)).ConfigureAwait(false);
    }

    /// <summary>
    /// What the .NET SDK's dotnet format does to fix <paramref name="diagnosticId"/> when <paramref name="first"/>
    /// is the first diagnostic of its analysis (of any ID): takes the key of the first action offered for that
    /// diagnostic, and runs Fix All over the solution with that key for the one ID.
    /// </summary>
    public static async Task<IReadOnlyList<string>> FixAllLikeDotnetFormatAsync(Project project, Diagnostic first, string diagnosticId)
    {
        var offered = await OfferedAsync(project, first).ConfigureAwait(false);
        var fixAll = new FixAllContext(
            project.GetDocument(first.Location.SourceTree)!,
            Provider,
            FixAllScope.Solution,
            offered.FirstOrDefault()?.EquivalenceKey!,
            new[] { diagnosticId },
            new KnownDiagnostics(await DiagnosticsAsync(project).ConfigureAwait(false)),
            CancellationToken.None);
        return await ApplyAsync(project, await Provider.GetFixAllProvider().GetFixAsync(fixAll).ConfigureAwait(false)).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<CodeAction>> OfferedAsync(Project project, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(
            project.GetDocument(diagnostic.Location.SourceTree)!,
            diagnostic,
            (action, _) => actions.Add(action),
            CancellationToken.None);
        await Provider.RegisterCodeFixesAsync(context).ConfigureAwait(false);
        return actions;
    }

    private static async Task<IReadOnlyList<string>> ApplyAsync(Project project, CodeAction? action)
    {
        var solution = project.Solution;
        if (action is not null)
        {
            var operations = await action.GetOperationsAsync(CancellationToken.None).ConfigureAwait(false);
            solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        }

        var texts = new List<string>();
        foreach (var document in solution.GetProject(project.Id)!.Documents.OrderBy(d => d.Name))
        {
            texts.Add((await document.GetTextAsync().ConfigureAwait(false)).ToString());
        }

        return texts;
    }

    /// <summary>Diagnostics computed beforehand, handed over the way dotnet format hands over its analysis.</summary>
    private sealed class KnownDiagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> diagnostics;

        public KnownDiagnostics(ImmutableArray<Diagnostic> diagnostics) => this.diagnostics = diagnostics;

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult(diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(diagnostics.Where(d => !d.Location.IsInSource));
    }
}
