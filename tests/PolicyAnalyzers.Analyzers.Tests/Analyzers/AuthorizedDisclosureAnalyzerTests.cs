using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.AuthorizedDisclosureAnalyzer>;
using VerifyFlow = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Analyzers;

/// <summary>PA0005, and the silence of PA0001-PA0003 inside an approved disclosure.</summary>
public class AuthorizedDisclosureAnalyzerTests
{
    [Fact]
    public Task WhenJusticationAndApproverAreGiven_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            class Tribunal
            {
                [AuthorizedDisclosure("Court order 2024-117: roster to the tribunal", ApprovedBy = "Data Protection Officer")]
                void Send(DetentionRecord record) { }
            }
            """));

    [Fact]
    public Task WhenApproverIsMissing_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            class Tribunal
            {
                [{|#0:AuthorizedDisclosure("Court order 2024-117")|}]
                void Send(DetentionRecord record) { }
            }
            """),
            Verify.Diagnostic("PA0005").WithLocation(0).WithArguments("Tribunal.Send", "names no approver"));

    [Fact]
    public Task WhenJustificationIsBlank_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            [{|#0:AuthorizedDisclosure(" ", ApprovedBy = "DPO")|}]
            class Tribunal
            {
            }
            """),
            Verify.Diagnostic("PA0005").WithLocation(0).WithArguments("Tribunal", "has no justification"));

    [Fact]
    public Task WhenBothAreTodoPlaceholders_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            class Tribunal
            {
                [{|#0:AuthorizedDisclosure("TODO: justification", ApprovedBy = "TODO")|}]
                void Send() { }
            }
            """),
            Verify.Diagnostic("PA0005").WithLocation(0).WithArguments("Tribunal.Send", "has no justification and names no approver"));

    [Fact]
    public Task WhenApproverNameMerelyStartsWithTodo_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            class Tribunal
            {
                [AuthorizedDisclosure("Todos los casos: court order 2024-117", ApprovedBy = "Maria Todorova, DPO")]
                void Send() { }
            }
            """));

    [Fact]
    public Task WhenLambdaCarriesAnIncompleteApproval_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            class Tribunal
            {
                Func<int, int> Handler() => [{|#0:AuthorizedDisclosure("TODO")|}] (int x) => x;
            }
            """),
            Verify.Diagnostic("PA0005").WithLocation(0).WithArguments("lambda", "has no justification and names no approver"));

    [Fact]
    public Task WhenALocalFunctionOrAConstructorCarriesAnIncompleteApproval_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            class Tribunal
            {
                [{|#0:PolicyAnalyzers.AuthorizedDisclosureAttribute("Court order 2024-117")|}]
                Tribunal() { }

                void Run()
                {
                    [{|#1:AuthorizedDisclosure("", ApprovedBy = "DPO")|}]
                    void Send() { }
                    Send();
                }
            }
            """),
            Verify.Diagnostic("PA0005").WithLocation(0).WithArguments("Tribunal", "names no approver"),
            Verify.Diagnostic("PA0005").WithLocation(1).WithArguments("Tribunal.Run.Send", "has no justification"));

    [Fact]
    public Task WhenTheApprovalIsWrittenThroughAnAlias_Reports() =>
        Verify.VerifyAnalyzerAsync("using Approved = PolicyAnalyzers.AuthorizedDisclosureAttribute;\n" + TestModel.With("""
            class Tribunal
            {
                [{|#0:Approved("TODO", ApprovedBy = "DPO")|}]
                void Send() { }
            }
            """),
            Verify.Diagnostic("PA0005").WithLocation(0).WithArguments("Tribunal.Send", "has no justification"));

    [Fact]
    public Task WhenAnotherAttributeIsNamedLikeAnApproval_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            namespace Company
            {
                [AttributeUsage(AttributeTargets.Method)]
                sealed class AuthorizedDisclosureAttribute : Attribute { public AuthorizedDisclosureAttribute(string why) { } }

                class Tribunal
                {
                    [Company.AuthorizedDisclosure("TODO")]
                    void Send() { }
                }
            }
            """));

    [Fact]
    public Task WhenFlowIsInsideAuthorizedMethodOrClass_DoesNotReportLeaks() =>
        VerifyFlow.VerifyAnalyzerAsync(TestModel.With("""
            using System.Text.Json;
            class Tribunal
            {
                [AuthorizedDisclosure("Court order 2024-117", ApprovedBy = "DPO")]
                void Send(List<DetentionRecord> records)
                {
                    File.WriteAllText("tribunal.json", JsonSerializer.Serialize(records));
                    records.ForEach(r => Console.WriteLine(r.FullName));
                }
            }

            [AuthorizedDisclosure("Statutory return to the ministry", ApprovedBy = "DPO")]
            class MinistryReturn
            {
                void Send(DetentionRecord record) => File.WriteAllText("return.txt", record.FullName);
            }

            class Elsewhere
            {
                void Send(DetentionRecord record) => File.WriteAllText("leak.txt", {|PA0001:record.FullName|});
            }
            """));
}
