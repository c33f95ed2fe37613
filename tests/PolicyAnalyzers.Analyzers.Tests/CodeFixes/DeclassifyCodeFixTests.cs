using System.Threading.Tasks;
using Xunit;
using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer,
    PolicyAnalyzers.CodeFixes.DeclassifyCodeFix>;

namespace PolicyAnalyzers.Tests.CodeFixes
{
    public class DeclassifyCodeFixTests
    {
        [Fact]
        public Task WhenTheProjectHasAMatchingDeclassifier_RoutesEveryLeakThroughIt() =>
            Verify.VerifyCodeFixAsync(
                """
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
                """,
                """
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
                        logger.LogInformation("Admitted {Name}", Mask.Initials(name));
                        logger.LogInformation("Alias {Alias}", Mask.Initials(alias));
                    }
                }
                """);

        [Fact]
        public Task WhenNoDeclassifierAcceptsTheValue_OffersNothing() =>
            Verify.VerifyCodeFixAsync(
                """
                using System.IO;
                using PolicyAnalyzers;

                [ProtectedData] public sealed class Person { public int Age { get; set; } }

                static class Mask
                {
                    [Declassifier] public static string Initials(string name) => name.Substring(0, 1);
                }

                class Export
                {
                    void Run(BinaryWriter writer, Person person) => writer.Write({|PA0001:person.Age|});
                }
                """,
                """
                using System.IO;
                using PolicyAnalyzers;

                [ProtectedData] public sealed class Person { public int Age { get; set; } }

                static class Mask
                {
                    [Declassifier] public static string Initials(string name) => name.Substring(0, 1);
                }

                class Export
                {
                    void Run(BinaryWriter writer, Person person) => writer.Write({|PA0001:person.Age|});
                }
                """);
    }
}
