using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PolicyAnalyzers.Shared;
using PolicyAnalyzers.Tests.Verifiers;

namespace PolicyAnalyzers.Tests.Meta;

/// <summary>Keeps the analyzers, their documentation and release tracking in step.</summary>
public class RuleCatalogTests
{
    /// <summary>Every diagnostic ID, of the analyzer and of the data-file task: the constants of the shared DiagnosticIds.</summary>
    private static readonly string[] Ids = typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral && field.FieldType == typeof(string))
        .Select(field => (string)field.GetValue(null)!)
        .Where(value => value.StartsWith("PA", StringComparison.Ordinal))
        .ToArray();

    public static readonly TheoryData<string> AllIds = new(Ids);

    /// <summary>The IDs of ../shared/CONTRACT.md and those added since; removing one breaks users' suppressions.</summary>
    private static readonly string[] KnownIds =
    {
        "PA0001", "PA0002", "PA0003", "PA0004", "PA0005", "PA0006", "PA0007", "PA0008", "PA0999",
        "PA1001", "PA1002", "PA1003", "PA1004",
    };

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

    [Fact]
    public void TheIdCatalog_HoldsEveryKnownIdOnce()
    {
        Assert.Equal(KnownIds.OrderBy(id => id, StringComparer.Ordinal), Ids.OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public void EveryAnalyzerId_HasADescriptor_AndEveryDescriptorAnId()
    {
        var analyzerIds = Ids.Where(id => id.StartsWith("PA0", StringComparison.Ordinal));

        Assert.Equal(analyzerIds.OrderBy(id => id, StringComparer.Ordinal), Descriptors().Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal));
    }

    /// <summary>
    /// Each page says what the rule reports (Cause), shows bad and good code (a **Bad** and a **Good** paragraph, each
    /// followed by a code block), how to fix it, and how to approve or suppress a finding.
    /// </summary>
    [Theory]
    [MemberData(nameof(AllIds))]
    public void EveryDiagnostic_HasARulePageWithTheSectionsReadersNeed(string id)
    {
        var page = File.ReadAllText(RulePage(id));

        Assert.StartsWith("# " + id + ": ", page);
        Assert.Matches(new Regex("^## Cause$", RegexOptions.Multiline), page);
        Assert.Matches(new Regex("^## How to (.+ )?fix$", RegexOptions.Multiline), page);
        Assert.Matches(new Regex(@"^\*\*Bad\*\*[^\n]*\n(?:[^\n]*\n){0,3}```", RegexOptions.Multiline), page);
        Assert.Matches(new Regex(@"^\*\*Good\*\*[^\n]*\n(?:[^\n]*\n){0,3}```", RegexOptions.Multiline), page);
        Assert.Matches(new Regex("^## How to (approve a disclosure|suppress)$", RegexOptions.Multiline), page);
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
