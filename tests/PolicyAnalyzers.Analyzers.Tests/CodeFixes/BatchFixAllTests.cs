using System.Linq;
using PolicyAnalyzers.CodeFixes;

namespace PolicyAnalyzers.Tests.CodeFixes;

/// <summary>
/// Fix All as batch tools run it, where nobody chose a fix: it removes the leaks a fix removes and never approves.
/// </summary>
public class BatchFixAllTests
{
    /// <summary>
    /// One leak of each shape: a serialized member (exclusion), a value one declassifier accepts, a value two
    /// declassifiers accept, a protected type returned whole (approval only), and an unmarked email (PA0004).
    /// </summary>
    internal const string MixedLeaks = """
        using System;
        using System.IO;
        using System.Text.Json;
        using Microsoft.Extensions.Logging;
        using PolicyAnalyzers;

        public sealed class Witness
        {
            [ProtectedData]
            public string Name { get; set; } = "";

            public int Age { get; set; }
        }

        [ProtectedData] public sealed class Detainee { public string Name { get; set; } = ""; }

        public sealed class Visitor
        {
            public string Email { get; set; } = "";
        }

        static class Mask
        {
            [Declassifier] public static string Initials(string name) => name.Length > 0 ? name.Substring(0, 1) : "";
            [Declassifier] public static string Year(DateTime date) => date.Year.ToString();
            [Declassifier] public static string Decade(DateTime date) => (date.Year / 10 * 10).ToString();
        }

        class Office
        {
            string Witness(Witness witness) => JsonSerializer.Serialize(witness);

            string Detainee(Detainee detainee) => JsonSerializer.Serialize(detainee);

            string Visitor(Visitor visitor) => JsonSerializer.Serialize(visitor);

            void Export([ProtectedData] string name) => File.WriteAllText("export.txt", name);

            void Log(ILogger logger, [ProtectedData] DateTime born) => logger.LogInformation("Born {Born}", born);
        }
        """;

    /// <summary>MixedLeaks after the fixes that remove leaks: everything else as it was.</summary>
    private static readonly string LeaksRemoved = ExpectedFix.WitnessNameIgnored(MixedLeaks)
        .Replace("    public string Email", "    [ProtectedData]\n    public string Email")
        .Replace("\"export.txt\", name)", "\"export.txt\", Mask.Initials(name))");

    // dotnet/format's Fix All: the whole solution, every diagnostic of the analyzer, no equivalence key.
    [Fact]
    public async Task WithoutAnEquivalenceKey_RemovesEachLeakAFixRemovesAndApprovesNothing()
    {
        var project = CodeFixHarness.CreateProject(MixedLeaks);

        var fixedSources = await CodeFixHarness.FixAllInSolutionAsync(project, equivalenceKey: null);

        Assert.Equal(LeaksRemoved.ReplaceLineEndings("\n"), Assert.Single(fixedSources).ReplaceLineEndings("\n"));
    }

    // The .NET SDK's dotnet format: for each diagnostic ID, Fix All over the solution with the key of the first
    // action offered for the first diagnostic of its analysis, whatever that diagnostic's ID. Whichever diagnostic
    // comes first, nothing is approved.
    [Fact]
    public async Task WithTheFirstOfferedKeyOfAnyDiagnostic_ApprovesNothing()
    {
        var project = CodeFixHarness.CreateProject(MixedLeaks);
        var diagnostics = await CodeFixHarness.DiagnosticsAsync(project);
        Assert.Equal(new[] { "PA0001", "PA0002", "PA0003", "PA0004" }, diagnostics.Select(d => d.Id).Distinct().OrderBy(id => id));

        foreach (var first in diagnostics)
        {
            foreach (var diagnosticId in diagnostics.Select(d => d.Id).Distinct())
            {
                var fixedSource = Assert.Single(await CodeFixHarness.FixAllLikeDotnetFormatAsync(project, first, diagnosticId));
                Assert.DoesNotContain("AuthorizedDisclosure", fixedSource);
            }
        }
    }

    // The returned Detainee has no fix but approval, so its first action's key is the approval's: over a solution
    // that key removes the leaks a fix removes instead, here the Witness's member.
    [Fact]
    public async Task WithTheApprovalKeyOverASolution_RemovesTheLeaksAFixRemovesInstead()
    {
        var project = CodeFixHarness.CreateProject(MixedLeaks);
        var detainee = (await CodeFixHarness.DiagnosticsAsync(project)).Single(d => d.GetMessage().Contains("'Detainee'"));
        Assert.Equal(
            new[] { "Approve this disclosure with [AuthorizedDisclosure]" },
            await CodeFixHarness.OfferedTitlesAsync(project, detainee));

        var fixedSource = Assert.Single(await CodeFixHarness.FixAllLikeDotnetFormatAsync(project, detainee, "PA0002"));

        Assert.Equal(ExpectedFix.WitnessNameIgnored(MixedLeaks), fixedSource.ReplaceLineEndings("\n"));
    }

    /// <summary>A fix's own key over the solution, and what the source is after it: that fix wherever it applies, nothing else.</summary>
    public static readonly TheoryData<string, string> FixKeys = new()
    {
        { MemberExclusion.KeyFor("System.Text.Json.Serialization.JsonIgnoreAttribute"), ExpectedFix.WitnessNameIgnored(MixedLeaks) },
        { Declassification.KeyFor("M:Mask.Year(System.DateTime)"), MixedLeaks.Replace("\"Born {Born}\", born)", "\"Born {Born}\", Mask.Year(born))") },
    };

    [Theory]
    [MemberData(nameof(FixKeys))]
    public async Task WithAFixKey_AppliesThatFixOnly(string equivalenceKey, string expected)
    {
        var project = CodeFixHarness.CreateProject(MixedLeaks);

        var fixedSource = Assert.Single(await CodeFixHarness.FixAllInSolutionAsync(project, equivalenceKey));

        Assert.Equal(expected.ReplaceLineEndings("\n"), fixedSource.ReplaceLineEndings("\n"));
    }
}
