using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PolicyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PolicyAnalyzers.Tests.Meta;

/// <summary>Keeps the analyzers, their documentation and release tracking in step.</summary>
public class RuleCatalogTests
{
    /// <summary>Every diagnostic the public contract names, reported by the analyzer or by the data-file task.</summary>
    public static readonly TheoryData<string> ContractIds = new() { "PA0001", "PA0002", "PA0003", "PA0004", "PA0005", "PA1001", "PA1002", "PA1003" };

    public static IEnumerable<DiagnosticAnalyzer> Analyzers() =>
        typeof(PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!);

    public static IEnumerable<DiagnosticDescriptor> Descriptors() =>
        Analyzers().SelectMany(analyzer => analyzer.SupportedDiagnostics).Distinct();

    [Fact]
    public void EveryDescriptor_HelpLinkPointsToItsRulePage()
    {
        foreach (var descriptor in Descriptors())
        {
            Assert.Equal(
                "https://github.com/PolicyAnalyzers/PolicyAnalyzers/blob/main/docs/rules/" + descriptor.Id + ".md",
                descriptor.HelpLinkUri);
            Assert.True(File.Exists(RulePage(descriptor.Id)), $"docs/rules/{descriptor.Id}.md is missing");
        }
    }

    [Theory]
    [MemberData(nameof(ContractIds))]
    public void EveryContractDiagnostic_HasARulePageWithBadAndGoodExamples(string id)
    {
        var page = File.ReadAllText(RulePage(id));
        Assert.Contains(id, page);
        Assert.Contains("Bad", page);
        Assert.Contains("Good", page);
    }

    [Fact]
    public void EveryDescriptor_IsTrackedInAnalyzerReleases()
    {
        var directory = Path.Combine(RepositoryRoot(), "src", "PolicyAnalyzers.Analyzers");
        var releases = File.ReadAllText(Path.Combine(directory, "AnalyzerReleases.Shipped.md")) +
                       File.ReadAllText(Path.Combine(directory, "AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in Descriptors())
        {
            Assert.Contains(descriptor.Id + " |", releases);
        }
    }

    [Fact]
    public void EachId_BelongsToOneDescriptor()
    {
        var duplicates = Descriptors().GroupBy(d => d.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }

    [Fact]
    public void EveryDescriptor_IsInThePrivacyCategoryWithAPlainEnglishTitle()
    {
        foreach (var descriptor in Descriptors())
        {
            Assert.Equal("Privacy", descriptor.Category);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString()));
            Assert.DoesNotContain("taint", descriptor.MessageFormat.ToString(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task EveryAnalyzer_RunsOnEmptyAndBrokenSourceWithoutDiagnostics()
    {
        foreach (var analyzer in Analyzers())
        {
            foreach (var source in new[] { "", "class C { void M() { var x = ; } }", "[PolicyAnalyzers.ProtectedData] class" })
            {
                var diagnostics = await AnalyzerRunner.RunAsync(analyzer, source);
                Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("PA", StringComparison.Ordinal) || d.Id == "AD0001");
            }
        }
    }

    private static string RulePage(string id) => Path.Combine(RepositoryRoot(), "docs", "rules", id + ".md");

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PolicyAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("PolicyAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
