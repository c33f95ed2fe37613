using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace PolicyAnalyzers.Tests.Verifiers;

/// <summary>Runs an analyzer over test sources marked up with the diagnostics they must produce, and nothing else.</summary>
public static class CSharpAnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(string diagnosticId) =>
        CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(diagnosticId);

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Several files in one compilation, as real solutions spread helpers over files.</summary>
    public static Task VerifyAnalyzerAsync(string[] sources, params DiagnosticResult[] expected)
    {
        var test = new Test();
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>The source with one additional file beside it, as a project's own .policy file.</summary>
    public static Task VerifyAnalyzerAsync(string source, (string Path, string Text) additionalFile, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        test.TestState.AdditionalFiles.Add(additionalFile);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>The source compiled against another project of the solution, seen as metadata (<see cref="ReferencedProject"/>).</summary>
    public static Task VerifyWithReferenceAsync(string source, Microsoft.CodeAnalysis.MetadataReference project, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        test.TestState.AdditionalReferences.Add(project);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>The source with a .globalconfig that sets <paramref name="keys"/>, as a project's build would.</summary>
    public static Task VerifyWithGlobalConfigAsync(string source, string keys, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + keys));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.ReferenceAssemblies;
            TestState.AdditionalReferences.AddRange(TestReferences.All);

            // PA0004 suggestions and PA0006 inventory entries would clutter tests of other rules; their own tests enable them.
            DisabledDiagnostics.Add("PA0004");
            DisabledDiagnostics.Add("PA0006");
        }
    }
}
