// RabbitMQ.Client (package RabbitMQ.Client): the 6.x IModel API and the 7.x IChannel API, which share the namespace.
namespace RabbitMQ.Client
{
    using System;
    using System.Collections.Generic;
    using System.Threading;
    using System.Threading.Tasks;

    public interface IBasicProperties
    {
        string ContentType { get; set; }
        IDictionary<string, object> Headers { get; set; }
    }

    public interface IReadOnlyBasicProperties { }

    public interface IAmqpHeader { }

    // 6.x
    public interface IModel : IDisposable
    {
        IBasicProperties CreateBasicProperties();
        void BasicPublish(string exchange, string routingKey, bool mandatory, IBasicProperties basicProperties, ReadOnlyMemory<byte> body);
        void QueueDeclare(string queue, bool durable, bool exclusive, bool autoDelete, IDictionary<string, object> arguments);
    }

    public static class IModelExensions
    {
        public static void BasicPublish(this IModel model, string exchange, string routingKey, IBasicProperties basicProperties, ReadOnlyMemory<byte> body) { }
    }

    // 7.x
    public sealed class BasicProperties : IReadOnlyBasicProperties, IAmqpHeader
    {
        public string? ContentType { get; set; }
        public IDictionary<string, object?>? Headers { get; set; }
    }

    public interface IChannel : IAsyncDisposable, IDisposable
    {
        ValueTask BasicPublishAsync<TProperties>(string exchange, string routingKey, bool mandatory, TProperties basicProperties, ReadOnlyMemory<byte> body = default, CancellationToken cancellationToken = default)
            where TProperties : IReadOnlyBasicProperties, IAmqpHeader;
    }

    public static class IChannelExtensions
    {
        public static ValueTask BasicPublishAsync(this IChannel channel, string exchange, string routingKey, ReadOnlyMemory<byte> body = default, bool mandatory = false, CancellationToken cancellationToken = default) => default;
    }
}
