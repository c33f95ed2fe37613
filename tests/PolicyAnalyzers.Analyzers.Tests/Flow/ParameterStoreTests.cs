using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Flow;

/// <summary>
/// A helper that stores into an object it was given (a context's member, a list, a StringBuilder) leaves the caller's
/// variable holding what it stored, as a method that stores into its receiver does.
/// </summary>
public class ParameterStoreTests
{
    private const string Context = """
        using Microsoft.Extensions.Logging;

        public sealed class NoticeContext
        {
            public string TemplateName { get; set; } = "";
            public string Recipient { get; set; } = "";
            public DetentionRecord? Record { get; set; }
        }

        static class Notices
        {
            public static void Address(NoticeContext ctx, string recipient)
            {
                ctx.TemplateName = "admission";
                ctx.Recipient = recipient;
            }
        }

        """;

    [Fact]
    public Task WhenAHelperStoresAnArgumentInAMemberOfAnother_TheCallerReadingThatMemberIsReported() =>
        Verify.VerifyAnalyzerAsync(TestModel.With(Context + """
            class Admissions
            {
                void Run(ILogger<Admissions> log, Applicant applicant)
                {
                    var ctx = new NoticeContext();
                    Notices.Address(ctx, applicant.Name);
                    log.LogInformation("Template {Template}", ctx.TemplateName);
                    log.LogInformation("Sending to {Recipient}", {|PA0003:ctx.Recipient|});
                }
            }
            """));

    [Fact]
    public Task WhenAHelperStoresAnArgumentThroughAnotherHelper_TheCallerIsReported() =>
        Verify.VerifyAnalyzerAsync(TestModel.With(Context + """
            class Admissions
            {
                static void Prepare(NoticeContext ctx, string name) => Notices.Address(ctx, name);

                void Run(ILogger<Admissions> log, Applicant applicant)
                {
                    var ctx = new NoticeContext();
                    Prepare(ctx, applicant.Name);
                    log.LogInformation("Sending to {Recipient}", {|PA0003:ctx.Recipient|});
                }
            }
            """));

    [Fact]
    public Task WhenAHelperStoresProtectedDataOfItsOwnInAnArgument_TheCallerIsReported() =>
        Verify.VerifyAnalyzerAsync(TestModel.With(Context + """
            class Admissions
            {
                static void Load(NoticeContext ctx) => ctx.Record = new DetentionRecord();

                void Run(ILogger<Admissions> log)
                {
                    var ctx = new NoticeContext();
                    Load(ctx);
                    log.LogInformation("Template {Template}", ctx.TemplateName);
                    log.LogInformation("Detainee {Record}", {|PA0003:ctx.Record|});
                }
            }
            """));

    [Fact]
    public Task WhenAHelperAddsToAListOrABuilderItWasGiven_WritingThemOutIsReported() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            class Export
            {
                static void AddLine(List<string> lines, string line) => lines.Add(line);
                static void AppendApplicant(StringBuilder text, Applicant applicant) => text.Append(applicant.Name).Append(';');

                void Run(Applicant applicant, List<FacilityCount> counts)
                {
                    var lines = new List<string>();
                    AddLine(lines, applicant.Name);
                    File.WriteAllLines("out.csv", {|PA0001:lines|});

                    var text = new StringBuilder();
                    AppendApplicant(text, applicant);
                    File.WriteAllText("out.txt", {|PA0001:text.ToString()|});

                    var totals = new List<string>();
                    AddLine(totals, counts.Count.ToString());
                    File.WriteAllLines("totals.csv", totals);
                }
            }
            """));

    [Fact]
    public Task WhenAnImplementationBehindAnInterfaceStoresTheArgument_TheCallerIsReported() =>
        Verify.VerifyAnalyzerAsync(TestModel.With(Context + """
            public interface INoticeBuilder
            {
                void Build(NoticeContext ctx, string recipient);
            }

            public sealed class NoticeBuilder : INoticeBuilder
            {
                public void Build(NoticeContext ctx, string recipient) => ctx.Recipient = recipient;
            }

