using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Flow;

/// <summary>
/// Counterexamples from review: ways a helper changes or re-reaches its parameter's object before writing a member of
/// it, and local functions declared after their call. Each is reported as it was before members were read through.
/// </summary>
public class ParameterPlacementSoundnessTests
{
    private static readonly string Ctx = MessageContextModel.Declaration("public void UseRecipientAsTitle() => TemplateName = Recipient;");

    private static string Caller(string helperBody) => Ctx + Calling($$"""
        public string LogTitle(MessageContext ctx)
        {
            {{helperBody}}
        }
        """);

    /// <summary>A factory with the given <c>LogTitle</c>, and a newsletter that hands it a context holding the applicant's name.</summary>
    private static string Calling(string logTitle, string context = """new MessageContext { TemplateName = "t", Recipient = applicant.Name }""") => $$"""

        class Factory
        {
            private readonly ILogger _log;
            public Factory(ILogger log) => _log = log;
            {{logTitle}}
        }

        class Newsletter
        {
            void Run(Factory factory, Applicant applicant)
            {
                var ctx = {{context}};
                File.WriteAllText("t.json", factory.LogTitle({|PA0002:ctx|}));
            }
        }
        """;

    [Theory]
    // Sanity: the helper logs the recipient itself.
    [InlineData("""return System.Text.Json.JsonSerializer.Serialize(ctx.Recipient);""")]
    // Sanity: the helper logs both members together.
    [InlineData("""return System.Text.Json.JsonSerializer.Serialize(ctx.TemplateName + ctx.Recipient);""")]
    // The helper copies the recipient into the member it logs.
    [InlineData("""ctx.TemplateName = ctx.Recipient; return System.Text.Json.JsonSerializer.Serialize(ctx.TemplateName);""")]
    // The copy goes through a local.
    [InlineData("""var t = ctx.Recipient; ctx.TemplateName = t; return System.Text.Json.JsonSerializer.Serialize(ctx.TemplateName);""")]
    // A method of the parameter does the copy.
    [InlineData("""ctx.UseRecipientAsTitle(); return System.Text.Json.JsonSerializer.Serialize(ctx.TemplateName);""")]
    // An alias of the parameter does the copy.
    [InlineData("""var c = ctx; c.TemplateName = c.Recipient; return System.Text.Json.JsonSerializer.Serialize(ctx.TemplateName);""")]
    // A ref local replaces the parameter with a context built from its recipient.
    [InlineData("""ref var r = ref ctx; r = new MessageContext { TemplateName = ctx.Recipient }; return System.Text.Json.JsonSerializer.Serialize(ctx.TemplateName);""")]
    // A loop logs the member after an earlier pass copied into it.
    [InlineData("""var all = ""; for (var i = 0; i < 2; i++) { all += System.Text.Json.JsonSerializer.Serialize(ctx.TemplateName); ctx.TemplateName = ctx.Recipient; } return all;""")]
    // A local function declared after its call replaces the parameter.
    [InlineData("""Advance(); return System.Text.Json.JsonSerializer.Serialize(ctx.TemplateName); void Advance() { ctx = new MessageContext { TemplateName = ctx.Recipient }; }""")]
    // ...and does so through another method, without reading a member itself.
    [InlineData("""Advance(); return System.Text.Json.JsonSerializer.Serialize(ctx.TemplateName); void Advance() { ctx = Swap(ctx); } static MessageContext Swap(MessageContext c) => new MessageContext { TemplateName = c.Recipient };""")]
    public Task WhenTheHelperCanLogTheRecipient_TheCallerIsReported(string helperBody) =>
        Verify.VerifyAnalyzerAsync(TestModel.With(Caller(helperBody)));

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
            """ + Calling(
            "public string LogTitle(Ctx2 ctx) => System.Text.Json.JsonSerializer.Serialize(ctx.TemplateName);",
            context: "new Ctx2 { Recipient = applicant.Name }")));

    [Fact]
    public Task HelperCopiesMember() =>
        Verify.VerifyAnalyzerAsync(TestModel.With(Ctx + Calling("""
            static void Copy(MessageContext c) => c.TemplateName = c.Recipient;
            public string LogTitle(MessageContext ctx) { Copy(ctx); return System.Text.Json.JsonSerializer.Serialize(ctx.TemplateName); }
            """)));

    [Fact]
    public Task LocalFunctionDeclaredAfterFillsCapturedLocal() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("Applicant applicant, TextWriter writer", """
            var line = "";
            Fill();
            writer.Write({|PA0001:line|});

            void Fill() { line = applicant.Name; }
            """));

    [Fact]
    public Task GotoCase() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("Applicant applicant, TextWriter writer, int k", """
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
            """));

    [Fact]
    public Task MethodGroupOfLaterLocalFunction() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("Applicant applicant, TextWriter writer", """
            var line = "";
            Action fill = Fill;
            fill();
            writer.Write({|PA0001:line|});

            void Fill() { line = applicant.Name; }
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
    public Task UserDefinedConversion() =>
        Verify.VerifyAnalyzerAsync(TestModel.With(Ctx + """
            public sealed class Title
            {
                public string TemplateName { get; set; } = "";
                public static implicit operator Title(MessageContext c) => new Title { TemplateName = c.Recipient };
            }
            """ + Calling("public string LogTitle(MessageContext ctx) => System.Text.Json.JsonSerializer.Serialize(((Title)ctx).TemplateName);")));

}
