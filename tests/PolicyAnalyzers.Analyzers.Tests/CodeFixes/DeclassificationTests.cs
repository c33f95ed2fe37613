using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer,
    PolicyAnalyzers.CodeFixes.ProtectedDataCodeFix>;

namespace PolicyAnalyzers.Tests.CodeFixes;

public class DeclassificationTests
{
    [Fact]
    public Task WhenTheProjectHasAMatchingDeclassifier_RoutesEveryLeakThroughIt()
    {
        const string Intake = """
            using Microsoft.Extensions.Logging;
            using PolicyAnalyzers;

            static class Mask
            {
                [Declassifier] public static string Initials(string name) => name.Length > 0 ? name.Substring(0, 1) : "";
            }

            class Intake
            {
                void Run(ILogger logger, [ProtectedData] string name, [ProtectedData] string alias)
                {
                    logger.LogInformation("Admitted {Name}", {|PA0003:name|});
                    logger.LogInformation("Alias {Alias}", {|PA0003:alias|});
                }
            }
            """;

        return Verify.VerifyCodeFixAsync(Intake, ExpectedFix.Declassified(Intake, "Mask.Initials"));
    }

    [Fact]
    public async Task WhenNoDeclassifierAcceptsTheValue_OffersOnlyTheApproval()
    {
        var project = CodeFixHarness.CreateProject("""
            using System.IO;
            using PolicyAnalyzers;

            [ProtectedData] public sealed class Person { public int Age { get; set; } }

            static class Mask
            {
                [Declassifier] public static string Initials(string name) => name.Substring(0, 1);
            }

            class Export
            {
                void Run(BinaryWriter writer, Person person) => writer.Write(person.Age);
            }
            """);

        var leak = Assert.Single(await CodeFixHarness.DiagnosticsAsync(project));
        Assert.Equal(
            new[] { "Approve this disclosure with [AuthorizedDisclosure]" },
            await CodeFixHarness.OfferedTitlesAsync(project, leak));
    }

    [Fact]
    public async Task WhenSeveralDeclassifiersAcceptTheValue_OffersEachBeforeTheApproval()
    {
        var project = CodeFixHarness.CreateProject("""
            using Microsoft.Extensions.Logging;
            using PolicyAnalyzers;

            static class Mask
            {
                [Declassifier] public static string Initials(string name) => name.Substring(0, 1);
                [Declassifier] public static string Pseudonym(string name) => name.GetHashCode().ToString();
            }

            class Intake
            {
                void Run(ILogger logger, [ProtectedData] string name) => logger.LogInformation("Admitted {Name}", name);
            }
            """);

        var leak = Assert.Single(await CodeFixHarness.DiagnosticsAsync(project));
        Assert.Equal(
            [
                "Pass through the declassifier 'Mask.Initials'",
                "Pass through the declassifier 'Mask.Pseudonym'",
                "Approve this disclosure with [AuthorizedDisclosure]",
            ],
            await CodeFixHarness.OfferedTitlesAsync(project, leak));
    }
}
