using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Flow;

/// <summary>
/// A mail outbox as Smartstore builds one: a model provider behind an interface fills the message context's model
/// from the context's own customer, a template engine renders it, and the text is saved in a queued e-mail that a
/// background job sends later. The outbox's members are named as exports by one policy row.
/// </summary>
public class MailOutboxTests
{
    private const string Outbox = """
        namespace Shop
        {
            public sealed class QueuedEmail
            {
                public int Id { get; set; }
                public string Subject { get; set; } = "";
                public string Body { get; set; } = "";
            }

            public sealed class MessageContext
            {
                public int StoreId { get; set; }
                public string StoreName { get; set; } = "";
                public List<string> Greetings { get; } = new();
                public Applicant Customer { get; set; } = new();
                public IDictionary<string, object> Model { get; set; } = new Dictionary<string, object>();
            }

            public interface ITemplateEngine { Task<string> RenderAsync(string template, object model); }

            public interface IModelProvider { Task AddGlobalModelPartsAsync(MessageContext context); }



            public sealed class ModelProvider : IModelProvider
            {
                public async Task AddGlobalModelPartsAsync(MessageContext context)
                {
                    var model = context.Model;
                    model["Customer"] = await CreateModelPartAsync(context.Customer);
                    model["Store"] = context.StoreId;
                    context.Model["Recipient"] = await CreateModelPartAsync(context.Customer);
                }

                public Task<object> CreateModelPartAsync(Applicant customer)
                {
                    var part = new Dictionary<string, object> { ["Name"] = customer.Name, ["Cases"] = customer.CaseCount };
                    return Task.FromResult<object>(part);
                }
            }
        }
        """;

    [Fact]
    public Task WhenTheModelFilledFromTheContextsCustomerIsRenderedIntoTheOutbox_TheBodyIsReported() =>
        Verify.VerifyWithGlobalConfigAsync(
            TestModel.With(Outbox + Factory("""
                var model = context.Model = new Dictionary<string, object>();
                await _models.AddGlobalModelPartsAsync(context);
                var body = await _engine.RenderAsync(template, context.Model);
                return new QueuedEmail { Subject = "Store " + context.StoreId, Body = {|PA0001:body|} };
                """)),
            OutboxRow);

    [Fact]
    public Task WhenOnlyTheContextsPlainMembersOrCountsReachTheOutbox_NothingIsReported() =>
        Verify.VerifyWithGlobalConfigAsync(
            TestModel.With(Outbox + Factory("""
                context.Model = new Dictionary<string, object>();
                await _models.AddGlobalModelPartsAsync(context);
                var subject = await _engine.RenderAsync(template, context.StoreId);
                var counts = new MessageContext();
                counts.Model["Cases"] = context.Customer.CaseCount;
                var body = await _engine.RenderAsync(template, counts.Model);
                return new QueuedEmail { Subject = subject, Body = context.StoreName + ": " + body };
                """)),
            OutboxRow);

    [Fact]
    public Task WithoutARowForTheOutbox_SavingTheMessageIsNoSink() =>
        Verify.VerifyAnalyzerAsync(
            TestModel.With(Outbox + Factory("""
                await _models.AddGlobalModelPartsAsync(context);
                return new QueuedEmail { Body = await _engine.RenderAsync(template, context.Model) };
                """)));

    [Fact]
    public Task WhenAHelperPutsOnlyACountInTheModel_TheContextsOtherMembersStayPlain() =>
        Verify.VerifyAnalyzerAsync(TestModel.With(Outbox + """

            namespace Shop
            {
                public static class Greetings
                {
                    public static void Add(MessageContext context)
                    {
                        context.Model["Cases"] = context.Customer.CaseCount;
                        context.Greetings.Add("Dear " + context.Customer.Name);
                    }
                }

                public sealed class Sender
                {
                    public void Run(MessageContext context, Microsoft.Extensions.Logging.ILogger logger)
                    {
                        Greetings.Add(context);
                        Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(logger, "Store {Store}", context.StoreName);
                        Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(logger, "Model {Model}", System.Text.Json.JsonSerializer.Serialize(context.Model));
                    }
                }
            }
            """));

    private const string OutboxRow = "policy_analyzers.policy = export P:Shop.QueuedEmail.{Body,Subject}";

    private static string Factory(string body) => $$"""

        namespace Shop
        {
            public sealed class MessageFactory
            {
                private readonly IModelProvider _models;
                private readonly ITemplateEngine _engine;

                public MessageFactory(IModelProvider models, ITemplateEngine engine) => (_models, _engine) = (models, engine);

                public async Task<QueuedEmail> CreateMessageAsync(MessageContext context, string template)
                {
        {{body}}
                }
            }
        }
        """;
}
