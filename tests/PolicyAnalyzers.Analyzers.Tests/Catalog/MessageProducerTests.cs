using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Catalog;

/// <summary>Message producers (Azure Service Bus, RabbitMQ 6 and 7, Kafka): the message is PA0001, where it goes is not.</summary>
public class MessageProducerTests
{
    [Fact]
    public Task ServiceBus_WhenAMessageCarriesProtectedData_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithAsyncExport("using Azure.Messaging.ServiceBus;", "ServiceBusSender sender, Applicant applicant, DetentionRecord record", """
            await sender.SendMessageAsync(new ServiceBusMessage({|#0:applicant.Name|}));
            var message = new ServiceBusMessage { Subject = {|#1:record.FullName|} };
            message.Body = {|PA0001:BinaryData.FromString(record.Nationality)|};
            var withProperties = new ServiceBusMessage("admitted");
            withProperties.ApplicationProperties.Add("name", applicant.Name);
            await sender.SendMessageAsync({|#2:withProperties|});
            using var batch = await sender.CreateMessageBatchAsync();
            batch.TryAddMessage(withProperties);
            await sender.SendMessagesAsync({|PA0001:batch|});
            """),
            Verify.Diagnostic("PA0001").WithLocation(0).WithArguments("Applicant.Name", "the export 'ServiceBusMessage'"),
            Verify.Diagnostic("PA0001").WithLocation(1).WithArguments("DetentionRecord.FullName", "the export 'ServiceBusMessage.Subject'"),
            Verify.Diagnostic("PA0001").WithLocation(2).WithArguments("Applicant.Name", "the export 'ServiceBusSender.SendMessageAsync'"));

    [Fact]
    public Task ServiceBus_WhenOnlyCountsAndIdsAreSent_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithAsyncExport("using Azure.Messaging.ServiceBus;", "ServiceBusSender sender, List<DetentionRecord> records, Applicant applicant, Guid caseId", """
            var message = new ServiceBusMessage($"{records.Count} records published") { Subject = "statistics", MessageId = caseId.ToString() };
            message.ApplicationProperties.Add("office", applicant.Office);
            await sender.SendMessageAsync(message);
            await sender.SendMessagesAsync(records.GroupBy(r => r.Facility).Select(g => new ServiceBusMessage($"{g.Key}: {g.Count()}")));
            """));

    [Fact]
    public Task RabbitMq_WhenThePublishedBodyCarriesProtectedData_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithAsyncExport("using System.Text; using System.Text.Json; using RabbitMQ.Client;", "IModel model, IChannel channel, Applicant applicant, DetentionRecord record", """
            var body = Encoding.UTF8.GetBytes(applicant.Name);
            model.BasicPublish("admissions", "admitted", null!, {|#0:body|});
            model.BasicPublish("admissions", "admitted", false, model.CreateBasicProperties(), {|PA0001:Encoding.UTF8.GetBytes(record.FullName)|});
            await channel.BasicPublishAsync("admissions", "admitted", {|#1:body|});
            await channel.BasicPublishAsync("admissions", "admitted", false, new BasicProperties(), {|PA0001:Encoding.UTF8.GetBytes(record.Nationality)|});
            """),
            Verify.Diagnostic("PA0001").WithLocation(0).WithArguments("Applicant.Name", "the export 'IModel.BasicPublish'"),
            Verify.Diagnostic("PA0001").WithLocation(1).WithArguments("Applicant.Name", "the export 'IChannel.BasicPublishAsync'"));

    [Fact]
    public Task RabbitMq_WhenOnlyCountsArePublishedUnderPersonalRoutingKeys_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithAsyncExport("using System.Text; using RabbitMQ.Client;", "IModel model, IChannel channel, List<DetentionRecord> records, Applicant applicant", """
            var body = Encoding.UTF8.GetBytes(records.Count.ToString());
            model.BasicPublish("statistics", applicant.Name, null!, body);
            await channel.BasicPublishAsync("statistics", applicant.Office, Encoding.UTF8.GetBytes($"{applicant.CaseCount}"));
            """));

    [Fact]
    public Task Kafka_WhenAProducedMessageCarriesProtectedData_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithAsyncExport("using Confluent.Kafka;", "IProducer<string, string> producer, IProducer<Guid, DetentionRecord> records, Applicant applicant, DetentionRecord record", """
            await producer.ProduceAsync("admissions", {|#0:new Message<string, string> { Key = "case", Value = applicant.Name }|});
            var message = new Message<string, string> { Key = record.FullName, Value = "admitted" };
            producer.Produce("admissions", {|PA0001:message|});
            await records.ProduceAsync("roster", {|#1:new Message<Guid, DetentionRecord> { Key = Guid.NewGuid(), Value = record }|});
            """),
            Verify.Diagnostic("PA0001").WithLocation(0).WithArguments("Applicant.Name", "the export 'IProducer.ProduceAsync'"),
            Verify.Diagnostic("PA0001").WithLocation(1).WithArguments("DetentionRecord", "the export 'IProducer.ProduceAsync'"));

    [Fact]
    public Task Kafka_WhenOnlyCountsAndIdsAreProduced_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithAsyncExport("using Confluent.Kafka;", "IProducer<Guid, int> producer, IProducer<string, string> statistics, List<DetentionRecord> records, Applicant applicant, Guid caseId", """
            await producer.ProduceAsync("cases", new Message<Guid, int> { Key = caseId, Value = applicant.CaseCount });
            foreach (var group in records.GroupBy(r => r.Facility))
            {
                statistics.Produce("facilities", new Message<string, string> { Key = group.Key, Value = group.Count().ToString() });
            }
            """));
}
