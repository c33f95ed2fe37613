using PolicyAnalyzers.CodeFixes;
using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer,
    PolicyAnalyzers.CodeFixes.ProtectedDataCodeFix>;

namespace PolicyAnalyzers.Tests.CodeFixes;

public class PersonalDataMarkingTests
{
    [Fact]
    public Task WhenPropertiesAndRecordParametersLookPersonal_FixAllMarksEach()
    {
        var test = new Verify.Test
        {
            TestCode = """
            using System.Text.Json;

            public sealed class Visitor
            {
                public string {|PA0004:Email|} { get; set; } = "";

                public string Purpose { get; set; } = "";
            }

            public sealed record Guest(string {|PA0004:FullName|}, int Room);

            class Api
            {
                string Run(Visitor visitor, Guest guest) => JsonSerializer.Serialize(visitor) + JsonSerializer.Serialize(guest);
            }
            """,
            FixedCode = """
            using System.Text.Json;
            using PolicyAnalyzers;

            public sealed class Visitor
            {
                [ProtectedData]
                public string Email { get; set; } = "";

                public string Purpose { get; set; } = "";
            }

            public sealed record Guest([ProtectedData] string FullName, int Room);

            class Api
            {
                string Run(Visitor visitor, Guest guest) => JsonSerializer.Serialize({|PA0002:visitor|}) + JsonSerializer.Serialize({|PA0002:guest|});
            }
            """,

            // Marked, the members make the serializations leak; those PA0002 have fixes of their own.
            CodeActionEquivalenceKey = PersonalDataMarking.Key,
        };
        test.FixedState.MarkupHandling = Microsoft.CodeAnalysis.Testing.MarkupMode.Allow;
        test.DisabledDiagnostics.Remove("PA0004");

        // PA0004 comes from the compilation end; the IDE fixes those too.
        test.CodeFixTestBehaviors |= Microsoft.CodeAnalysis.Testing.CodeFixTestBehaviors.SkipLocalDiagnosticCheck;
        return test.RunAsync();
    }
}
