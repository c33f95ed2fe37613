// Azure.Messaging.ServiceBus 7 (package Azure.Messaging.ServiceBus): messages and the sender.
namespace Azure.Messaging.ServiceBus
{
    using System;
    using System.Collections.Generic;
    using System.Threading;
    using System.Threading.Tasks;

    public class ServiceBusClient : IAsyncDisposable
    {
        public ServiceBusClient(string connectionString) { }
        public virtual ServiceBusSender CreateSender(string queueOrTopicName) => throw null!;
        public ValueTask DisposeAsync() => default;
    }

    public class ServiceBusMessage
    {
        public ServiceBusMessage() { }
        public ServiceBusMessage(string body) { }
        public ServiceBusMessage(ReadOnlyMemory<byte> body) { }
        public ServiceBusMessage(BinaryData body) { }
        public ServiceBusMessage(ServiceBusReceivedMessage receivedMessage) { }
        public BinaryData Body { get; set; } = null!;
        public string Subject { get; set; } = "";
        public string MessageId { get; set; } = "";
        public string ContentType { get; set; } = "";
        public IDictionary<string, object> ApplicationProperties => throw null!;
    }

    public sealed class ServiceBusReceivedMessage { public BinaryData Body => throw null!; }

    public sealed class ServiceBusMessageBatch : IDisposable
    {
        public int Count => throw null!;
        public bool TryAddMessage(ServiceBusMessage message) => throw null!;
        public void Dispose() { }
    }

    public class ServiceBusSender : IAsyncDisposable
    {
        public virtual Task SendMessageAsync(ServiceBusMessage message, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task SendMessagesAsync(IEnumerable<ServiceBusMessage> messages, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task SendMessagesAsync(ServiceBusMessageBatch messageBatch, CancellationToken cancellationToken = default) => throw null!;
        public virtual ValueTask<ServiceBusMessageBatch> CreateMessageBatchAsync(CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<long> ScheduleMessageAsync(ServiceBusMessage message, DateTimeOffset scheduledEnqueueTime, CancellationToken cancellationToken = default) => throw null!;
        public ValueTask DisposeAsync() => default;
    }
}
