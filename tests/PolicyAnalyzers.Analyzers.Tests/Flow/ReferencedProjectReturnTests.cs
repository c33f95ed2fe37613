using Microsoft.CodeAnalysis;
using PolicyAnalyzers.Tests.Verifiers;
using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Flow;

/// <summary>
/// What limits.md offers for a method of another project that loads protected data itself and returns it in a type
/// that does not say so: <c>[return: ProtectedData]</c> on it, or on the interface method the caller calls.
/// </summary>
public class ReferencedProjectReturnTests
{
    [Fact]
    public Task WhenAnotherProjectsMethodMarksWhatItReturns_TheCallerReportsWritingIt() =>
        Verify.VerifyWithReferenceAsync(
            TestModel.With("""
            using System.Text.Json;
            using Shop.Rules;

            class RuleEditor
            {
                async Task<string> Options(IRuleOptionsProvider provider, int ruleId)
                {
                    var options = await provider.GetOptionsAsync(ruleId);
                    var labels = AffiliateLabels.For(ruleId);
                    return JsonSerializer.Serialize({|#0:options|}) + JsonSerializer.Serialize({|#1:labels|});
                }
            }
            """),
            Rules,
            Verify.Diagnostic("PA0002").WithLocation(0).WithArguments("IRuleOptionsProvider.GetOptionsAsync()", "the serializer 'JsonSerializer.Serialize'"),
            Verify.Diagnostic("PA0002").WithLocation(1).WithArguments("AffiliateLabels.For()", "the serializer 'JsonSerializer.Serialize'"));

    [Fact]
    public Task WhenAnotherProjectsUnmarkedMethodReturnsACount_NothingIsReported() =>
        Verify.VerifyWithReferenceAsync(
            TestModel.With("""
            using System.Text.Json;
            using Shop.Rules;

            class RuleEditor
            {
                string Counts(int ruleId) => JsonSerializer.Serialize(AffiliateLabels.Count(ruleId));
            }
            """),
            Rules);

    private static readonly MetadataReference Rules = ReferencedProject.Compile("Shop.Rules", """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using PolicyAnalyzers;

        namespace Shop.Rules
        {
            public interface IRuleOptionsProvider
            {
                [return: ProtectedData]
                Task<List<KeyValuePair<string, string>>> GetOptionsAsync(int ruleId);
            }

            public static class AffiliateLabels
            {
                [return: ProtectedData]
                public static List<string> For(int ruleId) => new();

                public static int Count(int ruleId) => ruleId;
            }
        }
        """);
}
