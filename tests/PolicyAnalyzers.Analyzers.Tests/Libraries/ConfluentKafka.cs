// Confluent.Kafka 2 (package Confluent.Kafka): producing messages.
namespace Confluent.Kafka
{
    using System;
    using System.Threading;
    using System.Threading.Tasks;

    public class Headers { public void Add(string key, byte[] val) { } }

    public class MessageMetadata
    {
        public Headers Headers { get; set; } = null!;
    }

    public class Message<TKey, TValue> : MessageMetadata
    {
        public TKey Key { get; set; } = default!;
        public TValue Value { get; set; } = default!;
    }

    public class DeliveryResult<TKey, TValue> { }

    public class DeliveryReport<TKey, TValue> : DeliveryResult<TKey, TValue> { }

    public class TopicPartition { public TopicPartition(string topic, int partition) { } }

    public interface IClient : IDisposable { string Name { get; } }

    public interface IProducer<TKey, TValue> : IClient
    {
        Task<DeliveryResult<TKey, TValue>> ProduceAsync(string topic, Message<TKey, TValue> message, CancellationToken cancellationToken = default);
        Task<DeliveryResult<TKey, TValue>> ProduceAsync(TopicPartition topicPartition, Message<TKey, TValue> message, CancellationToken cancellationToken = default);
        void Produce(string topic, Message<TKey, TValue> message, Action<DeliveryReport<TKey, TValue>>? deliveryHandler = null);
        void Produce(TopicPartition topicPartition, Message<TKey, TValue> message, Action<DeliveryReport<TKey, TValue>>? deliveryHandler = null);
        int Flush(TimeSpan timeout);
    }

    public class ProducerConfig { public string BootstrapServers { get; set; } = ""; }

    public class ProducerBuilder<TKey, TValue>
    {
        public ProducerBuilder(System.Collections.Generic.IEnumerable<System.Collections.Generic.KeyValuePair<string, string>> config) { }
        public virtual IProducer<TKey, TValue> Build() => throw null!;
    }
}