            class Admissions
            {
                void Run(ILogger<Admissions> log, INoticeBuilder builder, Applicant applicant)
                {
                    var ctx = new NoticeContext();
                    builder.Build(ctx, applicant.Name);
                    log.LogInformation("Sending to {Recipient}", {|PA0003:ctx.Recipient|});
                }
            }
            """));

    [Fact]
    public Task WhenTheHelperGivesItsParameterANewObjectFirst_TheCallersObjectStaysClean() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            class Export
            {
                static void Collect(List<string> lines, string line)
                {
                    lines = new List<string>();
                    lines.Add(line);
                }

                void Run(Applicant applicant)
                {
                    var lines = new List<string>();
                    Collect(lines, applicant.Name);
                    File.WriteAllLines("out.csv", lines);
                }
            }
            """));

    [Fact]
    public Task WhenTheHelperStoresOnlyCountsOrStoresInAService_NothingIsReported() =>
        Verify.VerifyAnalyzerAsync(TestModel.With(Context + """
            class Admissions
            {
                static void Count(NoticeContext ctx, List<FacilityCount> counts) => ctx.TemplateName = counts.Count.ToString();
                static void Warn(ILogger log, Applicant applicant) => log.LogDebug("Applicant has {Cases} cases", applicant.CaseCount);

                void Run(ILogger<Admissions> log, Applicant applicant, List<FacilityCount> counts)
                {
                    var ctx = new NoticeContext();
                    Count(ctx, counts);
                    Warn(log, applicant);
                    log.LogInformation("Template {Template}", ctx.TemplateName);
                    log.LogInformation("Context {Context}", ctx);
                }
            }
            """));

    private const string ModelContext = """
        public sealed class MessageContext
        {
            public string TemplateName { get; set; } = "";
            public Dictionary<string, object> Model { get; } = new();
            public List<string> Lines { get; } = new();
        }

        static class Letters
        {
            public static void AddLine(MessageContext ctx, string line)
            {
                var lines = ctx.Lines;
                lines.Add(line);
            }

            public static void Draft(MessageContext ctx, string line)
            {
                var lines = ctx.Lines;
                lines = new List<string>();
                lines.Add(line);
            }
        }

        """;

    [Fact]
    public Task WhenAHelperStoresIntoALocalHoldingAMemberOfAnArgument_TheCallerIsReported() =>
        Verify.VerifyAnalyzerAsync(TestModel.With(ModelContext + """
            interface IModelProvider { void AddPart(object part, MessageContext ctx); }

            class ModelProvider : IModelProvider
            {
                public void AddPart(object part, MessageContext ctx)
                {
                    var model = ctx.Model;
                    model["Part"] = part;
                }
            }

            class Mailer
            {
                void Run(IModelProvider provider, Applicant applicant)
                {
                    var ctx = new MessageContext();
                    provider.AddPart(applicant.Name, ctx);
                    File.WriteAllText("model.txt", {|PA0001:string.Join(",", ctx.Model.Values)|});

                    var letter = new MessageContext();
                    Letters.AddLine(letter, applicant.Name);
                    File.WriteAllLines("letter.txt", {|PA0001:letter.Lines|});
                }
            }
            """));

    [Fact]
    public Task WhenTheLocalIsGivenAnotherObjectOrTheCallerReadsAnotherMember_NothingIsReported() =>
        Verify.VerifyAnalyzerAsync(TestModel.With(ModelContext + """
            class Mailer
            {
                void Run(Applicant applicant)
                {
                    var draft = new MessageContext();
                    Letters.Draft(draft, applicant.Name);
                    File.WriteAllLines("draft.txt", draft.Lines);

                    var letter = new MessageContext();
                    Letters.AddLine(letter, applicant.Name);
                    File.WriteAllText("template.txt", letter.TemplateName);
                }
            }
            """));

    [Fact]
    public Task WhenAHelperSwitchesOverAnObjectPart_OnlyACallerPassingProtectedDataIsReported() =>
        Verify.VerifyAnalyzerAsync(TestModel.With(ModelContext + """
            static class Parts
            {
                public static void Add(object part, MessageContext ctx)
                {
                    var model = ctx.Model;
                    switch (part)
                    {
                        case DetentionRecord record:
                            model["Detainee"] = record.FullName;
                            break;
                        default:
                            model["Part"] = part;
                            break;
                    }
                }
            }

            class Mailer
            {
                void Run(DetentionRecord record)
                {
                    var counts = new MessageContext();
                    Parts.Add(new FacilityCount("North", 12), counts);
                    File.WriteAllText("counts.txt", string.Join(",", counts.Model.Values));

                    var notice = new MessageContext();
                    Parts.Add(record, notice);
                    File.WriteAllText("notice.txt", {|PA0001:string.Join(",", notice.Model.Values)|});
                }
            }
            """));
}
