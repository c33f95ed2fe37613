using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using PolicyAnalyzers.Analyzers;
using PolicyAnalyzers.Markers;
using PolicyAnalyzers.Policy;
using PolicyAnalyzers.Tests.Verifiers;
using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Markers;

/// <summary>The early bail-out: a compilation that cannot hold protected data skips the flow analysis.</summary>
public class MarkerPresenceTests
{
    [Theory]
    [InlineData("class Dto { public string Name { get; set; } = \"\"; }")]
    [InlineData("using PolicyAnalyzers; class Dto { [Declassifier] public static string Mask(string s) => s; }")]
    public void WhenNothingCanCarryAMarker_BailsOut(string source) =>
        Assert.False(MayHold(source));

    [Theory]
    [InlineData("using PolicyAnalyzers; [ProtectedData] class Person { }")]
    [InlineData("class Person { [PolicyAnalyzers.ProtectedDataAttribute] public string Name { get; set; } = \"\"; }")]
    [InlineData("using PolicyAnalyzers; record Person([ProtectedData] string Name);")]
    [InlineData("using Marked = PolicyAnalyzers.ProtectedDataAttribute; [Marked] class Person { }")]
    [InlineData("using Microsoft.AspNetCore.Identity; class AppUser : IdentityUser { }")]
    [InlineData("using PolicyAnalyzers; class Export { [AuthorizedDisclosure(\"why\", ApprovedBy = \"who\")] void Send() { } }")]
    public void WhenADeclarationCanCarryAMarker_Analyses(string source) =>
        Assert.True(MayHold(source));

    [Fact]
    public void WhenMarkersAreConfigured_Analyses()
    {
        var compilation = AnalyzerRunner.CreateCompilation("class Dto { }");
        var options = ProjectPolicy.Read(new GlobalOptions(("policy_analyzers.protected_data_attributes", "Company.SensitiveAttribute")), ImmutableArray<AdditionalText>.Empty, CancellationToken.None);

        Assert.True(MarkerPresence.MayHoldProtectedData(compilation, options, CancellationToken.None));
    }

    [Fact]
    public void WhenAReferencedUserAssemblyUsesTheAttributes_Analyses()
    {
        var model = CSharpCompilation.Create(
            "Model",
            new[] { CSharpSyntaxTree.ParseText("namespace Model { [PolicyAnalyzers.ProtectedData] public class Person { } }") },
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var app = AnalyzerRunner.CreateCompilation("class App { }").AddReferences(model.ToMetadataReference());

        Assert.True(MarkerPresence.MayHoldProtectedData(app, ProjectPolicy.Empty, CancellationToken.None));
    }

    [Fact]
    public Task WhenNothingIsMarked_PA0004StillSuggestsMarkers()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using System.Text.Json;
                public sealed class Visitor { public string {|#0:Email|} { get; set; } = ""; }
                class Api { string Run(Visitor visitor) => JsonSerializer.Serialize(visitor); }
                """,
            ExpectedDiagnostics =
            {
                Verify.Diagnostic("PA0004").WithLocation(0).WithArguments("Visitor.Email", "an email address", "JsonSerializer.Serialize"),
            },
        };
        test.DisabledDiagnostics.Remove("PA0004");
        return test.RunAsync();
    }

    private const string UnmarkedExport = """
        using System.Text.Json;
        public sealed class Visitor { public string Email { get; set; } = ""; }
        class Api { string Run(Visitor visitor) => JsonSerializer.Serialize(visitor); }
        """;

    [Fact]
    public async Task WhenNothingIsMarkedAndPA0004IsSuppressed_DoesNoWorkAtAll()
    {
        var compilation = Plain(UnmarkedExport);
        compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(
            new[] { new KeyValuePair<string, ReportDiagnostic>("PA0004", ReportDiagnostic.Suppress) }));

        var work = await RegisteredWorkAsync(compilation);

        Assert.Equal(0, work);
    }

    [Fact]
    public async Task WhenNothingIsMarkedAndAGlobalConfigTurnsPA0004Off_DoesNoWorkAtAll()
    {
        var compilation = Plain(UnmarkedExport);
        compilation = compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(
            new Severities(global: ReportDiagnostic.Suppress, perFile: null)));

        Assert.Equal(0, await RegisteredWorkAsync(compilation));
    }

    [Fact]
    public async Task WhenAFileTurnsPA0004BackOn_StillNotesWhatSinksWrite()
    {
        var compilation = Plain(UnmarkedExport);
        compilation = compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(
            new Severities(global: ReportDiagnostic.Suppress, perFile: ReportDiagnostic.Info)));

        Assert.True(await RegisteredWorkAsync(compilation) > 0);
    }

    [Fact]
    public async Task WhenNothingIsMarkedAndPA0004IsOn_StillNotesWhatSinksWrite() =>
        Assert.True(await RegisteredWorkAsync(Plain(UnmarkedExport)) > 0);

    // The framework and the attributes only: the test references also hold a data-classification library, which
    // alone keeps the analysis on (any attribute derived from DataClassificationAttribute may be a marker).
    private static bool MayHold(string source) =>
        MarkerPresence.MayHoldProtectedData(Plain(source), ProjectPolicy.Empty, CancellationToken.None);

    private static CSharpCompilation Plain(string source) =>
        CSharpCompilation.Create(
            "Plain",
            new[] { CSharpSyntaxTree.ParseText(source) },
            System.Linq.Enumerable.Append<MetadataReference>(
                Basic.Reference.Assemblies.Net100.References.All,
                MetadataReference.CreateFromFile(typeof(ProtectedDataAttribute).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    /// <summary>How many actions the flow analyzer registered for the compilation, as the analyzer driver counts them.</summary>
    private static async Task<int> RegisteredWorkAsync(Compilation compilation)
    {
        var analyzer = new ProtectedDataFlowAnalyzer();
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer));
        await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
        return telemetry.OperationActionsCount + telemetry.OperationBlockActionsCount + telemetry.CompilationEndActionsCount;
    }

    /// <summary>Severities as a global config (<paramref name="global"/>) and an .editorconfig (<paramref name="perFile"/>) give them.</summary>
    private sealed class Severities : SyntaxTreeOptionsProvider
    {
        private readonly ReportDiagnostic? _global;
        private readonly ReportDiagnostic? _perFile;

        public Severities(ReportDiagnostic? global, ReportDiagnostic? perFile)
        {
            _global = global;
            _perFile = perFile;
        }

        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.NotGenerated;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            Lookup(_perFile, diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            Lookup(_global, diagnosticId, out severity);

        private static bool Lookup(ReportDiagnostic? value, string diagnosticId, out ReportDiagnostic severity)
        {
            severity = value.GetValueOrDefault();
            return value.HasValue && diagnosticId == "PA0004";
        }
    }

    /// <summary>Global analyzer options as a .globalconfig would give them.</summary>
    private sealed class GlobalOptions : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions
    {
        private readonly System.Collections.Generic.Dictionary<string, string> _values = new();

        public GlobalOptions(params (string Key, string Value)[] values)
        {
            foreach (var (key, value) in values)
            {
                _values[key] = value;
            }
        }

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}
