using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Flow;

/// <summary>
/// Helpers that store what they are given in a member of another argument, or write one member of an argument: the
/// caller sees which member, not the whole object (Smartstore's message factory stores the customer in the context
/// and logs the context's template name).
/// </summary>
public class ParameterPlacementTests
{
    private static readonly string MessageContext = MessageContextModel.Declaration();

    [Fact]
    public Task WhenAHelperStoresAnArgumentInAContextMemberAndAnotherLogsAnotherMember_TheCallerIsNotReported() =>
        Verify.VerifyAnalyzerAsync(TestModel.With(MessageContext + FactoryLogging("TemplateName", "applicant.Name")));

    [Fact]
    public Task WhenTheHelperLogsTheMemberThatHoldsTheArgument_TheCallerIsReported() =>
        Verify.VerifyAnalyzerAsync(TestModel.With(MessageContext + FactoryLogging("Recipient", "{|PA0003:applicant.Name|}")));

    /// <summary>Smartstore's shape: Create validates the context, which stores the recipient in it and logs one member.</summary>
    private static string FactoryLogging(string loggedMember, string recipientArgument) => $$"""
        class MessageFactory
        {
            private readonly ILogger _logger;
            public MessageFactory(ILogger logger) => _logger = logger;

            public void Create(MessageContext ctx, string recipient) => Validate(ctx, recipient);

            void Validate(MessageContext ctx, string recipient)
            {
                ctx.Recipient = recipient;
                LogContext(ctx);
            }

            void LogContext(MessageContext ctx) => _logger.LogInformation("Creating {Value}", ctx.{{loggedMember}});
        }

        class Newsletter
        {
            void Subscribe(MessageFactory factory, Applicant applicant) =>
                factory.Create(new MessageContext { TemplateName = "Newsletter" }, {{recipientArgument}});
        }
        """;

    [Fact]
    public Task WhenAHelperSerializesOneMemberOfItsArgument_OnlyWhatTheCallerPutThereCounts() =>
        Verify.VerifyAnalyzerAsync(TestModel.With(MessageContext + """
            class Preview
            {
                string Title(MessageContext ctx) => System.Text.Json.JsonSerializer.Serialize(ctx.TemplateName);

                string To(MessageContext ctx) => System.Text.Json.JsonSerializer.Serialize(ctx.Recipient);

                void Run(Applicant applicant)
                {
                    var ctx = new MessageContext { TemplateName = "Welcome", Recipient = applicant.Name };
                    File.WriteAllText("title.json", Title(ctx));
                    File.WriteAllText("to.json", To({|PA0002:ctx|}));
                }
            }
            """));

    [Fact]
    public Task WhenTheHelperReassignsItsParameter_ItsMembersAreNotTakenForTheArgumentsMembers() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            public sealed class Node
            {
                public Node? Inner { get; set; }
                public string Title { get; set; } = "";
            }

            class Tree
            {
                string Innermost(Node node)
                {
                    while (node.Inner is not null)
                    {
                        node = node.Inner;
                    }

                    return System.Text.Json.JsonSerializer.Serialize(node.Title);
                }

                void Run(Applicant applicant)
                {
                    var outer = new Node { Title = "root", Inner = new Node { Title = applicant.Name } };
                    File.WriteAllText("innermost.json", Innermost({|PA0002:outer|}));
                }
            }
            """));

    [Fact]
    public Task WhenAHelperWrapsItsArgumentInAMember_OnlyThatMemberOfTheResultCarriesIt() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using Microsoft.Extensions.Logging;

            public sealed class Labelled
            {
                public string Label { get; set; } = "";
                public string Value { get; set; } = "";
            }

            class Labels
            {
                static Labelled Wrap(string value) => new Labelled { Label = "name", Value = value };

                void Run(Applicant applicant, ILogger logger)
                {
                    var labelled = Wrap(applicant.Name);
                    logger.LogInformation("Field {Label}", labelled.Label);
                    logger.LogInformation("Value {Value}", {|PA0003:labelled.Value|});
                }
            }
            """));
}
