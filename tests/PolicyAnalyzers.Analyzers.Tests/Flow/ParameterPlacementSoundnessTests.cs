using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Flow;

/// <summary>
/// Counterexamples from review: ways a helper changes or re-reaches its parameter's object before writing a member of
/// it, and local functions declared after their call. Each is reported as it was before members were read through.
/// </summary>
public class ParameterPlacementSoundnessTests
{
    private const string Ctx = """
        using Microsoft.Extensions.Logging;

        public sealed class MessageContext
        {
            public string TemplateName { get; set; } = "";
            public string Recipient { get; set; } = "";
            public void UseRecipientAsTitle() => TemplateName = Recipient;
        }

        """;

    private static string Caller(string helperBody) => Ctx + $$"""
        class Factory
        {
            private readonly ILogger _log;
            public Factory(ILogger log) => _log = log;
            public string LogTitle(MessageContext ctx)
            {
                {{helperBody}}
            }

        }

        class Newsletter
        {
            void Run(Factory factory, Applicant applicant)
            {
                var ctx = new MessageContext { TemplateName = "t", Recipient = applicant.Name };
                File.WriteAllText("t.json", factory.LogTitle({|PA0002:ctx|}));
            }
        }
        """;

    [Fact]
    public Task MemberCopiedInsideHelper() =>
        Verify.VerifyAnalyzerAsync(TestModel.With(Caller("""ctx.TemplateName = ctx.Recipient; return System.Text.Json.JsonSerializer.Serialize(ctx.TemplateName);""")));

    [Fact]
    public Task MutatingMethodOnParameter() =>
        Verify.VerifyAnalyzerAsync(TestModel.With(Caller("""ctx.UseRecipientAsTitle(); return System.Text.Json.JsonSerializer.Serialize(ctx.TemplateName);""")));

    [Fact]
    public Task AliasLocalWritesMember() =>
        Verify.VerifyAnalyzerAsync(TestModel.With(Caller("""var c = ctx; c.TemplateName = c.Recipient; return System.Text.Json.JsonSerializer.Serialize(ctx.TemplateName);""")));

    [Fact]
    public Task RefLocalReassignsParameter() =>
        Verify.VerifyAnalyzerAsync(TestModel.With(Caller("""ref var r = ref ctx; r = new MessageContext { TemplateName = ctx.Recipient }; return System.Text.Json.JsonSerializer.Serialize(ctx.TemplateName);""")));

