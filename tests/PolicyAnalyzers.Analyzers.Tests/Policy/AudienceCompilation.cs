using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PolicyAnalyzers.Policy;
using PolicyAnalyzers.Tests.Robustness;
using PolicyAnalyzers.Tests.Verifiers;

namespace PolicyAnalyzers.Tests.Policy;

/// <summary>
/// Test sources compiled against ASP.NET Core's reference pack, with the <see cref="AudienceModel"/> of the
/// compilation and ways to find what to ask it about. A source that does not compile fails the test, so that a
/// test never passes on code the model cannot bind.
/// </summary>
internal sealed class AudienceCompilation
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.Mvc.Filters;
        using Microsoft.AspNetCore.Mvc.RazorPages;
        using Microsoft.AspNetCore.Routing;
        using Microsoft.Extensions.DependencyInjection;

        """;

    private AudienceCompilation(CSharpCompilation compilation, string? policyRows)
    {
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToArray();
        Assert.True(errors.Length == 0, "The test source does not compile:\n" + string.Join("\n", errors));
        Compilation = compilation;
        var project = policyRows is null
            ? ProjectPolicy.Empty
            : ProjectPolicy.Read(new Options(("policy_analyzers.policy", policyRows)), ImmutableArray<AdditionalText>.Empty, CancellationToken.None);
        Assert.Empty(project.Errors);
        Model = new AudienceModel(compilation, new ApiPolicy(project));
    }

    public CSharpCompilation Compilation { get; }

    public AudienceModel Model { get; }

    /// <summary>One source file, Program.cs, with the usings above.</summary>
    public static AudienceCompilation Of(string source, string? policyRows = null) => Of(policyRows, ("Program.cs", source));

    /// <summary>Types in Types.cs and the application's top-level statements in Program.cs.</summary>
    public static AudienceCompilation WithProgram(string types, string program, string? policyRows = null) =>
        Of(policyRows, ("Types.cs", types), ("Program.cs", program));

    /// <summary>Files with their paths (a page model's path says which page it is); each gets the usings above.</summary>
    public static AudienceCompilation Of(string? policyRows, params (string Path, string Source)[] files) =>
        Of(policyRows, TestReferences.All, files);

    public static AudienceCompilation Of(string? policyRows, ImmutableArray<MetadataReference> references, params (string Path, string Source)[] files)
    {
        var withUsings = files.Select(file => (file.Path, Usings + file.Source)).ToArray();
        var hasTopLevelStatements = withUsings.Any(file =>
            CSharpSyntaxTree.ParseText(file.Item2, AnalysisHarness.ParseOptions).GetCompilationUnitRoot().Members.OfType<GlobalStatementSyntax>().Any());
        var kind = hasTopLevelStatements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary;
        return new AudienceCompilation(AnalysisHarness.Compile(references, kind, withUsings), policyRows);
    }

    public INamedTypeSymbol Type(string metadataName) =>
        Compilation.GetTypeByMetadataName(metadataName) ?? throw new Xunit.Sdk.XunitException("No type " + metadataName);

    public IMethodSymbol Method(string typeMetadataName, string name) =>
        Type(typeMetadataName).GetMembers(name).OfType<IMethodSymbol>().Single();

    public Audience Action(string controller, string action) => Model.ForAction(Method(controller, action));

    /// <summary>The mapping call whose first string argument is <paramref name="route"/> (each test route is unique).</summary>
    public IInvocationOperation Mapping(string route)
    {
        foreach (var tree in Compilation.SyntaxTrees)
        {
            foreach (var invocation in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                var first = invocation.ArgumentList.Arguments.FirstOrDefault()?.Expression as LiteralExpressionSyntax;
                if (first?.Token.ValueText == route && CallSiteIndex.InvokedName(invocation.Expression) != "MapGroup")
                {
                    return (IInvocationOperation)Compilation.GetSemanticModel(tree).GetOperation(invocation)!;
                }
            }
        }

        throw new Xunit.Sdk.XunitException("No mapping of " + route);
    }

    public Audience Endpoint(string route) => Model.ForMapping(Mapping(route));

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly System.Collections.Generic.Dictionary<string, string> _values = new();

        public Options(params (string Key, string Value)[] values)
        {
            foreach (var (key, value) in values)
            {
                _values[key] = value;
            }
        }

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}