    [Fact]
    public Task SetterWithSideEffect() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using Microsoft.Extensions.Logging;
            public sealed class Ctx2
            {
                private string _r = "";
                public string TemplateName { get; set; } = "";
                public string Recipient { get => _r; set { _r = value; TemplateName = value; } }
            }
            class Factory
            {
                private readonly ILogger _log;
                public Factory(ILogger log) => _log = log;
                public string LogTitle(Ctx2 ctx) => System.Text.Json.JsonSerializer.Serialize(ctx.TemplateName);
            }
            class Newsletter
            {
                void Run(Factory factory, Applicant applicant)
                {
                    var ctx = new Ctx2 { Recipient = applicant.Name };
                    File.WriteAllText("t.json", factory.LogTitle({|PA0002:ctx|}));
                }
            }
            """));

    [Fact]
    public Task LoopReadsMemberAfterCopy() =>
        Verify.VerifyAnalyzerAsync(TestModel.With(Caller("""var all = ""; for (var i = 0; i < 2; i++) { all += System.Text.Json.JsonSerializer.Serialize(ctx.TemplateName); ctx.TemplateName = ctx.Recipient; } return all;""")));

    [Fact]
    public Task HelperCopiesMember() =>
        Verify.VerifyAnalyzerAsync(TestModel.With(Ctx + """
            class Factory
            {
                private readonly ILogger _log;
                public Factory(ILogger log) => _log = log;
                static void Copy(MessageContext c) => c.TemplateName = c.Recipient;
                public string LogTitle(MessageContext ctx) { Copy(ctx); return System.Text.Json.JsonSerializer.Serialize(ctx.TemplateName); }
            }
            class Newsletter
            {
                void Run(Factory factory, Applicant applicant)
                {
                    var ctx = new MessageContext { TemplateName = "t", Recipient = applicant.Name };
                    File.WriteAllText("t.json", factory.LogTitle({|PA0002:ctx|}));
                }
            }
            """));

    [Fact]
    public Task LocalFunctionDeclaredAfterFillsCapturedLocal() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            class Export
            {
                void Run(Applicant applicant, TextWriter writer)
                {
                    var line = "";
                    Fill();
                    writer.Write({|PA0001:line|});

                    void Fill() { line = applicant.Name; }
                }
            }
            """));

    [Fact]
    public Task GotoCase() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            class Export
            {
                void Run(Applicant applicant, TextWriter writer, int k)
                {
                    var text = "";
                    switch (k)
                    {
                        case 1:
                            writer.Write({|PA0001:text|});
                            break;
                        case 2:
                            text = applicant.Name;
                            goto case 1;
                    }
                }
            }
            """));

    [Fact]
    public Task MethodGroupOfLaterLocalFunction() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            class Export
            {
                void Run(Applicant applicant, TextWriter writer)
                {
                    var line = "";
                    Action fill = Fill;
                    fill();
                    writer.Write({|PA0001:line|});

                    void Fill() { line = applicant.Name; }
                }
            }
            """));

    [Fact]
    public Task WhileConditionReadsBodyAssignment() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            class Export
            {
                void Run(Applicant applicant, TextWriter writer)
                {
                    var text = "";
                    while (Check({|PA0001:text|}, writer))
                    {
                        text = applicant.Name;
                    }
                }

                static bool Check(string s, TextWriter w) { w.Write(s); return true; }
            }
            """));

    [Fact]
    public Task LocalFunctionDeclaredAfterReassignsParameter() =>
        Verify.VerifyAnalyzerAsync(TestModel.With(Caller("""Advance(); return System.Text.Json.JsonSerializer.Serialize(ctx.TemplateName); void Advance() { ctx = new MessageContext { TemplateName = ctx.Recipient }; }""")));

    [Fact]
    public Task UserDefinedConversion() =>
        Verify.VerifyAnalyzerAsync(TestModel.With(Ctx + """
            public sealed class Title
            {
                public string TemplateName { get; set; } = "";
                public static implicit operator Title(MessageContext c) => new Title { TemplateName = c.Recipient };
            }
            class Factory
            {
                private readonly ILogger _log;
                public Factory(ILogger log) => _log = log;
                public string LogTitle(MessageContext ctx) => System.Text.Json.JsonSerializer.Serialize(((Title)ctx).TemplateName);
            }
            class Newsletter
            {
                void Run(Factory factory, Applicant applicant)
                {
                    var ctx = new MessageContext { TemplateName = "t", Recipient = applicant.Name };
                    File.WriteAllText("t.json", factory.LogTitle({|PA0002:ctx|}));
                }
            }
            """));

    [Fact]
    public Task Sanity_LogsRecipient() =>
        Verify.VerifyAnalyzerAsync(TestModel.With(Caller("""return System.Text.Json.JsonSerializer.Serialize(ctx.Recipient);""")));

    [Fact]
    public Task Sanity_LogsWholeCtxToString() =>
        Verify.VerifyAnalyzerAsync(TestModel.With(Caller("""return System.Text.Json.JsonSerializer.Serialize(ctx.TemplateName + ctx.Recipient);""")));

    [Fact]
    public Task LocalFunctionDeclaredAfterReassignsParameterWithoutReadingAMember() =>
        Verify.VerifyAnalyzerAsync(TestModel.With(Caller("""Advance(); return System.Text.Json.JsonSerializer.Serialize(ctx.TemplateName); void Advance() { ctx = Swap(ctx); } static MessageContext Swap(MessageContext c) => new MessageContext { TemplateName = c.Recipient };""")));

    [Fact]
    public Task NestedMemberCopy() =>
        Verify.VerifyAnalyzerAsync(TestModel.With(Caller("""var t = ctx.Recipient; ctx.TemplateName = t; return System.Text.Json.JsonSerializer.Serialize(ctx.TemplateName);""")));
}
